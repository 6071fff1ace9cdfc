import FactDeskKit
import Foundation

/// The findings of a run in the `factdesk.findings/1` schema, as `factdesk check --format json`
/// writes it and as the web workbench reads it back.
///
/// Encoding is deterministic (keys sorted, pretty printed); key order is not part of the
/// contract. Decoding checks the `schema` value, so a file of another schema or version is
/// rejected rather than misread.
///
/// ```swift
/// let json = try FindingsJSON(reports: reports).rendered()
/// let back = try JSONDecoder().decode(FindingsJSON.self, from: Data(json.utf8))
/// ```
public struct FindingsJSON: Codable, Hashable, Sendable {
    /// The schema identifier this type reads and writes.
    public static let schemaID = "factdesk.findings/1"

    /// The schema identifier, always ``schemaID``.
    public var schema: String
    /// One entry per checked document, in the order checked.
    public var documents: [DocumentEntry]
    /// What the run has to say that is no finding of a draft (a plugin not run); the key is
    /// written only when there is one.
    public var notices: [RunNotice]

    /// Builds the payload of a run.
    /// - Parameters:
    ///   - reports: the checked documents and their findings, in output order.
    ///   - notices: the run's notices.
    public init(reports: [DocumentReport], notices: [RunNotice] = []) {
        self.schema = Self.schemaID
        self.documents = reports.map(DocumentEntry.init(report:))
        self.notices = notices
    }

    /// The JSON text, ending with a newline.
    ///
    /// The documents are encoded on up to `cores` threads, each on its own, and set into the
    /// run's frame at the indentation the whole payload's encoding gives them: the bytes are the same.
    public func rendered(cores: Int = 1) throws -> String {
        guard documents.count > 1 else { return try JSONOutput.string(self) }
        var frame = self
        frame.documents = []
        let emptyList = "\"documents\" : [\n\n  ]"
        let text = try JSONOutput.string(frame)
        guard let place = text.range(of: emptyList) else { return try JSONOutput.string(self) }
        let entries = try JSONOutput.concurrentStrings(documents, indentedBy: 4, cores: cores)
        var output = String(text[..<place.lowerBound])
        output.reserveCapacity(text.utf8.count + entries.reduce(0) { $0 + $1.utf8.count + 2 })
        output += "\"documents\" : [\n"
        for (index, entry) in entries.enumerated() {
            if index > 0 { output += ",\n" }
            output += entry
        }
        output += "\n  ]"
        output += text[place.upperBound...]
        return output
    }

    private enum CodingKeys: String, CodingKey { case schema, documents, notices }

    /// Encodes the payload; `notices` only when there is one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(documents, forKey: .documents)
        if !notices.isEmpty { try container.encode(notices, forKey: .notices) }
    }

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
        self.documents = try container.decode([DocumentEntry].self, forKey: .documents)
        self.notices = try container.decodeIfPresent([RunNotice].self, forKey: .notices) ?? []
    }

    /// One element of `documents`: a draft's identity, its findings and their count by severity.
    public struct DocumentEntry: Codable, Hashable, Sendable {
        /// The path as given on the command line, or `-` for standard input.
        public var path: String
        /// The draft's language.
        public var language: Language
        /// The publication date, or `nil` (JSON `null`) when unknown.
        public var published: CalendarDate?
        /// The findings, in the engine's order.
        public var findings: [Finding]
        /// The number of open findings at each severity, and of decided ones.
        public var summary: SeverityCounts
        /// The ids of the findings carried over from the draft's previous revision, not
        /// re-checked because their checker failed; the key is written only when there is one.
        public var notRechecked: [String] = []

        /// Creates an entry.
        public init(
            path: String, language: Language, published: CalendarDate?, findings: [Finding],
            summary: SeverityCounts
        ) {
            self.path = path
            self.language = language
            self.published = published
            self.findings = findings
            self.summary = summary
        }

        /// The entry of a checked document.
        public init(report: DocumentReport) {
            self.init(
                path: report.document.path, language: report.document.language,
                published: report.document.published, findings: report.findings,
                summary: SeverityCounts(of: report))
            notRechecked = report.notRechecked.sorted()
        }

        private enum CodingKeys: String, CodingKey {
            case path, language, published, findings, summary
            case notRechecked = "not-rechecked"
        }

        /// Decodes an entry; `not-rechecked` may be absent.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                path: try container.decode(String.self, forKey: .path),
                language: try container.decode(Language.self, forKey: .language),
                published: try container.decodeIfPresent(CalendarDate.self, forKey: .published),
                findings: try container.decode([Finding].self, forKey: .findings),
                summary: try container.decode(SeverityCounts.self, forKey: .summary))
            notRechecked = try container.decodeIfPresent([String].self, forKey: .notRechecked) ?? []
        }

        /// Encodes the entry, writing `published` as an explicit `null` when unknown.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(language, forKey: .language)
            try container.encode(published, forKey: .published)
            try container.encode(findings, forKey: .findings)
            try container.encode(summary, forKey: .summary)
            if !notRechecked.isEmpty { try container.encode(notRechecked, forKey: .notRechecked) }
        }
    }
}
