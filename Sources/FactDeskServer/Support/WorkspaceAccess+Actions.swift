import FactDeskKit
import FactDeskWorkspace
import Foundation

/// What an editor does from the workbench, the same whether the page's script calls the JSON API
/// or the browser posts a form: create a draft, check a text, dismiss or accept a finding.
extension WorkspaceAccess {
    /// A draft's text checked and recorded: the report and the revision's record.
    typealias CheckedDraft = (report: DocumentReport, record: CheckRecord)

    /// Creates the draft `name` under `drafts/` with `text`, checked and recorded at once.
    /// - Throws: 409 when the draft exists, 400 for a bad name or text.
    func createDraft(named name: String, text: String) async throws -> CheckedDraft {
        try Self.validateDraftText(text)
        return try await write { workspace in
            let draft = try WorkspaceAccess.draft(named: name, in: workspace)
            guard !FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent(draft.path).path)
            else { throw WorkbenchError(.conflict, "\(draft.path) already exists: open it to check a new text") }
            return try check.run(text: text, draft: draft, root: workspace.root)
        }
    }

    /// Checks a new text of the draft `name` and records the revision.
    func checkDraft(named name: String, text: String) async throws -> CheckedDraft {
        try Self.validateDraftText(text)
        return try await write { workspace in
            try check.run(text: text, draft: try WorkspaceAccess.draft(named: name, in: workspace), root: workspace.root)
        }
    }

    /// Dismisses a finding, signed by `editor` when the session gave a name.
    /// - Throws: 400 when the reason is missing or blank.
    func dismiss(_ id: String, reason: String?, draft: String?, editor: String?) async throws -> Decision {
        guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WorkbenchError(.badRequest, "\"reason\" must say why the finding is dismissed")
        }
        return try await write { workspace in
            try workspace.dismiss(id, reason: reason, draft: try Self.draft(draft, in: workspace), editor: editor)
        }
    }

    /// Accepts a finding, with an optional note, signed by `editor` when the session gave a name.
    func accept(_ id: String, note: String?, draft: String?, editor: String?) async throws -> Decision {
        try await write { workspace in
            try workspace.accept(id, note: note, draft: try Self.draft(draft, in: workspace), editor: editor)
        }
    }

    /// The draft a decision names (`drafts/x.md` or `x.md`), if any, kept inside `drafts/`.
    static func draft(_ name: String?, in workspace: Workspace) throws -> DraftPath? {
        guard let name else { return nil }
        let inside = name.hasPrefix(DraftPath.folder + "/") ? String(name.dropFirst(DraftPath.folder.count + 1)) : name
        return try WorkspaceAccess.draft(named: inside, in: workspace)
    }

    /// Refuses a text that is not a draft: empty, or with NUL characters.
    static func validateDraftText(_ text: String) throws {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WorkbenchError(.badRequest, "\"text\" is empty: there is nothing to check")
        }
        guard !text.contains("\0") else {
            throw WorkbenchError(.badRequest, "\"text\" holds NUL characters: not a text draft")
        }
    }
}
