import FactDeskGit
import FactDeskKit
import Foundation

extension Workspace {
    /// Dismisses a finding: it is not a problem. Recorded as a revision adding one file under
    /// `decisions/`, signed with the author and time; the finding stays dismissed in later
    /// revisions while its words stand.
    /// - Parameters:
    ///   - findingID: the finding's id, as the latest annotations give it.
    ///   - reason: why it is not a problem.
    ///   - draft: the draft, needed only when several drafts have a finding with this id.
    ///   - editor: the display name of the editor who decided, when it is not the workspace's
    ///     author (a shared web workbench): see ``editorSignature(_:)``.
    /// - Throws: ``WorkspaceError/unknownFinding(id:)``, ``WorkspaceError/resolvedFinding(id:revision:)``
    ///   for a finding resolved earlier, ``WorkspaceError/ambiguousFinding(id:drafts:)``, and
    ///   ``WorkspaceError/alreadyDecided(id:status:author:reason:)`` when the finding is already
    ///   dismissed (accepting it replaces the dismissal).
    /// - Returns: the decision recorded.
    @discardableResult
    public func dismiss(_ findingID: String, reason: String, draft: DraftPath? = nil, editor: String? = nil) throws
        -> Decision
    {
        try decide(.dismissed, on: findingID, reason: reason, draft: draft, editor: editor)
    }

    /// Accepts a finding: it is a real problem, acknowledged. Recorded like ``dismiss(_:reason:draft:)``.
    /// - Parameters:
    ///   - findingID: the finding's id, as the latest annotations give it.
    ///   - note: an optional note.
    ///   - draft: the draft, needed only when several drafts have a finding with this id.
    ///   - editor: the display name of the editor who decided, as for ``dismiss(_:reason:draft:editor:)``.
    /// - Returns: the decision recorded.
    @discardableResult
    public func accept(_ findingID: String, note: String? = nil, draft: DraftPath? = nil, editor: String? = nil)
        throws -> Decision
    {
        try decide(.accepted, on: findingID, reason: note, draft: draft, editor: editor)
    }

    /// The signature of an editor known by a display name: the name, with the e-mail address that
    /// `editors:` in `factdesk.yml` gives for it (`- Claire Martin <claire@example.org>`), else
    /// `none` (git signatures need one): `Bruno Diaz <none>`.
    func editorSignature(_ name: String) -> Signature {
        let listed = configurationList("editors").compactMap(Workspace.parseAuthor).first { $0.name == name }?.email
        return Signature(name: name, email: listed.flatMap { $0.isEmpty ? nil : $0 } ?? "none", time: options.clock())
    }

    private func decide(
        _ status: Finding.Status, on findingID: String, reason: String?, draft: DraftPath?, editor: String?
    ) throws -> Decision {
        try locked {
            let head = try branchHead()
            guard let commit = head.commit else { throw WorkspaceError.unknownFinding(id: findingID) }
            let tree = try repository.treeID(of: commit)
            let candidates: [DraftPath: AnnotationFile]
            if let draft {
                candidates = try annotations(of: draft, inTree: tree).map { [draft: $0] } ?? [:]
            } else {
                candidates = try allAnnotations(inTree: tree)
            }
            let holders = candidates.compactMap { draft, file in
                file.findings.first { $0.id == findingID }.map { (draft: draft, finding: $0) }
            }.sorted { $0.draft < $1.draft }
            guard let holder = holders.first else { throw try unknownFindingError(findingID) }
            guard holders.count == 1 else {
                throw WorkspaceError.ambiguousFinding(id: findingID, drafts: holders.map(\.draft.path))
            }
            // The same decision twice is refused; the opposite one replaces it (the latest holds).
            if let earlier = try decisions(of: holder.draft, inTree: tree).latest(for: findingID),
                earlier.status == status
            {
                throw WorkspaceError.alreadyDecided(
                    id: findingID, status: status.rawValue, author: earlier.author, reason: earlier.reason)
            }
            // An editor named by the workbench signs as author; the workspace's identity commits.
            let author = try editor.map(editorSignature) ?? author()
            let decision = Decision(
                finding: findingID, draft: holder.draft.path, status: status, reason: reason,
                author: author.nameAndEmail, time: author.time, quote: holder.finding.quote.exact)
            try addRevision(
                [
                    RevisionFile(
                        path: try decision.filePath(in: holder.draft), content: try decision.encoded(),
                        writesWorkTree: true)
                ],
                message: RevisionMessage.decision(decision), onto: head, author: editor.map { _ in author })
            return decision
        }
    }
}
