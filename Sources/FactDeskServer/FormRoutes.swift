import FactDeskWorkspace
import Foundation
import Hummingbird

/// The pages' forms as a browser posts them without the script: each does what the script's API
/// call does, then answers 303 See Other with the page to show next, so checking, deciding, new
/// drafts and the editor's name all work with JavaScript off.
struct FormRoutes {
    let access: WorkspaceAccess
    let body: RequestBodyReader
    let sessions: SessionStore

    func add(to router: Router<WorkbenchContext>) {
        router.post("/drafts") { request, _ in
            let form = try await body.form(from: request)
            let created = try await access.createDraft(named: try form.require("name"), text: form.fields["text"] ?? "")
            return Self.seeOther(Link.draft(created.record.draft.path))
        }
        router.post("/drafts/{name}/check") { request, context in
            let name = try context.parameters.require("name")
            let form = try await body.form(from: request)
            let checked = try await access.checkDraft(named: name, text: form.fields["text"] ?? "")
            return Self.seeOther(Link.draft(checked.record.draft.path))
        }
        router.post("/findings/{id}/decision") { request, context in
            let id = try FindingParameter.id(context)
            let form = try await body.form(from: request)
            let reason = form.fields["reason"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            let decision: Decision
            switch form.fields["decision"] {
            case "dismiss":
                decision = try await access.dismiss(id, reason: reason, draft: form.fields["draft"], editor: context.editorName)
            case "accept":
                decision = try await access.accept(id, note: reason, draft: form.fields["draft"], editor: context.editorName)
            default:
                throw WorkbenchError(.badRequest, "the form's \"decision\" must be dismiss or accept")
            }
            return Self.seeOther(Link.draft(decision.draft))
        }
        router.post("/session/name") { request, context in
            let name = try APIRoutes.editorName(try await body.form(from: request).require("name"))
            guard let session = context.sessionID else { throw WorkbenchError(.forbidden, "no session") }
            sessions.setName(name, of: session)
            return Self.seeOther(Self.referringPage(of: request) ?? "/")
        }
    }

    /// 303 See Other: the browser shows `location` with a GET, so reloading it posts nothing again.
    private static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// The path of the workbench page the form was posted from, from the `Referer` header: a
    /// path on this server only (never `//host`), so the answer cannot send the browser elsewhere.
    private static func referringPage(of request: Request) -> String? {
        guard let referer = request.headers[.referer], let url = URL(string: referer),
            url.path.hasPrefix("/"), !url.path.hasPrefix("//")
        else { return nil }
        return url.query.map { url.path + "?" + $0 } ?? url.path
    }
}
