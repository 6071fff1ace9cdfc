import FactDeskGit

/// Why a workspace operation was refused or failed. Each description is one line that names
/// the file, revision or finding concerned and the reason; the workspace is left as it was.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    /// No workspace (git repository with `factdesk.yml`) holds this folder or any parent.
    case notAWorkspace(path: String)
    /// The folder already holds a workspace or other files.
    case alreadyExists(path: String)
    /// The draft file does not exist (or not at that revision).
    case missingDraft(path: String)
    /// The path leaves the workspace (`..`, an absolute path elsewhere, or a symbolic link).
    case outsideWorkspace(path: String)
    /// The path is inside the workspace but not under `drafts/`.
    case notADraft(path: String)
    /// Two drafts would share one annotations file (e.g. `x.md` and `x.txt`).
    case annotationsClash(draft: String, annotations: String, owner: String)
    /// The repository's object store is damaged (e.g. a truncated object).
    case corrupted(detail: String)
    /// HEAD is not on a branch; revisions are only added to a branch.
    case detachedHead
    /// Another `factdesk` process holds the workspace lock.
    case locked(lockFile: String)
    /// Another program moved the branch while a revision was being added; nothing was changed.
    case branchMoved(reference: String)
    /// No finding with this id in the drafts' latest annotations.
    case unknownFinding(id: String)
    /// The finding is in no draft's latest annotations: its words were edited or removed at
    /// this revision (short id).
    case resolvedFinding(id: String, revision: String)
    /// The same decision was already recorded on this finding; nothing was recorded.
    case alreadyDecided(id: String, status: String, author: String, reason: String?)
    /// A short finding id (the hash part) matches several findings.
    case ambiguousShortID(id: String, matches: [String])
    /// The finding id occurs in several drafts; the caller must name one.
    case ambiguousFinding(id: String, drafts: [String])
    /// The revision does not name a commit of the workspace.
    case unknownRevision(String)
    /// A command needs a draft and none could be inferred.
    case draftRequired(reason: String)
    /// The draft was edited since its last check.
    case draftChangedSinceCheck(path: String)
    /// The draft has never been checked in this workspace.
    case draftNeverChecked(path: String)
    /// The revision is already published under this tag; published tags never move.
    case alreadyPublished(tag: String)
    /// No author for a revision or decision could be found.
    case noAuthor
    /// No remote is configured.
    case noRemote
    /// The remote has revisions this workspace lacks.
    case pushRejected(detail: String)
    /// Pulling would combine changes that conflict; nothing was changed.
    case mergeConflict(paths: [String])
    /// Pulling would overwrite files edited in the work tree; nothing was changed.
    case localChangesInTheWay(detail: String)
    /// A pull brought an entry that could reach outside the workspace (see ``Workspace/pull()``).
    case refusedIncoming(revision: String, path: String, reason: String)
    /// A pull brought a published tag that exists here with another target.
    case publishedTagConflict(tag: String, local: String, remote: String)
    /// A file of the workspace could not be read or written.
    case fileError(path: String, reason: String)
    /// Another libgit2 failure.
    case git(GitError)

    /// One line naming what is concerned and why.
    public var description: String {
        switch self {
        case .notAWorkspace(let path): "\(path): not inside a FactDesk workspace (run `factdesk init DIR`)"
        case .alreadyExists(let path): "\(path): already exists and is not empty"
        case .missingDraft(let path): "\(path): no such draft"
        case .outsideWorkspace(let path): "\(path): outside the workspace"
        case .notADraft(let path): "\(path): drafts must be under drafts/"
        case .annotationsClash(let draft, let annotations, let owner):
            "\(draft): its annotations file \(annotations) already belongs to \(owner); rename the draft"
        case .corrupted(let detail): "the workspace repository is damaged: \(detail)"
        case .detachedHead: "HEAD is detached: check out a branch (`git switch main`) before adding revisions"
        case .locked(let lockFile): "the workspace is locked by another factdesk process (\(lockFile)); try again"
        case .branchMoved(let reference):
            "\(reference) moved while the revision was being added (another program committed); nothing was changed, try again"
        case .unknownFinding(let id): "\(id): no such finding in the latest annotations"
        case .resolvedFinding(let id, let revision):
            "\(id): resolved in \(revision) (its words were edited or removed); there is nothing left to decide"
        case .alreadyDecided(let id, let status, let author, let reason):
            "\(id): already \(status) by \(author)" + (reason.map { " (\($0))" } ?? "")
                + "; nothing recorded (the opposite decision replaces it)"
        case .ambiguousShortID(let id, let matches):
            "\(id): several findings end with this hash (\(matches.joined(separator: ", "))); give the full id"
        case .ambiguousFinding(let id, let drafts):
            "\(id): found in several drafts (\(drafts.joined(separator: ", "))); name one with --draft"
        case .unknownRevision(let revision): "\(revision): no such revision"
        case .draftRequired(let reason): "name a draft: \(reason)"
        case .draftChangedSinceCheck(let path):
            "\(path): changed since its last check; run `factdesk check \(path)` first"
        case .draftNeverChecked(let path):
            "\(path): never checked in this workspace; run `factdesk check \(path)` first"
        case .alreadyPublished(let tag):
            "this revision is already published as \(tag); published revisions never change"
        case .noAuthor:
            "no author: set FACTDESK_AUTHOR=\"Name <email>\", `author:` in factdesk.yml, or git config user.name and user.email"
        case .noRemote: "no remote: give one with --remote URL (a bare repository path or a git URL)"
        case .pushRejected(let detail):
            "the remote has revisions this workspace lacks; run `factdesk pull` first (\(detail))"
        case .mergeConflict(let paths):
            "pull stopped: \(paths.joined(separator: ", ")) changed on both sides; nothing was changed (the remote's revisions are in origin/main)"
        case .localChangesInTheWay(let detail):
            "pull stopped: files edited here would be overwritten; nothing was changed (\(detail))"
        case .refusedIncoming(let revision, let path, let reason):
            "pull refused: revision \(revision) of the remote brings \(path), \(reason); nothing was changed"
        case .publishedTagConflict(let tag, let local, let remote):
            "pull stopped: tag \(tag) is \(local) here but \(remote) on the remote (the same draft was published twice as one number); nothing was changed"
        case .fileError(let path, let reason): "\(path): \(reason)"
        case .git(let error): error.description
        }
    }
}

extension WorkspaceError {
    /// Wraps any error from FactDeskGit, telling a damaged repository apart.
    static func wrapping(_ error: any Error) -> any Error {
        guard let gitError = error as? GitError else { return error }
        return gitError.isCorruption ? WorkspaceError.corrupted(detail: gitError.message) : WorkspaceError.git(gitError)
    }
}
