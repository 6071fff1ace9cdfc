import Foundation

/// Something an extractor saw in a draft: a date, a number, a name… with its span and value.
///
/// Extractors run once per document; checkers read the mentions from ``CheckContext`` instead of
/// scanning the text again.
public struct Mention: Hashable, Sendable {
    /// What kind of thing was seen.
    public var kind: Kind
    /// The words as they stand in the draft.
    public var text: String
    /// Where, in Unicode scalar offsets into the text as read.
    public var span: Span
    /// The normalised value.
    public var value: Value
    /// For numbers, percentages and ranges: the words that bound the value ("plus de 1 200",
    /// "about 200"), or `nil` when the text gives it as exact.
    public var bound: NumberBound?
    /// For amounts: the currency written with them, as an ISO 4217 code (`EUR`, `USD`).
    public var unit: String?

    /// Creates a mention.
    public init(kind: Kind, text: String, span: Span, value: Value, bound: NumberBound? = nil, unit: String? = nil) {
        self.kind = kind
        self.text = text
        self.span = span
        self.value = value
        self.bound = bound
        self.unit = unit
    }

    /// The kinds of mention, named as in the `factdesk.extract/1` schema.
    public enum Kind: String, Codable, Sendable, CaseIterable, Hashable {
        case date
        case dateRange = "date-range"
        case weekday
        /// "hier", "demain", "last week", "next Monday": a date told from the publication date.
        case relativeDate = "relative-date"
        /// "10e anniversaire", "its tenth anniversary", "centenaire".
        case anniversary
        case duration
        case number
        /// "entre 150 et 200", "150–200".
        case numberRange = "number-range"
        case ordinal
        case percent
        case name
    }

    /// A mention's normalised value.
    public enum Value: Hashable, Sendable {
        /// A date as precise as the text gives it, and the weekday written next to it, if any.
        case date(PartialDate, weekday: Weekday?)
        /// A range of dates, each as precise as the text gives it, and the weekdays written next
        /// to its ends ("du lundi 24 au jeudi 27 novembre"), if any.
        case dateRange(start: PartialDate, end: PartialDate, startWeekday: Weekday? = nil, endWeekday: Weekday? = nil)
        /// A weekday written alone ("lundi", "on Monday").
        case weekday(Weekday)
        /// A date told relative to the publication date ("hier", "next Monday").
        case relativeDate(RelativeDate)
        /// The ordinal of an anniversary ("10e anniversaire" is 10, "centenaire" 100).
        case anniversary(Int)
        /// A length of time ("quatre jours").
        case duration(amount: Decimal, unit: DurationUnit)
        /// A cardinal number.
        case number(Decimal)
        /// A range of cardinal numbers, the low end first.
        case numberRange(low: Decimal, high: Decimal)
        /// An ordinal ("93e", "ninety-third").
        case ordinal(Int)
        /// A percentage ("12,5 %"), as the number before the sign.
        case percent(Decimal)
        /// A name, with the reference entity it matched or `nil`.
        case name(entity: String?)
    }

    /// Units of a duration.
    public enum DurationUnit: String, Codable, Sendable, CaseIterable, Hashable {
        case hour, day, week, month, year
    }
}
