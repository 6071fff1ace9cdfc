import CLibGit2

/// Where HEAD points.
public enum HeadState: Hashable, Sendable {
    /// On a branch (`refs/heads/…`); `commit` is `nil` while the branch has no commit yet.
    case branch(reference: String, commit: ObjectID?)
    /// Detached at a commit.
    case detached(ObjectID)
}

extension Repository {
    /// Where HEAD points: a branch (possibly unborn) or a detached commit.
    public func head() throws -> HeadState {
        if try check(git_repository_head_detached(pointer), "git_repository_head_detached") == 1 {
            return .detached(try referenceTarget("HEAD")!)
        }
        let head = try Handle<ReferenceKind>("git_reference_lookup", path: "HEAD") {
            git_reference_lookup(&$0, pointer, "HEAD")
        }
        guard let branch = String(libgit2: git_reference_symbolic_target(head.pointer)) else {
            throw GitError(
                function: "git_reference_symbolic_target", code: .invalidSpec, message: "HEAD is not symbolic")
        }
        return .branch(reference: branch, commit: try referenceTarget(branch))
    }

    /// The commit a reference leads to (following symbolic references and peeling tags), or
    /// `nil` when the reference does not exist or its branch has no commit yet.
    /// - Parameter name: a full name such as `refs/heads/main`, `refs/remotes/origin/main` or `HEAD`.
    public func referenceTarget(_ name: String) throws -> ObjectID? {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, pointer, name)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue { return nil }
        try check(code, "git_reference_name_to_id", path: name)
        let object = try Handle<ObjectKind>("git_object_lookup", path: name) {
            git_object_lookup(&$0, pointer, &oid, GIT_OBJECT_ANY)
        }
        let commit = try Handle<ObjectKind>("git_object_peel", path: name) {
            git_object_peel(&$0, object.pointer, GIT_OBJECT_COMMIT)
        }
        return ObjectID(git_object_id(commit.pointer))
    }

    /// Points a reference at a commit, only if it still points where the caller last saw it.
    ///
    /// This is a compare-and-swap: if another process moved the reference in between, nothing
    /// changes and the call throws a ``GitError`` with code `.concurrentUpdate` (or `.exists`).
    /// - Parameters:
    ///   - name: the full reference name, e.g. `refs/heads/main`.
    ///   - id: the new target.
    ///   - expected: the target the caller read, or `nil` if the reference must not exist yet.
    ///   - message: the reflog message.
    public func updateReference(_ name: String, to id: ObjectID, expecting expected: ObjectID?, message: String) throws
    {
        var target = id.oid
        if let expected {
            var current = expected.oid
            _ = try Handle<ReferenceKind>("git_reference_create_matching", path: name) {
                git_reference_create_matching(&$0, pointer, name, &target, 1, &current, message)
            }
        } else {
            _ = try Handle<ReferenceKind>("git_reference_create", path: name) {
                git_reference_create(&$0, pointer, name, &target, 0, message)
            }
        }
    }

    /// Resolves a revision as `git rev-parse` does — a full or abbreviated commit id, `HEAD~2`,
    /// a branch or a tag — to the commit it names.
    public func resolveRevision(_ spec: String) throws -> ObjectID {
        let object = try Handle<ObjectKind>("git_revparse_single", path: spec) {
            git_revparse_single(&$0, pointer, spec)
        }
        let commit = try Handle<ObjectKind>("git_object_peel", path: spec) {
            git_object_peel(&$0, object.pointer, GIT_OBJECT_COMMIT)
        }
        return ObjectID(git_object_id(commit.pointer))
    }
}
