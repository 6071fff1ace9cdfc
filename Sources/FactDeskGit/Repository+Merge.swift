import CLibGit2

extension Repository {
    /// How `theirs` relates to the branch `reference` (e.g. `refs/heads/main`).
    public func mergeAnalysis(of theirs: ObjectID, into reference: String) throws -> MergeAnalysis {
        guard try referenceTarget(reference) != nil else { return .fastForward }
        let annotated = try theirs.withOID { oid in
            try Handle<AnnotatedCommitKind>("git_annotated_commit_lookup", path: theirs.hex) {
                git_annotated_commit_lookup(&$0, pointer, oid)
            }
        }
        var analysis = GIT_MERGE_ANALYSIS_NONE
        var preference = GIT_MERGE_PREFERENCE_NONE
        var heads: [OpaquePointer?] = [annotated.pointer]
        let ourReference = try lookupReference(reference)
        let code = withExtendedLifetime(annotated) {
            git_merge_analysis_for_ref(&analysis, &preference, pointer, ourReference.pointer, &heads, 1)
        }
        try check(code, "git_merge_analysis_for_ref", path: reference)
        let flags = analysis.rawValue
        if flags & GIT_MERGE_ANALYSIS_UP_TO_DATE.rawValue != 0 { return .upToDate }
        if flags & (GIT_MERGE_ANALYSIS_FASTFORWARD.rawValue | GIT_MERGE_ANALYSIS_UNBORN.rawValue) != 0 {
            return .fastForward
        }
        return .diverged
    }

    /// Merges two commits' trees in memory (three-way, from their merge base), touching
    /// neither the index nor the work tree. Text files merge line by line, so changes to
    /// separate lines of one file combine.
    public func mergeTrees(ours: ObjectID, theirs: ObjectID) throws -> TreeMerge {
        let ourCommit = try lookupCommit(ours)
        let theirCommit = try lookupCommit(theirs)
        var options = git_merge_options()
        try check(git_merge_options_init(&options, UInt32(GIT_MERGE_OPTIONS_VERSION)), "git_merge_options_init")
        let index = try Handle<IndexKind>("git_merge_commits") {
            git_merge_commits(&$0, pointer, ourCommit.pointer, theirCommit.pointer, &options)
        }
        if git_index_has_conflicts(index.pointer) == 1 {
            return .conflicted(paths: try conflictedPaths(in: index))
        }
        var oid = git_oid()
        try check(git_index_write_tree_to(&oid, index.pointer, pointer), "git_index_write_tree_to")
        return .merged(tree: ObjectID(oid))
    }

    private func conflictedPaths(in index: Handle<IndexKind>) throws -> [String] {
        let iterator = try Handle<IndexConflictIteratorKind>("git_index_conflict_iterator_new") {
            git_index_conflict_iterator_new(&$0, index.pointer)
        }
        var paths: Set<String> = []
        var ancestor: UnsafePointer<git_index_entry>?
        var ours: UnsafePointer<git_index_entry>?
        var theirs: UnsafePointer<git_index_entry>?
        while true {
            let code = git_index_conflict_next(&ancestor, &ours, &theirs, iterator.pointer)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_index_conflict_next")
            if let entry = ours ?? theirs ?? ancestor { paths.insert(String(cString: entry.pointee.path)) }
        }
        return paths.sorted()
    }

    func lookupReference(_ name: String) throws -> Handle<ReferenceKind> {
        try Handle("git_reference_lookup", path: name) { git_reference_lookup(&$0, pointer, name) }
    }
}
