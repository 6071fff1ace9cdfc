/// A date as precise as the text gives it: a year, a month of a year, a day of a month, or a
/// full date.
public struct PartialDate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The year, when known.
    public var year: Int?
    /// The month 1–12, when known.
    public var month: Int?
    /// The day of the month, when known.
    public var day: Int?

    /// Creates a partial date.
    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The full date, when year, month and day are all known and exist.
    public var calendarDate: CalendarDate? {
        guard let year, let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// ISO 8601 keeping only what is known: `2025-11-24`, `2025-11`, `2025`, `--11-24`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        switch (year, month, day) {
        case let (year?, month?, day?): return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        case let (year?, month?, nil): return "\(pad(year, 4))-\(pad(month, 2))"
        case let (year?, nil, _): return pad(year, 4)
        case let (nil, month?, day?): return "--\(pad(month, 2))-\(pad(day, 2))"
        case let (nil, month?, nil): return "--\(pad(month, 2))"
        case (nil, nil, let day?): return "---\(pad(day, 2))"
        case (nil, nil, nil): return ""
        }
    }
}
