import FactDeskGit

extension Workspace {
    /// The workspace's revisions, newest first, read from the commits' messages.
    /// - Parameters:
    ///   - draft: only the revisions about this draft (its checks and the decisions on it).
    ///   - limit: at most this many revisions.
    public func log(draft: DraftPath? = nil, limit: Int = .max) throws -> [RevisionSummary] {
        try guarded {
            guard let start = try repository.referenceTarget("HEAD") else { return [] }
            var revisions: [RevisionSummary] = []
            for id in try repository.commitIDs(from: start, limit: draft == nil ? limit : .max)
            where revisions.count < limit {
                let summary = RevisionSummary(try repository.commit(id))
                if draft == nil || summary.draft == draft?.path { revisions.append(summary) }
            }
            return revisions
        }
    }
}
