import FactDeskKit

/// A date in reference data, as precise as its source: a year (`2021`), a month (`2021-11`) or a
/// day (`2021-11-24`). The year is always known.
public struct ReferenceDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month 1–12, when the source gives it.
    public let month: Int?
    /// The day of the month, when the source gives it (only with a month).
    public let day: Int?

    /// Creates a date; `nil` when the month or day does not exist, or a day comes without a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, CalendarDate(year: year, month: month, day: day) != nil else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
            zip(parts, widths).allSatisfy({ part, width in
                part.count == width && part.utf8.allSatisfy { (0x30...0x39).contains($0) }
            })
        else { return nil }
        let numbers = parts.map { Int($0)! }
        self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// A full date.
    public init(_ date: CalendarDate) {
        self.year = date.year
        self.month = date.month
        self.day = date.day
    }

    /// The first day this date covers (1 January for a year).
    public var earliestDay: CalendarDate {
        CalendarDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day this date covers (31 December for a year).
    public var latestDay: CalendarDate {
        let month = self.month ?? 12
        return CalendarDate(year: year, month: month, day: day ?? CalendarDate.daysIn(month: month, year: year))!
    }

    /// The period of the same precision just before this one: the previous year, month or day.
    public var previous: ReferenceDate? {
        if day != nil { return ReferenceDate(earliestDay.adding(days: -1)) }
        if let month {
            return month == 1 ? ReferenceDate(year: year - 1, month: 12) : ReferenceDate(year: year, month: month - 1)
        }
        return ReferenceDate(year: year - 1)
    }

    /// The same date as the checkers' ``PartialDate``.
    public var partialDate: PartialDate { PartialDate(year: year, month: month, day: day) }

    /// ISO 8601 keeping only what is known: `2021`, `2021-11`, `2021-11-24`.
    public var description: String { partialDate.description }

    /// Orders by first covered day, then the less precise first (`2021` before `2021-01`).
    public static func < (lhs: ReferenceDate, rhs: ReferenceDate) -> Bool {
        (lhs.earliestDay, lhs.precision) < (rhs.earliestDay, rhs.precision)
    }

    private var precision: Int { day != nil ? 2 : month != nil ? 1 : 0 }
}
