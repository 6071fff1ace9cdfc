import CLibGit2
import Foundation

extension Repository {
    /// Stages every file of the work tree (as `git add --all`) and writes the index as a tree.
    /// - Returns: the tree's id, ready for a commit.
    public func stageWorkingTree() throws -> ObjectID {
        let index = try repositoryIndex()
        let code = withStrArray(["."]) {
            git_index_add_all(index.pointer, $0, GIT_INDEX_ADD_DEFAULT.rawValue, nil, nil)
        }
        try check(code, "git_index_add_all")
        try check(git_index_write(index.pointer), "git_index_write")
        var oid = git_oid()
        try check(git_index_write_tree(&oid, index.pointer), "git_index_write_tree")
        return ObjectID(oid)
    }

    /// Points the index entries of `files` at the given blobs, so that after a commit built in
    /// memory the index matches it and `git status` shows only real work-tree changes.
    ///
    /// A file whose work-tree copy holds exactly that blob gets its size and times recorded
    /// (so git does not re-read it); any other gets the blob alone, so git shows the work-tree
    /// copy as modified.
    /// - Parameter files: paths from the work tree's root, with the blob each now has in HEAD.
    public func updateIndex(_ files: [(path: String, blob: ObjectID)]) throws {
        guard let workingDirectory else { return }
        let index = try repositoryIndex()
        for (path, blob) in files {
            let onDisk = workingDirectory.appendingPathComponent(path).path
            var entry = git_index_entry()
            entry.mode = GIT_FILEMODE_BLOB.rawValue
            entry.id = blob.oid
            var status = stat()
            if let content = FileManager.default.contents(atPath: onDisk), try ObjectID.blobID(of: content) == blob,
                lstat(onDisk, &status) == 0
            {
                entry.ctime = git_index_time(
                    seconds: Int32(truncatingIfNeeded: status.st_ctim.tv_sec),
                    nanoseconds: UInt32(status.st_ctim.tv_nsec))
                entry.mtime = git_index_time(
                    seconds: Int32(truncatingIfNeeded: status.st_mtim.tv_sec),
                    nanoseconds: UInt32(status.st_mtim.tv_nsec))
                entry.dev = UInt32(truncatingIfNeeded: status.st_dev)
                entry.ino = UInt32(truncatingIfNeeded: status.st_ino)
                entry.uid = status.st_uid
                entry.gid = status.st_gid
                entry.file_size = UInt32(truncatingIfNeeded: status.st_size)
                if status.st_mode & 0o111 != 0 { entry.mode = GIT_FILEMODE_BLOB_EXECUTABLE.rawValue }
            }
            try path.withCString { cPath in
                entry.path = cPath
                try check(git_index_add(index.pointer, &entry), "git_index_add", path: path)
            }
        }
        try check(git_index_write(index.pointer), "git_index_write")
    }

    /// Removes the index entries of `paths`, after a commit built in memory removed those files.
    public func removeFromIndex(_ paths: [String]) throws {
        guard workingDirectory != nil, !paths.isEmpty else { return }
        let index = try repositoryIndex()
        for path in paths {
            try check(git_index_remove_bypath(index.pointer, path), "git_index_remove_bypath", path: path)
        }
        try check(git_index_write(index.pointer), "git_index_write")
    }

    /// Updates the work tree and the index to a tree, refusing to overwrite local changes.
    /// - Parameters:
    ///   - tree: the tree to check out.
    ///   - baseline: the tree the work tree is expected to match now (usually HEAD's).
    /// - Throws: a ``GitError`` with code `.conflict` when a file changed locally would be
    ///   overwritten; nothing is changed then.
    public func checkout(tree: ObjectID, baseline: ObjectID?) throws {
        let target = try tree.withOID { oid in
            try Handle<ObjectKind>("git_object_lookup", path: tree.hex) {
                git_object_lookup(&$0, pointer, oid, GIT_OBJECT_TREE)
            }
        }
        let baselineTree = try baseline.map(lookupTree)
        var options = git_checkout_options()
        try check(
            git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), "git_checkout_options_init")
        options.checkout_strategy = GIT_CHECKOUT_SAFE.rawValue
        options.baseline = baselineTree?.pointer
        try check(git_checkout_tree(pointer, target.pointer, &options), "git_checkout_tree")
    }

    private func repositoryIndex() throws -> Handle<IndexKind> {
        let index = try Handle<IndexKind>("git_repository_index") { git_repository_index(&$0, pointer) }
        try check(git_index_read(index.pointer, 0), "git_index_read")
        return index
    }
}
