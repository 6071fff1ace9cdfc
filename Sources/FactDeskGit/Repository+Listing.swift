import CLibGit2
import Foundation

/// One entry of one tree, as stored: its name, mode and object, nothing resolved.
public struct TreeListingEntry: Hashable, Sendable {
    /// The entry's name inside its tree (no `/` in a well-formed tree).
    public let name: String
    /// The git file mode: `0o100644` or `0o100755` for a file, `0o040000` for a folder,
    /// `0o120000` for a symbolic link, `0o160000` for a submodule's commit.
    public let mode: UInt32
    /// The object the entry points at.
    public let id: ObjectID

    /// Whether the entry is a folder (a tree).
    public var isFolder: Bool { mode == 0o040000 }
    /// Whether the entry is a regular file, executable or not.
    public var isRegularFile: Bool { mode == 0o100644 || mode == 0o100755 }
    /// Whether the entry is a symbolic link; its blob holds the link's target.
    public var isSymbolicLink: Bool { mode == 0o120000 }
}

extension Repository {
    /// The entries of one tree, in stored order, with their raw modes: what a checkout of it
    /// would create, before anything is created.
    public func listing(of tree: ObjectID) throws -> [TreeListingEntry] {
        let handle = try lookupTree(tree)
        return (0..<git_tree_entrycount(handle.pointer)).compactMap { index in
            guard let raw = git_tree_entry_byindex(handle.pointer, index) else { return nil }
            return TreeListingEntry(
                name: String(cString: git_tree_entry_name(raw)), mode: git_tree_entry_filemode(raw).rawValue,
                id: ObjectID(git_tree_entry_id(raw)))
        }
    }

    /// The commits reachable from `start` but not from `excluded`: what a fetch brought that
    /// the branch does not have yet.
    public func commitIDs(from start: ObjectID, excluding excluded: ObjectID?) throws -> [ObjectID] {
        let walk = try Handle<RevisionWalkKind>("git_revwalk_new") { git_revwalk_new(&$0, pointer) }
        var oid = start.oid
        try check(git_revwalk_push(walk.pointer, &oid), "git_revwalk_push", path: start.hex)
        if let excluded {
            var hidden = excluded.oid
            try check(git_revwalk_hide(walk.pointer, &hidden), "git_revwalk_hide", path: excluded.hex)
        }
        var ids: [ObjectID] = []
        while true {
            let code = git_revwalk_next(&oid, walk.pointer)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_revwalk_next")
            ids.append(ObjectID(oid))
        }
        return ids
    }

    /// The references whose full names match a glob such as `refs/tags/published/*`, with the
    /// object each points at directly (a tag object for an annotated tag, not peeled), sorted
    /// by name.
    public func references(matching glob: String) throws -> [(name: String, target: ObjectID)] {
        var names = git_strarray()
        defer { git_strarray_dispose(&names) }
        try check(git_reference_list(&names, pointer), "git_reference_list")
        return try names.copiedStrings.filter { fnmatch(glob, $0, 0) == 0 }.sorted().compactMap { name in
            let reference = try lookupReference(name)
            guard let target = git_reference_target(reference.pointer) else { return nil }
            return (name, ObjectID(target))
        }
    }

    /// Points a reference at an object, creating it or moving it unconditionally.
    public func setReference(_ name: String, to id: ObjectID, message: String) throws {
        var target = id.oid
        _ = try Handle<ReferenceKind>("git_reference_create", path: name) {
            git_reference_create(&$0, pointer, name, &target, 1, message)
        }
    }

    /// Deletes a reference; a missing one is no error.
    public func deleteReference(_ name: String) throws {
        let code = git_reference_remove(pointer, name)
        if code == GIT_ENOTFOUND.rawValue { return }
        try check(code, "git_reference_remove", path: name)
    }
}
