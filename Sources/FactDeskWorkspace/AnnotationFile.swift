import FactDeskKit
import Foundation

/// The findings of one draft at one revision: `annotations/<stem>.json`, schema
/// `factdesk.annotations/1`.
///
/// The encoding is deterministic (sorted keys, findings in text order) and puts each finding on
/// its own line, so that git shows and merges changes finding by finding:
/// ```
/// {"schema": "factdesk.annotations/1",
/// "draft": "drafts/x.md",
/// "run": {"checkers":{"date":"1.0.0"},"factdesk":"0.1.0","reference":"git-sha1:…"},
/// "not-rechecked": ["name:unknown-person:0d9c11e2"],
/// "findings": [
/// {"checker":"date","id":"date:weekday-mismatch:5c1f0a93",…},
/// {"checker":"name",…}
/// ]}
/// ```
/// `not-rechecked` is written only when a checker failed and findings were carried over.
struct AnnotationFile: Codable, Hashable, Sendable {
    /// The schema identifier written in every file.
    static let schema = "factdesk.annotations/1"

    /// The draft's path from the workspace root.
    var draft: String
    /// What produced the findings.
    var run: RunMetadata
    /// The findings, with the editors' decisions applied.
    var findings: [Finding]
    /// The ids of the findings carried over from the previous revision because the checker (or
    /// pack rule) that made them failed this time: not re-checked, sorted.
    var notRechecked: [String]

    /// Creates a file's content; findings are put in text order.
    init(draft: String, run: RunMetadata, findings: [Finding], notRechecked: Set<String> = []) {
        self.draft = draft
        self.run = run
        self.findings = findings.sorted(by: AnnotationFile.textOrder)
        self.notRechecked = notRechecked.sorted()
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        draft = try container.decode(String.self, forKey: .draft)
        run = try container.decode(RunMetadata.self, forKey: .run)
        findings = try container.decode([Finding].self, forKey: .findings)
        notRechecked = try container.decodeIfPresent([String].self, forKey: .notRechecked) ?? []
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(draft, forKey: .draft)
        try container.encode(run, forKey: .run)
        try container.encode(findings, forKey: .findings)
        if !notRechecked.isEmpty { try container.encode(notRechecked, forKey: .notRechecked) }
    }

    /// Orders findings by span, then id.
    static func textOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.span.start, lhs.span.end, lhs.id) < (rhs.span.start, rhs.span.end, rhs.id)
    }

    /// The file's bytes.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json<Value: Encodable>(_ value: Value) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        var lines = [
            "{\"schema\": \(try json(AnnotationFile.schema)),",
            "\"draft\": \(try json(draft)),",
            "\"run\": \(try json(run)),",
        ]
        if !notRechecked.isEmpty { lines.append("\"not-rechecked\": \(try json(notRechecked)),") }
        lines.append("\"findings\": [")
        let findingLines = try findings.map(json)
        lines += findingLines.enumerated().map { $0.offset < findingLines.count - 1 ? $0.element + "," : $0.element }
        lines.append("]}")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Reads a file's bytes.
    /// - Throws: a decoding error, or ``WorkspaceError/fileError(path:reason:)`` for another schema.
    static func decode(_ data: Data, path: String) throws -> AnnotationFile {
        let decoder = JSONDecoder()
        // One parse for a file of this schema; the header alone is read only to explain a failure.
        if let stored = try? decoder.decode(Stored.self, from: data), stored.schema == schema { return stored.file }
        struct Header: Decodable { var schema: String }
        let header = try decoder.decode(Header.self, from: data)
        guard header.schema == schema else {
            throw WorkspaceError.fileError(path: path, reason: "unknown schema \(header.schema)")
        }
        return try decoder.decode(AnnotationFile.self, from: data)
    }

    /// A whole file: its schema and its content, read in one pass.
    private struct Stored: Decodable {
        let schema: String
        let file: AnnotationFile

        private enum CodingKeys: String, CodingKey { case schema }

        init(from decoder: any Decoder) throws {
            schema = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .schema)
            file = try AnnotationFile(from: decoder)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case draft, run, findings
        case notRechecked = "not-rechecked"
    }
}
