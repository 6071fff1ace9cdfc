import FactDeskKit
import Foundation

/// One element of the `mentions` array of `factdesk.extract/1`: a ``Mention`` in schema form.
///
/// The shape of `value` depends on `kind`; dates add a `weekday` key (`null` when the text gives
/// none), and ranges a `weekdays` object (`{"start": "monday", "end": "thursday"}`) when the text
/// gives one. A relative date's value is `{"unit": "day", "offset": -1}` or `{"weekday":
/// "monday", "offset": 1}`; an anniversary's, its ordinal. A number range's value is `{"low",
/// "high"}`; numbers, percentages and ranges add `bound` (`{"relation": "more-than", "span"}`)
/// when words bound them, and amounts `unit` (`"EUR"`). See ``ExtractJSON`` for the shapes.
public struct MentionObject: Codable, Sendable {
    /// The mention in Kit form.
    public var mention: Mention

    /// Wraps a mention for encoding.
    public init(_ mention: Mention) {
        self.mention = mention
    }

    private enum CodingKeys: String, CodingKey { case kind, text, span, value, weekday, weekdays, bound, unit }
    private enum NumberRangeKeys: String, CodingKey { case low, high }
    private enum BoundKeys: String, CodingKey { case relation, span }
    private enum RangeKeys: String, CodingKey { case start, end }
    private enum RelativeKeys: String, CodingKey { case unit, weekday, offset }
    private enum DurationKeys: String, CodingKey { case amount, unit }
    private enum NameKeys: String, CodingKey { case entity }

    /// The schema's `span`: offsets only, as extraction has no line and column.
    private struct SpanObject: Codable {
        var start: Int
        var end: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mention.kind, forKey: .kind)
        try container.encode(mention.text, forKey: .text)
        try container.encode(SpanObject(start: mention.span.start, end: mention.span.end), forKey: .span)
        switch mention.value {
        case .date(let date, let weekday):
            try container.encode(date.description, forKey: .value)
            try container.encode(weekday, forKey: .weekday)
        case .dateRange(let start, let end, let startWeekday, let endWeekday):
            var range = container.nestedContainer(keyedBy: RangeKeys.self, forKey: .value)
            try range.encode(start.description, forKey: .start)
            try range.encode(end.description, forKey: .end)
            if startWeekday != nil || endWeekday != nil {
                var weekdays = container.nestedContainer(keyedBy: RangeKeys.self, forKey: .weekdays)
                try weekdays.encode(startWeekday, forKey: .start)
                try weekdays.encode(endWeekday, forKey: .end)
            }
        case .weekday(let weekday):
            try container.encode(weekday, forKey: .value)
        case .relativeDate(let relative):
            var value = container.nestedContainer(keyedBy: RelativeKeys.self, forKey: .value)
            try Self.encode(relative, into: &value)
        case .anniversary(let ordinal):
            try container.encode(ordinal, forKey: .value)
        case .duration(let amount, let unit):
            var duration = container.nestedContainer(keyedBy: DurationKeys.self, forKey: .value)
            try duration.encode(JSONDecimal(amount), forKey: .amount)
            try duration.encode(unit, forKey: .unit)
        case .number(let number), .percent(let number):
            try container.encode(JSONDecimal(number), forKey: .value)
        case .numberRange(let low, let high):
            var range = container.nestedContainer(keyedBy: NumberRangeKeys.self, forKey: .value)
            try range.encode(JSONDecimal(low), forKey: .low)
            try range.encode(JSONDecimal(high), forKey: .high)
        case .ordinal(let ordinal):
            try container.encode(ordinal, forKey: .value)
        case .name(let entity):
            var name = container.nestedContainer(keyedBy: NameKeys.self, forKey: .value)
            try name.encode(entity, forKey: .entity)
        }
        if let bound = mention.bound {
            var object = container.nestedContainer(keyedBy: BoundKeys.self, forKey: .bound)
            try object.encode(bound.relation, forKey: .relation)
            try object.encode(SpanObject(start: bound.span.start, end: bound.span.end), forKey: .span)
        }
        try container.encodeIfPresent(mention.unit, forKey: .unit)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Mention.Kind.self, forKey: .kind)
        let span = try container.decode(SpanObject.self, forKey: .span)
        guard span.start >= 0, span.start <= span.end else {
            throw DecodingError.dataCorruptedError(
                forKey: .span, in: container, debugDescription: "span end \(span.end) before start \(span.start)")
        }
        let value: Mention.Value
        switch kind {
        case .date:
            value = .date(
                try Self.partialDate(container, .value),
                weekday: try container.decodeIfPresent(Weekday.self, forKey: .weekday))
        case .dateRange:
            let range = try container.nestedContainer(keyedBy: RangeKeys.self, forKey: .value)
            let weekdays =
                container.contains(.weekdays)
                ? try container.nestedContainer(keyedBy: RangeKeys.self, forKey: .weekdays) : nil
            value = .dateRange(
                start: try Self.partialDate(range, .start), end: try Self.partialDate(range, .end),
                startWeekday: try weekdays?.decodeIfPresent(Weekday.self, forKey: .start),
                endWeekday: try weekdays?.decodeIfPresent(Weekday.self, forKey: .end))
        case .weekday:
            value = .weekday(try container.decode(Weekday.self, forKey: .value))
        case .relativeDate:
            value = .relativeDate(
                try Self.relativeDate(try container.nestedContainer(keyedBy: RelativeKeys.self, forKey: .value)))
        case .anniversary:
            value = .anniversary(try container.decode(Int.self, forKey: .value))
        case .duration:
            let duration = try container.nestedContainer(keyedBy: DurationKeys.self, forKey: .value)
            value = .duration(
                amount: try duration.decode(JSONDecimal.self, forKey: .amount).value,
                unit: try duration.decode(Mention.DurationUnit.self, forKey: .unit))
        case .number:
            value = .number(try container.decode(JSONDecimal.self, forKey: .value).value)
        case .percent:
            value = .percent(try container.decode(JSONDecimal.self, forKey: .value).value)
        case .numberRange:
            let range = try container.nestedContainer(keyedBy: NumberRangeKeys.self, forKey: .value)
            value = .numberRange(
                low: try range.decode(JSONDecimal.self, forKey: .low).value,
                high: try range.decode(JSONDecimal.self, forKey: .high).value)
        case .ordinal:
            value = .ordinal(try container.decode(Int.self, forKey: .value))
        case .name:
            let name = try container.nestedContainer(keyedBy: NameKeys.self, forKey: .value)
            value = .name(entity: try name.decodeIfPresent(String.self, forKey: .entity))
        }
        var bound: NumberBound?
        if container.contains(.bound) {
            let object = try container.nestedContainer(keyedBy: BoundKeys.self, forKey: .bound)
            let boundSpan = try object.decode(SpanObject.self, forKey: .span)
            guard boundSpan.start >= 0, boundSpan.start <= boundSpan.end else {
                throw DecodingError.dataCorruptedError(
                    forKey: .span, in: object, debugDescription: "bound span end before start")
            }
            bound = NumberBound(
                try object.decode(NumberBound.Relation.self, forKey: .relation),
                span: Span(start: boundSpan.start, end: boundSpan.end))
        }
        self.mention = Mention(
            kind: kind, text: try container.decode(String.self, forKey: .text),
            span: Span(start: span.start, end: span.end), value: value, bound: bound,
            unit: try container.decodeIfPresent(String.self, forKey: .unit))
    }

    /// Writes a relative date as `{"unit": "day", "offset": -1}` or `{"weekday": "monday", "offset": 1}`.
    private static func encode(
        _ relative: RelativeDate, into container: inout KeyedEncodingContainer<RelativeKeys>
    ) throws {
        switch relative {
        case .days(let offset), .weeks(let offset), .months(let offset), .years(let offset):
            try container.encode(relativeUnit(relative), forKey: .unit)
            try container.encode(offset, forKey: .offset)
        case .weekday(let weekday, let offset):
            try container.encode(weekday, forKey: .weekday)
            try container.encode(offset, forKey: .offset)
        }
    }

    private static func relativeUnit(_ relative: RelativeDate) -> Mention.DurationUnit {
        switch relative {
        case .days, .weekday: .day
        case .weeks: .week
        case .months: .month
        case .years: .year
        }
    }

    /// Reads a relative date written by ``encode(_:into:)``.
    private static func relativeDate(_ container: KeyedDecodingContainer<RelativeKeys>) throws -> RelativeDate {
        let offset = try container.decode(Int.self, forKey: .offset)
        if let weekday = try container.decodeIfPresent(Weekday.self, forKey: .weekday) {
            return .weekday(weekday, offset: offset)
        }
        switch try container.decode(Mention.DurationUnit.self, forKey: .unit) {
        case .hour:
            throw DecodingError.dataCorruptedError(
                forKey: .unit, in: container, debugDescription: "a relative date counts days, weeks, months or years")
        case .day: return .days(offset)
        case .week: return .weeks(offset)
        case .month: return .months(offset)
        case .year: return .years(offset)
        }
    }

    /// Decodes an ISO 8601 partial date string at `key`.
    private static func partialDate<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>, _ key: Key
    ) throws -> PartialDate {
        let text = try container.decode(String.self, forKey: key)
        guard let date = PartialDate(isoPartial: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "not an ISO 8601 partial date: \(text)")
        }
        return date
    }
}
