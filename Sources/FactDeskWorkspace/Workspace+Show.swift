import FactDeskGit
import FactDeskKit
import Foundation

/// A draft at one revision: its text and its findings with the editors' decisions applied.
public struct DraftSnapshot: Sendable, Encodable {
    /// The revision.
    public let revision: RevisionSummary
    /// The draft's path.
    public let draft: String
    /// The draft's text at that revision.
    public let text: String
    /// Its findings, in text order, with their statuses at that revision.
    public let findings: [Finding]
    /// What produced the findings.
    public let run: RunMetadata
    /// The ids of the findings carried over from the previous revision, not re-checked because
    /// their checker failed on this text.
    public let notRechecked: Set<String>
}

extension Workspace {
    /// A draft and its findings at a revision.
    /// - Parameters:
    ///   - revision: a commit id or prefix, `HEAD~N`, or a tag such as `published/x/1`.
    ///   - draft: the draft; when `nil`, the draft the revision checked or decided on, or the
    ///     workspace's only annotated draft.
    /// - Throws: ``WorkspaceError/unknownRevision(_:)``, ``WorkspaceError/missingDraft(path:)``,
    ///   ``WorkspaceError/draftRequired(reason:)``.
    public func show(revision: String, draft: DraftPath? = nil) throws -> DraftSnapshot {
        try guarded {
            let commit = try commit(named: revision)
            let info = try repository.commit(commit)
            let summary = RevisionSummary(info)
            let draft = try draft ?? inferDraft(revision: revision, summary: summary, tree: info.tree)
            guard let text = try repository.blob(at: draft.path, in: commit),
                let annotated = try decidedFindings(of: draft, inTree: info.tree)
            else { throw WorkspaceError.missingDraft(path: draft.path) }
            return DraftSnapshot(
                revision: summary, draft: draft.path, text: String(decoding: text, as: UTF8.self),
                findings: annotated.findings, run: annotated.file.run, notRechecked: Set(annotated.file.notRechecked))
        }
    }

    /// The draft a revision is about: named by its trailers or its published tag, else the
    /// only annotated draft.
    private func inferDraft(revision: String, summary: RevisionSummary, tree: ObjectID) throws -> DraftPath {
        if let path = summary.draft { return try DraftPath(path) }
        if revision.hasPrefix("published/"), let tag = try repository.tag(named: revision),
            let path = tag.message.split(separator: "\n").first?.split(separator: " ").dropFirst().first
        {
            return try DraftPath(String(path))
        }
        let drafts = try allAnnotations(inTree: tree).keys.sorted()
        guard drafts.count == 1 else {
            throw WorkspaceError.draftRequired(
                reason: "revision \(summary.id.short) holds \(drafts.count) annotated drafts")
        }
        return drafts[0]
    }
}
