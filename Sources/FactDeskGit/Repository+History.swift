import CLibGit2

extension Repository {
    /// The commits reachable from `start`, newest first (children before parents, then by
    /// commit time), or oldest first when `oldestFirst`.
    /// - Parameter limit: stop after this many commits.
    public func commitIDs(from start: ObjectID, oldestFirst: Bool = false, limit: Int = .max) throws -> [ObjectID] {
        let walk = try Handle<RevisionWalkKind>("git_revwalk_new") { git_revwalk_new(&$0, pointer) }
        var sorting = GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue
        if oldestFirst { sorting |= GIT_SORT_REVERSE.rawValue }
        try check(git_revwalk_sorting(walk.pointer, sorting), "git_revwalk_sorting")
        var oid = start.oid
        try check(git_revwalk_push(walk.pointer, &oid), "git_revwalk_push", path: start.hex)
        var ids: [ObjectID] = []
        while ids.count < limit {
            let code = git_revwalk_next(&oid, walk.pointer)
            if code == GIT_ITEROVER.rawValue { break }
            try check(code, "git_revwalk_next")
            ids.append(ObjectID(oid))
        }
        return ids
    }
}
