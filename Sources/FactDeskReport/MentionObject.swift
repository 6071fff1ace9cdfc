import FactDeskKit
import Foundation

/// One element of the `mentions` array of `factdesk.extract/1`: a ``Mention`` in schema form.
///
/// The shape of `value` depends on `kind`; dates add a `weekday` key (`null` when the text gives
/// none). See ``ExtractJSON`` for the shapes.
struct MentionObject: Codable {
    /// The mention in Kit form.
    var mention: Mention

    init(_ mention: Mention) {
        self.mention = mention
    }

    private enum CodingKeys: String, CodingKey { case kind, text, span, value, weekday }
    private enum RangeKeys: String, CodingKey { case start, end }
    private enum DurationKeys: String, CodingKey { case amount, unit }
    private enum NameKeys: String, CodingKey { case entity }

    /// The schema's `span`: offsets only, as extraction has no line and column.
    private struct SpanObject: Codable {
        var start: Int
        var end: Int
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mention.kind, forKey: .kind)
        try container.encode(mention.text, forKey: .text)
        try container.encode(SpanObject(start: mention.span.start, end: mention.span.end), forKey: .span)
        switch mention.value {
        case .date(let date, let weekday):
            try container.encode(date.description, forKey: .value)
            try container.encode(weekday, forKey: .weekday)
        case .dateRange(let start, let end):
            var range = container.nestedContainer(keyedBy: RangeKeys.self, forKey: .value)
            try range.encode(start.description, forKey: .start)
            try range.encode(end.description, forKey: .end)
        case .weekday(let weekday):
            try container.encode(weekday, forKey: .value)
        case .duration(let amount, let unit):
            var duration = container.nestedContainer(keyedBy: DurationKeys.self, forKey: .value)
            try duration.encode(JSONDecimal(amount), forKey: .amount)
            try duration.encode(unit, forKey: .unit)
        case .number(let number), .percent(let number):
            try container.encode(JSONDecimal(number), forKey: .value)
        case .ordinal(let ordinal):
            try container.encode(ordinal, forKey: .value)
        case .name(let entity):
            var name = container.nestedContainer(keyedBy: NameKeys.self, forKey: .value)
            try name.encode(entity, forKey: .entity)
        }
    }

    init(from decoder: any Decoder) throws {
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
            value = .dateRange(start: try Self.partialDate(range, .start), end: try Self.partialDate(range, .end))
        case .weekday:
            value = .weekday(try container.decode(Weekday.self, forKey: .value))
        case .duration:
            let duration = try container.nestedContainer(keyedBy: DurationKeys.self, forKey: .value)
            value = .duration(
                amount: try duration.decode(JSONDecimal.self, forKey: .amount).value,
                unit: try duration.decode(Mention.DurationUnit.self, forKey: .unit))
        case .number:
            value = .number(try container.decode(JSONDecimal.self, forKey: .value).value)
        case .percent:
            value = .percent(try container.decode(JSONDecimal.self, forKey: .value).value)
        case .ordinal:
            value = .ordinal(try container.decode(Int.self, forKey: .value))
        case .name:
            let name = try container.nestedContainer(keyedBy: NameKeys.self, forKey: .value)
            value = .name(entity: try name.decodeIfPresent(String.self, forKey: .entity))
        }
        self.mention = Mention(
            kind: kind, text: try container.decode(String.self, forKey: .text),
            span: Span(start: span.start, end: span.end), value: value)
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
