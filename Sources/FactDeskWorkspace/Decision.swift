import FactDeskGit
import FactDeskKit
import Foundation

/// An editor's decision on a finding: dismissed (not a problem) or accepted (a real problem,
/// acknowledged), with who decided, when, and why.
///
/// Each decision is its own file, `decisions/<stem>/<time>-<hash>.json`, never edited after,
/// so decisions made on different machines merge without conflict. The latest decision on a
/// finding wins.
public struct Decision: Codable, Hashable, Sendable {
    /// The finding's id.
    public var finding: String
    /// The draft's path from the workspace root.
    public var draft: String
    /// `dismissed` or `accepted`.
    public var status: Finding.Status
    /// The reason for a dismissal, or the note on an acceptance.
    public var reason: String?
    /// Who decided: `Name <email>`.
    public var author: String
    /// When, to the second.
    public var time: Date
    /// The quoted words when the decision was made.
    public var quote: String

    /// Creates a decision.
    public init(
        finding: String, draft: String, status: Finding.Status, reason: String?, author: String, time: Date,
        quote: String
    ) {
        self.finding = finding
        self.draft = draft
        self.status = status
        self.reason = reason
        self.author = author
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.quote = quote
    }

    /// The file's bytes: pretty-printed JSON with sorted keys and ISO 8601 time.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads a decision file.
    static func decode(_ data: Data) throws -> Decision {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Decision.self, from: data)
    }

    /// The decision's file path, unique per decision: its UTC time, then a hash of its content.
    func filePath(in draft: DraftPath) throws -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withYear, .withMonth, .withDay, .withTime, .withTimeZone]
        let stamp = formatter.string(from: time)
        let digest = try ObjectID.blobID(of: try encoded()).hex.prefix(8)
        return "\(draft.decisionsFolder)/\(stamp)-\(digest).json"
    }
}

/// The decisions on one draft's findings at one revision, latest first per finding.
struct DecisionLedger {
    private let latestByFinding: [String: Decision]

    init(_ decisions: [Decision]) {
        var latest: [String: Decision] = [:]
        for decision in decisions.sorted(by: { ($0.time, $0.status.rawValue) < ($1.time, $1.status.rawValue) }) {
            latest[decision.finding] = decision
        }
        latestByFinding = latest
    }

    /// The latest decision on a finding, if any.
    func latest(for findingID: String) -> Decision? { latestByFinding[findingID] }

    /// A finding's status: the latest decision's, else the one recorded with it.
    func status(of finding: Finding) -> Finding.Status {
        latest(for: finding.id)?.status ?? finding.status
    }
}
