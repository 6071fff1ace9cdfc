import FactDeskKit

/// A date expression found in the tokens, as written: years the text leaves out are still
/// missing (``YearInference`` fills them in later).
struct DateMatch {
    /// What the words say.
    enum Expression {
        /// One date, with the weekday written next to it.
        case date(PartialDate, weekday: Weekday?)
        /// A range of dates.
        case range(PartialDate, PartialDate)
        /// A weekday alone.
        case weekday(Weekday)
    }

    /// What the words say.
    var expression: Expression
    /// The tokens it covers.
    var tokens: Range<Int>
}

extension PartialDate {
    /// The same date with the year set.
    func with(year: Int?) -> PartialDate {
        PartialDate(year: year, month: month, day: day)
    }

    /// Whether month and day come after `other`'s in the calendar year (a range that wraps the
    /// new year: "du 30 décembre au 2 janvier").
    func isLaterInYear(than other: PartialDate) -> Bool {
        ((month ?? 0), (day ?? 0)) > ((other.month ?? 0), (other.day ?? 0))
    }
}
