import CLibGit2
import Foundation

extension Repository {
    /// The id of a commit's root tree.
    public func treeID(of commit: ObjectID) throws -> ObjectID {
        let handle = try lookupCommit(commit)
        return ObjectID(git_commit_tree_id(handle.pointer))
    }

    /// Builds a new tree from `base` (or from an empty tree) with `updates` applied, without
    /// touching the index or the work tree.
    /// - Returns: the new tree's id.
    public func makeTree(from base: ObjectID?, applying updates: [TreeUpdate]) throws -> ObjectID {
        let baseTree = try base.map(lookupTree)
        let paths = updates.map { strdup($0.path) }
        defer { paths.forEach { free($0) } }
        let changes = zip(updates, paths).map { update, path in
            var change = git_tree_update()
            change.path = UnsafePointer(path)
            switch update {
            case .write(_, let blob, let executable):
                change.action = GIT_TREE_UPDATE_UPSERT
                change.id = blob.oid
                change.filemode = executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB
            case .remove:
                change.action = GIT_TREE_UPDATE_REMOVE
            }
            return change
        }
        var oid = git_oid()
        try check(
            git_tree_create_updated(&oid, pointer, baseTree?.pointer, changes.count, changes),
            "git_tree_create_updated")
        return ObjectID(oid)
    }

    /// The entry at `path` in a tree, or `nil` when there is none.
    public func entry(at path: String, in tree: ObjectID) throws -> TreeEntry? {
        let root = try lookupTree(tree)
        var found: OpaquePointer?
        let code = git_tree_entry_bypath(&found, root.pointer, path)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_tree_entry_bypath", path: path)
        guard let found else { return nil }
        let entry = Handle<TreeEntryKind>(owning: found)
        return TreeEntry(path: path, entry: entry.pointer)
    }

    /// Every file under `folder` in a tree, depth first, paths from the root.
    /// - Returns: the files, or an empty list when `folder` does not exist.
    public func files(under folder: String, in tree: ObjectID) throws -> [TreeEntry] {
        guard let start = try entry(at: folder, in: tree), start.kind == .tree else { return [] }
        var files: [TreeEntry] = []
        var pending = [start]
        while let next = pending.popLast() {
            let handle = try lookupTree(next.id)
            for index in 0..<git_tree_entrycount(handle.pointer) {
                guard let raw = git_tree_entry_byindex(handle.pointer, index) else { continue }
                let entry = TreeEntry(path: next.path + "/" + String(cString: git_tree_entry_name(raw)), entry: raw)
                switch entry.kind {
                case .blob: files.append(entry)
                case .tree: pending.append(entry)
                case .other: break
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    func lookupTree(_ id: ObjectID) throws -> Handle<TreeKind> {
        try id.withOID { oid in try Handle("git_tree_lookup", path: id.hex) { git_tree_lookup(&$0, pointer, oid) } }
    }

    func lookupCommit(_ id: ObjectID) throws -> Handle<CommitKind> {
        try id.withOID { oid in try Handle("git_commit_lookup", path: id.hex) { git_commit_lookup(&$0, pointer, oid) } }
    }
}
