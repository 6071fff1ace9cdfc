import FactDeskKit
import Foundation

/// What the extractors saw in a draft, in the `factdesk.extract/1` schema, as
/// `factdesk extract --format json` writes it.
///
/// Each mention carries its kind, its words, its span in Unicode scalar offsets and its value:
/// dates as ISO 8601 keeping only what the text gives (`2025-11`, `--11-24`), with the weekday
/// written beside them or `null`; date ranges as `{"start", "end"}` (with `weekdays` beside them
/// when the text gives any); relative dates as `{"unit", "offset"}` or `{"weekday", "offset"}`;
/// anniversaries as their ordinal; durations as
/// `{"amount", "unit"}`; numbers and percentages as JSON numbers, or as strings of exact digits
/// where a double would round; ordinals as integers; weekdays as lowercase English names; names
/// as `{"entity": id}` or `{"entity": null}`. Decoding reads the same shape back into
/// ``Mention`` values, so tests can compare what went in with what came out.
public struct ExtractJSON: Codable, Hashable, Sendable {
    /// The schema identifier this type reads and writes.
    public static let schemaID = "factdesk.extract/1"

    /// The schema identifier, always ``schemaID``.
    public var schema: String
    /// The draft's language.
    public var language: Language
    /// The publication date the extractors resolved partial dates against, or `nil`.
    public var published: CalendarDate?
    /// The mentions, in the order given (text order from the extractors).
    public var mentions: [Mention]

    /// Builds the payload for a document's mentions.
    /// - Parameters:
    ///   - document: the analysed draft, for its language and publication date.
    ///   - mentions: what the extractors saw, already filtered to the kinds asked for.
    public init(document: Document, mentions: [Mention]) {
        self.init(language: document.language, published: document.published, mentions: mentions)
    }

    /// Builds the payload from its parts.
    public init(language: Language, published: CalendarDate?, mentions: [Mention]) {
        self.schema = Self.schemaID
        self.language = language
        self.published = published
        self.mentions = mentions
    }

    /// The JSON text, ending with a newline.
    public func rendered() throws -> String {
        try JSONOutput.string(self)
    }

    private enum CodingKeys: String, CodingKey { case schema, language, published, mentions }

    /// Decodes a payload, rejecting any schema other than ``schemaID``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(String.self, forKey: .schema)
        guard schema == Self.schemaID else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "expected schema \(Self.schemaID), found \(schema)")
        }
        self.schema = schema
        self.language = try container.decode(Language.self, forKey: .language)
        self.published = try container.decodeIfPresent(CalendarDate.self, forKey: .published)
        self.mentions = try container.decode([MentionObject].self, forKey: .mentions).map(\.mention)
    }

    /// Encodes the payload, writing `published` as an explicit `null` when unknown.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(language, forKey: .language)
        try container.encode(published, forKey: .published)
        try container.encode(mentions.map(MentionObject.init), forKey: .mentions)
    }
}
