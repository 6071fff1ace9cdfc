import FactDeskGit
import FactDeskKit
import Foundation

/// A draft of the workspace as the web workbench lists it: its findings' counts at the latest
/// revision and its last check.
public struct DraftOverview: Sendable, Encodable {
    /// The draft's path from the workspace root.
    public let draft: String
    /// Its findings at the latest revision, by status and severity (`new` and `resolved` are those
    /// of its last check); `nil` when it was never checked.
    public let counts: FindingCounts?
    /// Its last check, or `nil` when it was never checked.
    public let lastCheck: RevisionSummary?
}

extension Workspace {
    /// Every draft: the files under `drafts/` in the work tree and the drafts annotated at the
    /// latest revision, by path, with their counts and last check.
    public func draftOverviews() throws -> [DraftOverview] {
        try guarded {
            let head = try repository.referenceTarget("HEAD")
            let tree = try head.map(repository.treeID(of:))
            var drafts = Set(try draftFilesInWorkTree())
            let annotated = try tree.map(allAnnotations(inTree:)) ?? [:]
            drafts.formUnion(annotated.keys)
            var lastChecks: [String: RevisionSummary] = [:]
            if !annotated.isEmpty {
                for revision in try log() where lastChecks[revision.draft ?? ""] == nil {
                    if case .check(let path, _) = revision.action { lastChecks[path] = revision }
                    if lastChecks.count == annotated.count { break }
                }
            }
            return try drafts.sorted().map { draft in
                guard let tree, let decided = try decidedFindings(of: draft, inTree: tree) else {
                    return DraftOverview(draft: draft.path, counts: nil, lastCheck: nil)
                }
                let lastCheck = lastChecks[draft.path]
                var changes = (new: 0, resolved: 0)
                if case .check(_, let counts)? = lastCheck?.action { changes = (counts.new, counts.resolved) }
                return DraftOverview(
                    draft: draft.path,
                    counts: FindingCounts(findings: decided.findings, new: changes.new, resolved: changes.resolved),
                    lastCheck: lastCheck)
            }
        }
    }

    /// The regular files under `drafts/` in the work tree (hidden files left out).
    private func draftFilesInWorkTree() throws -> [DraftPath] {
        let folder = root.appendingPathComponent(DraftPath.folder)
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var drafts: [DraftPath] = []
        for case let url as URL in walker
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(root.path + "/") else { continue }
            drafts.append(try DraftPath(String(path.dropFirst(root.path.count + 1))))
        }
        return drafts
    }
}

extension Workspace {
    /// The latest revision (the commit HEAD points to), or `nil` before the first one; cheap
    /// enough to tell on every request whether anything changed.
    public func latestRevision() throws -> RevisionID? {
        try guarded { try repository.referenceTarget("HEAD").map { RevisionID(hex: $0.hex) } }
    }
}
