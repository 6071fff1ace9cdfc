import FactDeskGit
import FactDeskKit
import Foundation

/// One finding's life across revisions and decisions, oldest first.
public struct FindingHistory: Sendable, Encodable {
    /// The finding's id, as asked.
    public let finding: String
    /// What happened to it.
    public let events: [FindingEvent]
}

/// Something that happened to a finding in one revision.
public struct FindingEvent: Sendable, Encodable, Hashable {
    /// What happened.
    public enum Kind: String, Sendable, Encodable {
        /// First flagged.
        case appeared
        /// Its words moved in the text (or, when its id changed, it is followed under the new id).
        case moved
        /// An editor dismissed it.
        case dismissed
        /// An editor accepted it.
        case accepted
        /// Its words were fixed or removed: it is gone.
        case resolved
        /// Flagged again after it was resolved.
        case reappeared
    }

    /// What happened.
    public let kind: Kind
    /// The revision where it happened.
    public let revision: RevisionID
    /// When.
    public let time: Date
    /// Who made that revision.
    public let author: String
    /// The draft.
    public let draft: String
    /// The finding's id at that revision.
    public let finding: String
    /// Where its words were (for appeared, moved, reappeared).
    public let location: SourceLocation?
    /// The decision's reason or note, or for a move the earlier location (`line 3, column 5`).
    public let detail: String?
}

extension Workspace {
    /// The life of a finding: when it appeared, moved, was dismissed or accepted, was resolved.
    /// The id may be given whole or by its hash part alone (`627471b3`) when only one finding
    /// ends with it. Its words are followed from revision to revision by quote and context, so a finding
    /// whose id changed (because an identical quote before it was fixed) is still followed.
    /// - Throws: ``WorkspaceError/unknownFinding(id:)`` when no revision ever had it.
    public func history(of findingID: String) throws -> FindingHistory {
        try guarded {
            let findingID = try fullFindingID(findingID)
            guard let start = try repository.referenceTarget("HEAD") else {
                throw WorkspaceError.unknownFinding(id: findingID)
            }
            var trackers: [String: FindingTracker] = [:]
            var events: [FindingEvent] = []
            for id in try repository.commitIDs(from: start, oldestFirst: true) {
                let info = try repository.commit(id)
                let summary = RevisionSummary(info)
                switch summary.action {
                case .check(let path, _):
                    let draft = try DraftPath(path)
                    var tracker = trackers[path] ?? FindingTracker(id: findingID)
                    guard let entry = try repository.entry(at: draft.annotationsPath, in: info.tree),
                        entry.id != tracker.annotations
                    else { continue }
                    tracker.annotations = entry.id
                    let data = try repository.blob(entry.id)
                    if tracker.isFollowing || data.range(of: Data(tracker.id.utf8)) != nil {
                        let file = try decodeAnnotations(data, path: draft.annotationsPath)
                        events += tracker.step(to: file.findings).map { $0.event(in: summary, draft: path) }
                    }
                    trackers[path] = tracker
                case .decision(let path, let finding, let status):
                    guard finding == (trackers[path]?.id ?? findingID) else { continue }
                    let ledger = try decisions(of: try DraftPath(path), inTree: info.tree)
                    let change = FindingTracker.Change(
                        kind: status == .accepted ? .accepted : .dismissed, finding: finding, location: nil,
                        detail: ledger.latest(for: finding)?.reason)
                    events.append(change.event(in: summary, draft: path))
                case .create, .merge, .other:
                    continue
                }
            }
            guard !events.isEmpty else { throw WorkspaceError.unknownFinding(id: findingID) }
            return FindingHistory(finding: findingID, events: events)
        }
    }
}

/// Follows one finding through a draft's successive annotations.
private struct FindingTracker {
    /// The finding's id in the latest annotations seen.
    private(set) var id: String
    /// The finding as last seen, or `nil` while it is absent.
    private var current: Finding?
    private var seen = false
    /// The annotations blob last stepped to; an unchanged blob changes nothing.
    var annotations: ObjectID?

    /// Whether the finding is present in the latest annotations seen.
    var isFollowing: Bool { current != nil }

    init(id: String) {
        self.id = id
    }

    /// A change found between two successive annotations.
    struct Change {
        let kind: FindingEvent.Kind
        let finding: String
        let location: SourceLocation?
        let detail: String?

        func event(in revision: RevisionSummary, draft: String) -> FindingEvent {
            FindingEvent(
                kind: kind, revision: revision.id, time: revision.time, author: revision.author, draft: draft,
                finding: finding, location: location, detail: detail)
        }
    }

    /// Moves to the next annotations of the draft and says what changed for the finding.
    mutating func step(to findings: [Finding]) -> [Change] {
        var next = findings.first { $0.id == id }
        if next == nil, let current,
            let pair = FindingMatcher.match(previous: [current], current: findings).first
        {
            next = findings[pair.current]
        }
        defer {
            current = next
            if let next { id = next.id }
        }
        switch (current, next) {
        case (nil, let next?):
            defer { seen = true }
            return [
                Change(kind: seen ? .reappeared : .appeared, finding: next.id, location: next.location, detail: nil)
            ]
        case (let current?, nil):
            return [Change(kind: .resolved, finding: current.id, location: nil, detail: nil)]
        case (let current?, let next?) where current.location != next.location || current.id != next.id:
            let from = "line \(current.location.line), column \(current.location.column)"
            let detail = current.id == next.id ? "from \(from)" : "from \(from), was \(current.id)"
            return [Change(kind: .moved, finding: next.id, location: next.location, detail: detail)]
        default:
            return []
        }
    }
}
