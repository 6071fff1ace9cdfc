import FactDeskKit

/// A weekday with a bare day of the month that takes its month from the full date written just
/// before it with its right weekday, in a calendar of days: « Lundi 21 septembre, l’audience
/// s’ouvre. Mardi 22, les témoins… », "Opening on Monday, March 2. On Tuesday the 3rd, …". The
/// day must fall 1 to ``pairReach`` days after that date, in its month or the next one.
extension WeekdayMismatchRule {
    /// The finding for a weekday and a bare day of the month that, read in the month of the date
    /// written last before it (in its paragraph or the one before, no range between, with a
    /// weekday of its own that it falls on), falls on another day; `nil` when it agrees or no such
    /// date gives it a month.
    func carriedMonthFinding(_ claim: DayOfMonthClaim, check: DateCheck) -> Finding? {
        let next = check.timeline.partitionPoint { $0.span.start >= claim.span.start }
        guard
            let previous = check.timeline[..<next].last(where: { $0.kind == .date || $0.kind == .dateRange }),
            case .date(let date, let anchorWeekday?) = previous.value, date.month != nil,
            check.document.paragraphIndex(of: previous.span.start) >= claim.paragraph - 1,
            let anchor = date.calendarDate ?? Self.dayOfYearlessDate(date, in: previous, check: check)?.day,
            anchor.weekday == anchorWeekday
        else { return nil }
        let nextMonth = anchor.month % 12 + 1
        let candidates = [
            CalendarDate(year: anchor.year, month: anchor.month, day: claim.day),
            CalendarDate(year: anchor.year + (nextMonth == 1 ? 1 : 0), month: nextMonth, day: claim.day),
        ]
        guard
            let day = candidates.compactMap({ $0 }).first(where: {
                (1...Self.pairReach).contains($0.daysSinceEpoch - anchor.daysSinceEpoch)
            }), day.weekday != claim.weekday
        else { return nil }
        let anchorWords = check.document.text(in: previous.span)
        return finding(
            check, quoted: check.document.text(in: claim.span), span: claim.span, mismatches: [day],
            replacements: [check.wording.weekday(day.weekday)],
            evidence: [Evidence(statement: "the month and year of “\(anchorWords)” (\(anchor.isoDay)), written before")])
    }
}
