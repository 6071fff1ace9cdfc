import FactDeskGit
import FactDeskKit
import Foundation

/// How the drafts and their findings changed between two revisions.
public struct RevisionDiff: Sendable, Encodable {
    /// The earlier revision.
    public let from: RevisionID
    /// The later revision.
    public let to: RevisionID
    /// One entry per draft whose text or findings differ, by path.
    public let drafts: [DraftDiff]
}

/// How one draft and its findings changed between two revisions.
public struct DraftDiff: Sendable, Encodable {
    /// The draft's path.
    public let draft: String
    /// Findings in the later revision only.
    public let added: [Finding]
    /// Findings in the earlier revision only.
    public let resolved: [Finding]
    /// Findings in both (as in the later revision), paired by quote and context.
    public let unchanged: [Finding]
    /// The draft's text changes, line by line.
    public let text: TextChanges
}

/// A line-level summary of a text's changes.
public struct TextChanges: Sendable, Encodable {
    /// Lines added.
    public let linesAdded: Int
    /// Lines removed.
    public let linesRemoved: Int
    /// Each changed run as `(old first line, old line count, new first line, new line count)`.
    public let hunks: [Hunk]

    /// A changed run of lines, like a unified diff's `@@ -oldStart,oldLines +newStart,newLines @@`.
    public struct Hunk: Sendable, Encodable, Hashable {
        /// First line in the earlier text.
        public let oldStart: Int
        /// Lines removed from there.
        public let oldLines: Int
        /// First line in the later text.
        public let newStart: Int
        /// Lines added there.
        public let newLines: Int
    }
}

extension Workspace {
    /// Compares two revisions: findings added, resolved and unchanged, and the drafts' text
    /// changes line by line.
    /// - Parameters:
    ///   - from: the earlier revision (commit id or prefix, `HEAD~N`, tag).
    ///   - to: the later revision.
    ///   - draft: only this draft; when `nil`, every draft whose text or annotations differ.
    public func diff(from: String, to: String, draft: DraftPath? = nil) throws -> RevisionDiff {
        try guarded {
            let old = try commit(named: from)
            let new = try commit(named: to)
            let oldTree = try repository.treeID(of: old)
            let newTree = try repository.treeID(of: new)
            let drafts: [DraftPath]
            if let draft {
                drafts = [draft]
            } else {
                drafts = try changedDrafts(from: oldTree, to: newTree)
            }
            return RevisionDiff(
                from: RevisionID(hex: old.hex), to: RevisionID(hex: new.hex),
                drafts: try drafts.map { try diff(of: $0, from: (old, oldTree), to: (new, newTree)) })
        }
    }

    private func diff(
        of draft: DraftPath, from old: (commit: ObjectID, tree: ObjectID), to new: (commit: ObjectID, tree: ObjectID)
    ) throws -> DraftDiff {
        let oldText = try repository.blob(at: draft.path, in: old.commit)
        let newText = try repository.blob(at: draft.path, in: new.commit)
        guard oldText != nil || newText != nil else { throw WorkspaceError.missingDraft(path: draft.path) }
        let oldFindings = try decidedFindings(of: draft, inTree: old.tree)?.findings ?? []
        let newFindings = try decidedFindings(of: draft, inTree: new.tree)?.findings ?? []
        let pairs = FindingMatcher.match(previous: oldFindings, current: newFindings)
        let pairedOld = Set(pairs.map(\.previous))
        let pairedNew = Set(pairs.map(\.current))
        let lines = try repository.lineChanges(from: oldText ?? Data(), to: newText ?? Data())
        return DraftDiff(
            draft: draft.path,
            added: newFindings.indices.filter { !pairedNew.contains($0) }.map { newFindings[$0] },
            resolved: oldFindings.indices.filter { !pairedOld.contains($0) }.map { oldFindings[$0] },
            unchanged: pairs.map { newFindings[$0.current] },
            text: TextChanges(
                linesAdded: lines.additions, linesRemoved: lines.deletions,
                hunks: lines.hunks.map {
                    TextChanges.Hunk(
                        oldStart: $0.oldStart, oldLines: $0.oldLines, newStart: $0.newStart, newLines: $0.newLines)
                }))
    }

    /// The drafts whose file or annotations differ between two trees.
    private func changedDrafts(from old: ObjectID, to new: ObjectID) throws -> [DraftPath] {
        var drafts = Set<DraftPath>()
        for change in try repository.changes(from: old, to: new, limitedTo: [DraftPath.folder, "annotations"]) {
            if change.path.hasPrefix(DraftPath.folder + "/"), !change.path.hasSuffix("/.gitkeep") {
                drafts.insert(try DraftPath(change.path))
            } else if let blob = change.newBlob ?? change.oldBlob, change.path.hasSuffix(".json") {
                drafts.insert(
                    try DraftPath(try AnnotationFile.decode(try repository.blob(blob), path: change.path).draft))
            }
        }
        return drafts.sorted()
    }
}
