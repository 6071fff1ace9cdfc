import CLibGit2
import Foundation

extension Repository {
    /// The files that differ between two trees.
    /// - Parameters:
    ///   - old: the tree before, or `nil` for an empty tree.
    ///   - new: the tree after.
    ///   - paths: limit the comparison to these paths or folders (all when empty).
    public func changes(from old: ObjectID?, to new: ObjectID, limitedTo paths: [String] = []) throws -> [TreeChange] {
        let oldTree = try old.map(lookupTree)
        let newTree = try lookupTree(new)
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        let diff = try withStrArray(paths) { pathspec in
            options.pathspec = pathspec.pointee
            return try Handle<DiffKind>("git_diff_tree_to_tree") {
                git_diff_tree_to_tree(&$0, pointer, oldTree?.pointer, newTree.pointer, &options)
            }
        }
        return (0..<git_diff_num_deltas(diff.pointer)).compactMap { index in
            guard let delta = git_diff_get_delta(diff.pointer, index)?.pointee else { return nil }
            let oldID = ObjectID(delta.old_file.id)
            let newID = ObjectID(delta.new_file.id)
            let path = String(cString: delta.new_file.path ?? delta.old_file.path)
            switch delta.status {
            case GIT_DELTA_ADDED: return TreeChange(path: path, kind: .added, oldBlob: nil, newBlob: newID)
            case GIT_DELTA_DELETED: return TreeChange(path: path, kind: .deleted, oldBlob: oldID, newBlob: nil)
            default: return TreeChange(path: path, kind: .modified, oldBlob: oldID, newBlob: newID)
            }
        }
    }

    /// Compares two texts line by line, as `git diff` would.
    public func lineChanges(from old: Data, to new: Data) throws -> LineChanges {
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.context_lines = 0
        let patch = try old.withUnsafeBytes { oldBytes in
            try new.withUnsafeBytes { newBytes in
                try Handle<PatchKind>("git_patch_from_buffers") {
                    git_patch_from_buffers(
                        &$0, oldBytes.baseAddress, oldBytes.count, nil, newBytes.baseAddress, newBytes.count, nil,
                        &options)
                }
            }
        }
        var additions = 0
        var deletions = 0
        try check(git_patch_line_stats(nil, &additions, &deletions, patch.pointer), "git_patch_line_stats")
        let hunks = try (0..<git_patch_num_hunks(patch.pointer)).map { index in
            var hunk: UnsafePointer<git_diff_hunk>?
            try check(git_patch_get_hunk(&hunk, nil, patch.pointer, index), "git_patch_get_hunk")
            let header = hunk!.pointee
            return LineChanges.Hunk(
                oldStart: Int(header.old_start), oldLines: Int(header.old_lines),
                newStart: Int(header.new_start), newLines: Int(header.new_lines))
        }
        return LineChanges(additions: additions, deletions: deletions, hunks: hunks)
    }
}
