import FactDeskKit

/// A weekend given days that are not one: « le week-end des 14 et 15 juin », "the weekend of June
/// 14-15", « le week-end du 12 au 14 juin » when those days are not a Saturday and the Sunday
/// after it. Two days must be Saturday and Sunday; three, Friday to Sunday or Saturday to Monday
/// (a long weekend). A single day, or more than three, is left alone.
extension WeekdayMismatchRule {
    /// The words for a weekend, folded.
    static let weekendWords: Set<String> = ["week-end", "weekend", "week-ends", "weekends"]
    /// Words between the weekend and its days: « des 13 et 14 juin », « du 13 au 14 juin », "of June 13-14".
    static let weekendLinks: Set<String> = ["des", "du", "of"]

    func weekendFindings(in check: DateCheck) -> [Finding] {
        var findings: [Finding] = []
        for range in check.ranges {
            guard case .dateRange(let start, let end, nil, nil) = range.value, let first = start.calendarDate,
                let last = end.calendarDate, Self.followsWeekend(range, check: check)
            else { continue }
            findings += weekendFinding(check, span: range.span, days: first, last).map { [$0] } ?? []
        }
        for (index, listed) in check.dates.enumerated() where index + 1 < check.dates.count {
            let next = check.dates[index + 1]
            let between = check.document.tokenRange(of: listed.span).upperBound
            guard case .date(let date, nil) = listed.value, case .date(let nextDate, nil) = next.value,
                let first = date.calendarDate, let last = nextDate.calendarDate,
                ["et", "and"].contains(check.word(between)),
                check.document.tokenIndex(from: next.span.start) == between + 1,
                Self.followsWeekend(listed, check: check)
            else { continue }
            findings += weekendFinding(check, span: listed.span.union(next.span), days: first, last).map { [$0] } ?? []
        }
        return findings
    }

    /// Whether a weekend and its link come right before the mention (the link may open it: « du »).
    private static func followsWeekend(_ mention: Mention, check: DateCheck) -> Bool {
        var before = check.document.tokenRange(of: mention.span).lowerBound - 1
        if weekendLinks.contains(check.word(before + 1)) { before += 1 }
        guard weekendLinks.contains(check.word(before)) else { return false }
        return weekendWords.contains(check.word(before - 1))
    }

    /// The finding for a weekend from `first` to `last` that is not one, if it is not.
    private func weekendFinding(_ check: DateCheck, span: Span, days first: CalendarDate, _ last: CalendarDate)
        -> Finding?
    {
        let length = last.daysSinceEpoch - first.daysSinceEpoch
        let isWeekend: Bool
        switch length {
        case 1: isWeekend = first.weekday == .saturday
        case 2: isWeekend = first.weekday == .friday || first.weekday == .saturday
        default: return nil
        }
        guard !isWeekend else { return nil }
        return check.finding(
            descriptor, at: span,
            message: check.wording.weekdayMismatch(quoted: check.document.text(in: span), actual: [first, last]),
            evidence: [
                Evidence(statement: "a weekend is a Saturday and a Sunday (a long one, a Friday or a Monday with them)")
            ] + [first, last].map { Evidence(statement: "\($0.isoDay) is a \($0.weekday.englishName)") })
    }
}
