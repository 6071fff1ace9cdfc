import CLibGit2

extension Repository {
    /// Writes a commit object without moving any reference; move one with
    /// ``updateReference(_:to:expecting:message:)``.
    /// - Parameters:
    ///   - tree: the commit's root tree.
    ///   - parents: its parents, first parent first (none for a first commit).
    ///   - author: who wrote the change.
    ///   - committer: who recorded it.
    ///   - message: the message; no encoding header is written, so ids match the git CLI's.
    /// - Returns: the new commit's id.
    public func createCommit(
        tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature, message: String
    ) throws -> ObjectID {
        let treeHandle = try lookupTree(tree)
        let parentHandles = try parents.map(lookupCommit)
        var parentPointers: [OpaquePointer?] = parentHandles.map(\.pointer)
        var oid = git_oid()
        let code = try withExtendedLifetime(parentHandles) {
            try author.withSignature { author in
                try committer.withSignature { committer in
                    git_commit_create(
                        &oid, pointer, nil, author, committer, nil, message, treeHandle.pointer,
                        parentPointers.count, &parentPointers)
                }
            }
        }
        try check(code, "git_commit_create")
        return ObjectID(oid)
    }

    /// Reads a commit.
    public func commit(_ id: ObjectID) throws -> CommitInfo {
        let handle = try lookupCommit(id)
        let commit = handle.pointer
        return CommitInfo(
            id: id,
            tree: ObjectID(git_commit_tree_id(commit)),
            parents: (0..<git_commit_parentcount(commit)).map { ObjectID(git_commit_parent_id(commit, $0)) },
            author: Signature(git_commit_author(commit)),
            committer: Signature(git_commit_committer(commit)),
            message: String(cString: git_commit_message(commit)))
    }
}
