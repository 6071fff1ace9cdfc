import FactDeskGit
import FactDeskKit
import Foundation

/// One revision of a workspace as `factdesk log` lists it, read from its commit's message.
public struct RevisionSummary: Hashable, Sendable, Encodable {
    /// The revision.
    public let id: RevisionID
    /// When it was made.
    public let time: Date
    /// Who made it: `Name <email>`.
    public let author: String
    /// The message's first line, e.g. `check drafts/x.md: 2 errors (1 new)`.
    public let title: String
    /// What the revision did.
    public let action: RevisionAction

    /// The draft the revision is about, if any.
    public var draft: String? {
        switch action {
        case .check(let draft, _), .decision(let draft, _, _): draft
        case .create, .merge, .other: nil
        }
    }

    init(_ commit: CommitInfo) {
        id = RevisionID(hex: commit.id.hex)
        time = commit.author.time
        author = commit.author.nameAndEmail
        title = commit.summary
        action = RevisionAction(commit)
    }

    private enum CodingKeys: String, CodingKey {
        case revision, time, author, title, action, draft, counts, finding, status
    }

    /// Writes `revision`, `time`, `author`, `title`, `action`, and the draft, counts or
    /// decision the action has.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .revision)
        try container.encode(time, forKey: .time)
        try container.encode(author, forKey: .author)
        try container.encode(title, forKey: .title)
        try container.encode(action.name, forKey: .action)
        try container.encodeIfPresent(draft, forKey: .draft)
        switch action {
        case .check(_, let counts): try container.encode(counts, forKey: .counts)
        case .decision(_, let finding, let status):
            try container.encode(finding, forKey: .finding)
            try container.encode(status, forKey: .status)
        case .create, .merge, .other: break
        }
    }
}

/// What a revision did, from its commit's `FactDesk-…` trailers.
public enum RevisionAction: Hashable, Sendable {
    /// Created the workspace.
    case create
    /// Recorded a check of a draft, with its counts.
    case check(draft: String, counts: FindingCounts)
    /// Recorded an editor's decision on a finding.
    case decision(draft: String, finding: String, status: Finding.Status)
    /// Merged revisions pulled from a remote.
    case merge
    /// A commit made by another tool.
    case other

    /// `create`, `check`, `decision`, `merge` or `other`.
    public var name: String {
        switch self {
        case .create: "create"
        case .check: "check"
        case .decision: "decision"
        case .merge: "merge"
        case .other: "other"
        }
    }

    init(_ commit: CommitInfo) {
        let trailers = commit.trailers
        let trailer = { (key: String) in trailers.first { $0.key == key }?.value }
        switch trailer(RevisionMessage.actionKey) {
        case "create": self = .create
        case "merge": self = .merge
        case "check":
            guard let draft = trailer(RevisionMessage.draftKey),
                let counts = trailer(RevisionMessage.findingsKey).flatMap(FindingCounts.init(trailerValue:))
            else { self = .other; return }
            self = .check(draft: draft, counts: counts)
        case "decision":
            guard let draft = trailer(RevisionMessage.draftKey), let finding = trailer(RevisionMessage.findingKey),
                let status = trailer(RevisionMessage.decisionKey).flatMap(Finding.Status.init(rawValue:))
            else { self = .other; return }
            self = .decision(draft: draft, finding: finding, status: status)
        default: self = .other
        }
    }
}

/// The messages of the revisions FactDesk makes: a summary line, then `FactDesk-…` trailers.
enum RevisionMessage {
    static let actionKey = "FactDesk-Action"
    static let draftKey = "FactDesk-Draft"
    static let findingsKey = "FactDesk-Findings"
    static let findingKey = "FactDesk-Finding"
    static let decisionKey = "FactDesk-Decision"

    /// `check drafts/x.md: 2 errors, 1 warning (1 new, 3 resolved)` and the run's trailers.
    static func check(_ draft: DraftPath, counts: FindingCounts, run: RunMetadata) -> String {
        message(
            "check \(draft.path): \(counts.phrase)",
            trailers: [
                (actionKey, "check"), (draftKey, draft.path), (findingsKey, counts.trailerValue),
                ("FactDesk-Version", run.factdeskVersion), ("FactDesk-Checkers", run.checkerList),
                ("FactDesk-Reference", run.referenceDigest),
            ])
    }

    /// `dismiss date:…:5c1f0a93 in drafts/x.md: reason`.
    static func decision(_ decision: Decision) -> String {
        let verb = decision.status == .dismissed ? "dismiss" : "accept"
        let reason = decision.reason.map { ": " + $0.replacingOccurrences(of: "\n", with: " ") } ?? ""
        return message(
            "\(verb) \(decision.finding) in \(decision.draft)\(reason)",
            trailers: [
                (actionKey, "decision"), (draftKey, decision.draft), (findingKey, decision.finding),
                (decisionKey, decision.status.rawValue),
            ])
    }

    /// The first revision of a workspace.
    static let create = message("create FactDesk workspace", trailers: [(actionKey, "create")])

    /// A merge of the remote's revisions.
    static func merge(remote: String, branch: String) -> String {
        message("merge \(remote)/\(branch) into \(branch)", trailers: [(actionKey, "merge")])
    }

    private static func message(_ title: String, trailers: [(String, String)]) -> String {
        title + "\n\n" + trailers.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n"
    }
}
