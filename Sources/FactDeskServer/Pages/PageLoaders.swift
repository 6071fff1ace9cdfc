import FactDeskKit
import FactDeskWorkspace
import Foundation

/// Reads what the draft page shows: the draft at the latest revision (`revision`) with its
/// findings, or the file as it stands when it was never checked.
enum DraftPageLoader {
    static func load(_ draft: DraftPath, at revision: String?, in workspace: Workspace) throws -> DraftPage {
        do {
            let snapshot = try workspace.show(revision: revision ?? "HEAD", draft: draft)
            return DraftPage(
                draft: draft.path, text: snapshot.text, findings: snapshot.findings, revision: snapshot.revision,
                counterpart: CounterpartDraft.of(draft, text: snapshot.text, in: workspace)?.path)
        } catch WorkspaceError.missingDraft, WorkspaceError.unknownRevision {
            let file = workspace.root.appendingPathComponent(draft.path)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw WorkspaceError.missingDraft(path: draft.path)
            }
            let text = String(decoding: data, as: UTF8.self)
            return DraftPage(
                draft: draft.path, text: text, findings: [], revision: nil,
                counterpart: CounterpartDraft.of(draft, text: text, in: workspace)?.path)
        }
    }
}

/// Reads what the history page shows: the draft's revisions and, when two are chosen (else
/// its last two checks), their diff with the texts at both.
enum HistoryPageLoader {
    static func load(_ name: String, from: String?, to: String?, in workspace: Workspace) throws -> HistoryPage {
        let draft = try WorkspaceAccess.draft(named: name, in: workspace)
        let revisions = try workspace.log(draft: draft)
        guard !revisions.isEmpty else { throw WorkspaceError.draftNeverChecked(path: draft.path) }
        let checks = revisions.filter { if case .check = $0.action { true } else { false } }
        let pair: (from: String, to: String)?
        switch (from, to) {
        case (let from?, let to?): pair = (from, to)
        case (nil, nil): pair = checks.count >= 2 ? (checks[1].id.hex, checks[0].id.hex) : nil
        default: throw WorkbenchError(.badRequest, "give both from and to revisions to compare")
        }
        guard let pair else { return HistoryPage(draft: draft.path, revisions: revisions, comparison: nil) }
        let diff = try workspace.diff(from: pair.from, to: pair.to, draft: draft)
        let comparison = HistoryPage.Comparison(
            diff: diff.drafts[0], from: diff.from, to: diff.to,
            oldText: try workspace.show(revision: diff.from.hex, draft: draft).text,
            newText: try workspace.show(revision: diff.to.hex, draft: draft).text)
        return HistoryPage(draft: draft.path, revisions: revisions, comparison: comparison)
    }
}

/// Reads what a finding's page shows: its life, and the finding as it stands now.
enum FindingPageLoader {
    static func load(_ id: String, in workspace: Workspace) throws -> FindingPage {
        let history = try workspace.history(of: id)
        let last = history.events[history.events.count - 1]
        let current = try? workspace.show(revision: "HEAD", draft: try DraftPath(last.draft)).findings.first {
            $0.id == last.finding
        }
        return FindingPage(history: history, current: current, draft: last.draft)
    }
}
