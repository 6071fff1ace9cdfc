import FactDeskKit

/// The dates a mention gives an edition: a range, a day or a year, with the year known.
struct ClaimedPeriod {
    var start: PartialDate
    var end: PartialDate
    var isRange: Bool

    /// The period of a date or range mention whose years are known, else `nil`.
    init?(_ mention: Mention) {
        switch mention.value {
        case .date(let date, _) where date.year != nil:
            (start, end, isRange) = (date, date, false)
        case .dateRange(let start, let end, _, _) where start.year != nil && end.year != nil:
            (self.start, self.end, isRange) = (start, end, true)
        default:
            return nil
        }
    }

    /// Whether the edition's dates allow this claim: a range must have the same ends, at the
    /// precision both give; a day must fall within the edition when `dayPrecise`, else only in
    /// one of its years (a day in a sentence about an edition is often another event's: "annoncée
    /// le 3 mars"); a year must be one of the edition's. An edition without dates allows anything.
    func agrees(with edition: ReferenceEdition, dayPrecise: Bool) -> Bool {
        guard let first = edition.start ?? edition.end, let last = edition.end ?? edition.start else { return true }
        if isRange { return Self.same(start, first) && Self.same(end, last) }
        if dayPrecise, start.day != nil, let day = start.calendarDate {
            return Self.earliest(first) <= day && day <= Self.latest(last)
        }
        guard let year = start.year, let firstYear = first.year, let lastYear = last.year else { return true }
        return (firstYear...lastYear).contains(year)
    }

    /// The years the claim covers.
    var years: ClosedRange<Int> { start.year!...max(start.year!, end.year!) }

    private static func same(_ claimed: PartialDate, _ reference: PartialDate) -> Bool {
        func agree(_ lhs: Int?, _ rhs: Int?) -> Bool { lhs == nil || rhs == nil || lhs == rhs }
        return agree(claimed.year, reference.year) && agree(claimed.month, reference.month)
            && agree(claimed.day, reference.day)
    }

    private static func earliest(_ date: PartialDate) -> CalendarDate {
        CalendarDate(year: date.year ?? 1, month: date.month ?? 1, day: date.day ?? 1) ?? CalendarDate(
            year: 1, month: 1, day: 1)!
    }

    private static func latest(_ date: PartialDate) -> CalendarDate {
        let year = date.year ?? 9999
        let month = date.month ?? 12
        return CalendarDate(year: year, month: month, day: date.day ?? CalendarDate.daysIn(month: month, year: year))
            ?? CalendarDate(year: 9999, month: 12, day: 31)!
    }
}

extension ReferenceEdition {
    /// The years the edition's dates cover.
    var years: ClosedRange<Int>? {
        guard let first = (start ?? end)?.year, let last = (end ?? start)?.year, first <= last else { return nil }
        return first...last
    }
}
