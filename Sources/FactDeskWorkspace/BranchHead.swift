import FactDeskGit

/// The branch revisions are added to, and its commit when the caller read it.
struct BranchHead {
    /// The branch's full reference name, e.g. `refs/heads/main`.
    let reference: String
    /// Its commit, or `nil` before the first one.
    let commit: ObjectID?

    /// The branch's short name, e.g. `main`.
    var name: String { String(reference.dropFirst("refs/heads/".count)) }
}

extension Workspace {
    /// The branch HEAD is on.
    /// - Throws: ``WorkspaceError/detachedHead`` when HEAD is detached.
    func branchHead() throws -> BranchHead {
        switch try repository.head() {
        case .branch(let reference, let commit): BranchHead(reference: reference, commit: commit)
        case .detached: throw WorkspaceError.detachedHead
        }
    }

    /// The commit a revision names: a commit id or prefix, `HEAD~N`, a branch or a tag.
    /// - Throws: ``WorkspaceError/unknownRevision(_:)``.
    func commit(named revision: String) throws -> ObjectID {
        do {
            return try repository.resolveRevision(revision)
        } catch let error as GitError where !error.isCorruption {
            throw WorkspaceError.unknownRevision(revision)
        }
    }
}
