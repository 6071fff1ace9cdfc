import FactDeskGit
import FactDeskKit
import Foundation

extension Workspace {
    /// Why a finding id names nothing to decide on: the finding was resolved at some revision
    /// (``WorkspaceError/resolvedFinding(id:revision:)``), or no revision ever had it
    /// (``WorkspaceError/unknownFinding(id:)``).
    func unknownFindingError(_ findingID: String) throws -> WorkspaceError {
        guard let history = try? history(of: findingID), let last = history.events.last, last.kind == .resolved
        else { return .unknownFinding(id: findingID) }
        return .resolvedFinding(id: last.finding, revision: last.revision.short)
    }

    /// The full id of a finding given by its full id or by its hash part alone (`627471b3` for
    /// `date:invalid-date:627471b3`), looked up in every revision's annotations.
    /// - Throws: ``WorkspaceError/ambiguousShortID(id:matches:)`` when several findings end with
    ///   that hash; ``WorkspaceError/unknownFinding(id:)`` when none does.
    func fullFindingID(_ id: String) throws -> String {
        guard !id.contains(":"), !id.isEmpty, let start = try repository.referenceTarget("HEAD") else { return id }
        let suffix = Data(":\(id)\"".utf8)
        var seen: Set<ObjectID> = []
        var matches: Set<String> = []
        for commit in try repository.commitIDs(from: start, oldestFirst: true) {
            let info = try repository.commit(commit)
            guard case .check(let path, _) = RevisionSummary(info).action else { continue }
            let draft = try DraftPath(path)
            guard let entry = try repository.entry(at: draft.annotationsPath, in: info.tree),
                seen.insert(entry.id).inserted
            else { continue }
            let data = try repository.blob(entry.id)
            guard data.range(of: suffix) != nil else { continue }
            let file = try decodeAnnotations(data, path: draft.annotationsPath)
            matches.formUnion(file.findings.map(\.id).filter { $0.hasSuffix(":" + id) })
        }
        guard matches.count <= 1 else { throw WorkspaceError.ambiguousShortID(id: id, matches: matches.sorted()) }
        guard let match = matches.first else { throw WorkspaceError.unknownFinding(id: id) }
        return match
    }
}
