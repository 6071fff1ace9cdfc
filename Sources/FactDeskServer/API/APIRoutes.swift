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
            return try APIRoutes.checkPayload(try await access.createDraft(named: new.name, text: new.text), status: .created)
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
            let result = try await access.checkDraft(named: name, text: text)
            return try APIRoutes.checkPayload(result, status: result.record.revision == nil ? .ok : .created)
        }
        router.post("/api/findings/{id}/dismiss") { request, context in
            let decision = try await body.decode(DecisionRequest.self, from: request)
            let recorded = try await access.dismiss(
                try FindingParameter.id(context), reason: decision.reason, draft: decision.draft,
                editor: context.editorName)
            return try JSONResponse.make(DecisionPayload(decision: recorded), status: .created)
        }
        router.post("/api/findings/{id}/accept") { request, context in
            let hasBody = request.headers[.contentLength].map { $0 != "0" } ?? false
            let decision = hasBody ? try await body.decode(DecisionRequest.self, from: request) : nil
            let recorded = try await access.accept(
                try FindingParameter.id(context), note: decision?.note, draft: decision?.draft,
                editor: context.editorName)
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

    /// The answer to a check: the revision, its counts and the findings under the draft's path.
    static func checkPayload(_ result: WorkspaceAccess.CheckedDraft, status: HTTPResponse.Status) throws -> Response {
        var findings = FindingsJSON(reports: [result.report])
        findings.documents[0].path = result.record.draft.path
        return try JSONResponse.make(
            CheckPayload(revision: result.record.revision, counts: result.record.counts, findings: findings),
            status: status)
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
}
