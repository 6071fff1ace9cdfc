import FactDeskKit

/// A date expression found in the tokens, as written: years the text leaves out are still
/// missing (``YearInference`` fills them in later).
struct DateMatch {
    /// What the words say.
    enum Expression {
        /// One date, with the weekday written next to it.
        case date(PartialDate, weekday: Weekday?)
        /// A range of dates, with the weekdays written next to its ends.
        case range(PartialDate, PartialDate, startWeekday: Weekday?, endWeekday: Weekday?)
        /// A weekday alone.
        case weekday(Weekday)
        /// A date told from the publication date ("hier", "next Monday").
        case relative(RelativeDate)
    }

    /// Where a date without a year lies from the publication date.
    enum YearDirection {
        /// The nearest occurrence.
        case nearest
        /// The last occurrence on or before the publication date ("le 3 mars dernier").
        case past
        /// The first occurrence on or after it ("le 3 mars prochain").
        case future
    }

    /// What the words say.
    var expression: Expression
    /// The tokens it covers.
    var tokens: Range<Int>
    /// Where the year of a date written without one lies.
    var yearDirection = YearDirection.nearest

    /// Whether the date, or both ends of the range, are written without a year.
    var hasNoYear: Bool {
        switch expression {
        case .date(let date, _): return date.year == nil
        case .range(let start, let end, _, _): return start.year == nil && end.year == nil
        case .weekday, .relative: return false
        }
    }
}

extension PartialDate {
    /// The same date with the year set (or removed, with `nil`).
    public func with(year: Int?) -> PartialDate {
        PartialDate(year: year, month: month, day: day)
    }

    /// The longest a range that wraps the new year may last, in days: "du 30 novembre au 2
    /// février" wraps, "du 15 mars au 10 février" is a reversed range, not an eleven-month one.
    public static let longestWrappingRange = 92

    /// Whether a range from this date to `end`, neither with a year, crosses the new year ("du
    /// 30 décembre au 2 janvier"): the end's month comes earlier in the year and the range so
    /// read lasts less than ``longestWrappingRange`` days.
    public func wrapsNewYear(before end: PartialDate) -> Bool {
        guard let startMonth = month, let endMonth = end.month, startMonth > endMonth else { return false }
        // Measured across a new year of two common years; a day the month lacks counts as its last.
        func day(_ day: Int, of month: Int, in year: Int) -> Int {
            CalendarDate(
                year: year, month: month, day: min(max(day, 1), CalendarDate.daysIn(month: month, year: year)))!
                .daysSinceEpoch
        }
        let length = day(end.day ?? 1, of: endMonth, in: 2002) - day(self.day ?? 1, of: startMonth, in: 2001)
        return length < Self.longestWrappingRange
    }
}
