import CLibGit2

/// One entry of a git tree: a file, a folder or a submodule, with its path from the root.
public struct TreeEntry: Hashable, Sendable {
    /// The path from the root of the tree, `/`-separated.
    public let path: String
    /// The object the entry points at.
    public let id: ObjectID
    /// What the entry is.
    public let kind: Kind
    /// Whether the entry is a file with the executable bit (git's mode 100755).
    public let isExecutable: Bool

    /// The kinds of tree entry.
    public enum Kind: Sendable, Hashable {
        /// A file (or a symbolic link, which git stores as a blob).
        case blob
        /// A folder.
        case tree
        /// Anything else, such as a submodule's commit.
        case other
    }

    init(path: String, entry: OpaquePointer) {
        self.path = path
        self.id = ObjectID(git_tree_entry_id(entry))
        self.isExecutable = git_tree_entry_filemode(entry) == GIT_FILEMODE_BLOB_EXECUTABLE
        switch git_tree_entry_type(entry) {
        case GIT_OBJECT_BLOB: self.kind = .blob
        case GIT_OBJECT_TREE: self.kind = .tree
        default: self.kind = .other
        }
    }
}

/// A change to make to a tree: write a file or remove one.
public enum TreeUpdate: Hashable, Sendable {
    /// Adds or replaces the file at `path` (creating folders as needed) with a stored blob,
    /// executable (mode 100755) or not (100644).
    case write(path: String, blob: ObjectID, executable: Bool = false)
    /// Removes the file at `path`; folders left empty disappear.
    case remove(path: String)

    /// The path the update applies to.
    public var path: String {
        switch self {
        case .write(let path, _, _), .remove(let path): path
        }
    }
}
