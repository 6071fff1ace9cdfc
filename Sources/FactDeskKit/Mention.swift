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

    /// Creates a mention.
    public init(kind: Kind, text: String, span: Span, value: Value) {
        self.kind = kind
        self.text = text
        self.span = span
        self.value = value
    }

    /// The kinds of mention, named as in the `factdesk.extract/1` schema.
    public enum Kind: String, Codable, Sendable, CaseIterable, Hashable {
        case date
        case dateRange = "date-range"
        case weekday
        case duration
        case number
        case ordinal
        case percent
        case name
    }

    /// A mention's normalised value.
    public enum Value: Hashable, Sendable {
        /// A date as precise as the text gives it, and the weekday written next to it, if any.
        case date(PartialDate, weekday: Weekday?)
        /// A range of dates, each as precise as the text gives it.
        case dateRange(start: PartialDate, end: PartialDate)
        /// A weekday written alone ("lundi", "on Monday").
        case weekday(Weekday)
        /// A length of time ("quatre jours").
        case duration(amount: Decimal, unit: DurationUnit)
        /// A cardinal number.
        case number(Decimal)
        /// An ordinal ("93e", "ninety-third").
        case ordinal(Int)
        /// A percentage ("12,5 %"), as the number before the sign.
        case percent(Decimal)
        /// A name, with the reference entity it matched or `nil`.
        case name(entity: String?)
    }

    /// Units of a duration.
    public enum DurationUnit: String, Codable, Sendable, CaseIterable, Hashable {
        case day, week, month, year
    }
}
