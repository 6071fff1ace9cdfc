import FactDeskKit
import FactDeskReport
import FactDeskWorkspace
import Foundation
import Hummingbird

/// The JSON API under `/api/`, mirroring the pages; findings in schema `factdesk.findings/1`.
struct APIRoutes {
    let access: WorkspaceAccess
    let body: RequestBodyReader
    let sessions: SessionStore

    func add(to router: Router<WorkbenchContext>) {
        router.get("/api/session") { _, context in
            try JSONResponse.make(SessionPayload(csrf: context.csrfToken ?? "", name: context.editorName))
        }
        router.post("/api/session/name") { request, context in
            let name = try APIRoutes.editorName(try await body.decode(EditorNameRequest.self, from: request).name)
            guard let session = context.sessionID else { throw WorkbenchError(.forbidden, "no session") }
            sessions.setName(name, of: session)
            return try JSONResponse.make(SessionPayload(csrf: context.csrfToken ?? "", name: name))
        }
        router.post("/api/drafts") { request, _ in
            let new = try await body.decode(NewDraftRequest.self, from: request)
            try APIRoutes.validateDraftText(new.text)
            let result = try await access.write { workspace in
                let draft = try WorkspaceAccess.draft(named: new.name, in: workspace)
                guard !FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent(draft.path).path)
                else { throw WorkbenchError(.conflict, "\(draft.path) already exists: open it to check a new text") }
                return try access.check.run(text: new.text, draft: draft, root: workspace.root)
            }
            var findings = FindingsJSON(reports: [result.report])
            findings.documents[0].path = result.record.draft.path
            return try JSONResponse.make(
                CheckPayload(revision: result.record.revision, counts: result.record.counts, findings: findings),
                status: .created)
        }
        router.get("/api/drafts") { _, _ in
            try JSONResponse.make(DraftListPayload(drafts: try await access.read { try $0.draftOverviews() }))
        }
        router.get("/api/drafts/{name}") { _, context in
            let name = try context.parameters.require("name")
            let findings = try await access.read { workspace in
                let draft = try WorkspaceAccess.draft(named: name, in: workspace)
                let snapshot = try workspace.show(revision: "HEAD", draft: draft)
                return FindingsJSON(reports: [
                    DocumentReport(
                        document: Document(path: draft.path, text: snapshot.text), findings: snapshot.findings)
                ])
            }
            return try JSONResponse.make(findings)
        }
        router.post("/api/drafts/{name}/check") { request, context in
            let name = try context.parameters.require("name")
            let text = try await body.decode(CheckRequest.self, from: request).text
            try APIRoutes.validateDraftText(text)
            let result = try await access.write { workspace in
                let draft = try WorkspaceAccess.draft(named: name, in: workspace)
                return try access.check.run(text: text, draft: draft, root: workspace.root)
            }
            var findings = FindingsJSON(reports: [result.report])
            findings.documents[0].path = result.record.draft.path
            return try JSONResponse.make(
                CheckPayload(revision: result.record.revision, counts: result.record.counts, findings: findings),
                status: result.record.revision == nil ? .ok : .created)
        }
        router.post("/api/findings/{id}/dismiss") { request, context in
            let id = try FindingParameter.id(context)
            let decision = try await body.decode(DecisionRequest.self, from: request)
            guard let reason = decision.reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw WorkbenchError(.badRequest, "\"reason\" must say why the finding is dismissed")
            }
            let editor = context.editorName
            let recorded = try await access.write { workspace in
                try workspace.dismiss(
                    id, reason: reason, draft: try APIRoutes.draft(decision.draft, in: workspace), editor: editor)
            }
            return try JSONResponse.make(DecisionPayload(decision: recorded), status: .created)
        }
        router.post("/api/findings/{id}/accept") { request, context in
            let id = try FindingParameter.id(context)
            let hasBody = request.headers[.contentLength].map { $0 != "0" } ?? false
            let decision = hasBody ? try await body.decode(DecisionRequest.self, from: request) : nil
            let editor = context.editorName
            let recorded = try await access.write { workspace in
                try workspace.accept(
                    id, note: decision?.note, draft: try APIRoutes.draft(decision?.draft, in: workspace),
                    editor: editor)
            }
            return try JSONResponse.make(DecisionPayload(decision: recorded), status: .created)
        }
        router.get("/api/drafts/{name}/log") { _, context in
            let name = try context.parameters.require("name")
            let revisions = try await access.read { workspace in
                try workspace.log(draft: try WorkspaceAccess.draft(named: name, in: workspace))
            }
            return try JSONResponse.make(LogPayload(revisions: revisions))
        }
        router.get("/api/diff") { request, _ in
            let query = request.uri.queryParameters
            guard let from = query["from"].map(String.init), let to = query["to"].map(String.init) else {
                throw WorkbenchError(.badRequest, "give the revisions to compare: /api/diff?draft=NAME&from=REV&to=REV")
            }
            let name = query["draft"].map(String.init)
            let diff = try await access.read { workspace in
                try workspace.diff(
                    from: from, to: to, draft: try name.map { try WorkspaceAccess.draft(named: $0, in: workspace) })
            }
            return try JSONResponse.make(DiffPayload(diff))
        }
        router.get("/api/findings/{id}/history") { _, context in
            let id = try FindingParameter.id(context)
            let history = try await access.read { try $0.history(of: id) }
            return try JSONResponse.make(HistoryPayload(finding: history.finding, events: history.events))
        }
    }

    /// The draft a decision names (`drafts/x.md` or `x.md`), if any, kept inside `drafts/`.
    static func draft(_ name: String?, in workspace: Workspace) throws -> DraftPath? {
        guard let name else { return nil }
        let inside = name.hasPrefix(DraftPath.folder + "/") ? String(name.dropFirst(DraftPath.folder.count + 1)) : name
        return try WorkspaceAccess.draft(named: inside, in: workspace)
    }

    /// An editor's display name, trimmed: 1 to 100 characters, none of them `<`, `>` or a control.
    static func editorName(_ raw: String) throws -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count),
            !name.unicodeScalars.contains(where: { $0 == "<" || $0 == ">" || $0.properties.generalCategory == .control })
        else {
            throw WorkbenchError(.badRequest, "\"name\" must be 1 to 100 characters, without <, > or control characters")
        }
        return name
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
