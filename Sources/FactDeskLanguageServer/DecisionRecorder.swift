import FactDeskKit
import FactDeskWorkspace
import Foundation

/// Records an editor's decision on a finding of a draft in its workspace, as `factdesk dismiss`
/// and `factdesk accept` do, and reads a finding's history for hover.
struct DecisionRecorder {
    /// The draft's file.
    let path: String

    /// What the server answers once a decision is recorded.
    struct Recorded: Encodable {
        let finding: String
        let status: String
        let draft: String
        let author: String
    }

    /// Records the decision.
    /// - Throws: ``WorkspaceError`` when the file is no draft of a workspace or the finding is in
    ///   none of its revisions (check it with `factdesk check`, or save with `factdesk.commitOnSave`).
    func record(_ status: Finding.Status, _ findingID: String, reason: String?) throws -> Recorded {
        let (workspace, draft) = try locate()
        let decision =
            status == .dismissed
            ? try workspace.dismiss(findingID, reason: reason ?? "", draft: draft)
            : try workspace.accept(findingID, note: reason, draft: draft)
        return Recorded(
            finding: decision.finding, status: decision.status.rawValue, draft: decision.draft, author: decision.author)
    }

    /// The finding's life in the workspace's revisions, oldest first; none outside a workspace or
    /// before the finding's first revision.
    func history(of findingID: String) -> [FindingEvent] {
        guard let (workspace, _) = try? locate() else { return [] }
        return (try? workspace.history(of: findingID).events) ?? []
    }

    private func locate() throws -> (Workspace, DraftPath) {
        let file = URL(fileURLWithPath: path)
        let workspace = try Workspace.find(from: file)
        return (workspace, try workspace.draftPath(for: path, relativeTo: file.deletingLastPathComponent()))
    }
}
