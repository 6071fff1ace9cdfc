import CLibGit2

/// A kind of libgit2 object handle, naming the function that frees it.
///
/// Each kind is its own type so that a `Handle<TreeKind>` cannot be passed where a
/// `Handle<CommitKind>` belongs, although libgit2 gives both as `OpaquePointer`.
protocol HandleKind {
    /// Frees a handle of this kind.
    static func free(_ pointer: OpaquePointer)
}

/// Owns one libgit2 handle and frees it exactly once, in `deinit`.
final class Handle<Kind: HandleKind> {
    /// The handle, valid while this object lives.
    let pointer: OpaquePointer

    /// Takes ownership of a handle.
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Calls a libgit2 function that returns a new handle through its first argument.
    /// - Parameters:
    ///   - function: the function's name, for the error.
    ///   - path: what the call was about, for the error.
    ///   - call: the call, given the out-parameter.
    convenience init(_ function: String, path: String? = nil, _ call: (inout OpaquePointer?) -> Int32) throws {
        var pointer: OpaquePointer?
        let code = call(&pointer)
        guard code >= 0, let pointer else { throw GitError(function: function, code: min(code, -1), path: path) }
        self.init(owning: pointer)
    }

    deinit { Kind.free(pointer) }
}

enum RepositoryKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_repository_free(pointer) } }
enum CommitKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_commit_free(pointer) } }
enum TreeKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_tree_free(pointer) } }
enum TreeEntryKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_tree_entry_free(pointer) } }
enum BlobKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_blob_free(pointer) } }
enum ObjectKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_object_free(pointer) } }
enum ReferenceKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_reference_free(pointer) } }
enum RevisionWalkKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_revwalk_free(pointer) } }
enum DiffKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_diff_free(pointer) } }
enum PatchKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_patch_free(pointer) } }
enum IndexKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_index_free(pointer) } }
enum RemoteKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_remote_free(pointer) } }
enum ConfigKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_config_free(pointer) } }
enum AnnotatedCommitKind: HandleKind {
    static func free(_ pointer: OpaquePointer) { git_annotated_commit_free(pointer) }
}
enum IndexConflictIteratorKind: HandleKind {
    static func free(_ pointer: OpaquePointer) { git_index_conflict_iterator_free(pointer) }
}
enum ObjectDatabaseKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_odb_free(pointer) } }
enum PackBuilderKind: HandleKind { static func free(_ pointer: OpaquePointer) { git_packbuilder_free(pointer) } }
