import FactDeskKit
import FactDeskWorkspace
import Foundation
import Hummingbird

/// The HTML pages: drafts, a draft, its history, a finding; and the assets they use.
struct PageRoutes {
    let access: WorkspaceAccess
    /// Whether pages ask each editor for a display name to sign decisions with (a shared workbench).
    let asksEditorName: Bool
    /// Draft pages already rendered, by the revision they show.
    let cache = PageCache()

    /// The frame of a page for this request's session.
    private func layout(_ title: String, _ context: WorkbenchContext) -> Layout {
        Layout(
            title: title, csrfToken: context.csrfToken, editorName: context.editorName, asksEditorName: asksEditorName)
    }

    func add(to router: Router<WorkbenchContext>) {
        router.get("/") { _, context in
            let drafts = try await access.read { try $0.draftOverviews() }
            let page = DraftListPage(workspaceName: access.root.lastPathComponent, drafts: drafts)
            return HTMLResponse.make(layout("Drafts", context).render(page.body))
        }
        router.get("/drafts/{name}") { _, context in
            let name = try context.parameters.require("name")
            let (draft, body) = try await access.read { workspace in
                let draft = try WorkspaceAccess.draft(named: name, in: workspace)
                let revision = try workspace.latestRevision()?.hex
                if let revision, let body = cache.body(for: draft.path, at: revision) { return (draft.path, body) }
                let page = try DraftPageLoader.load(draft, at: revision, in: workspace)
                if let revision, page.revision != nil { cache.store(page.body, for: draft.path, at: revision) }
                return (draft.path, page.body)
            }
            let title = String(draft.dropFirst("drafts/".count))
            return HTMLResponse.make(layout(title, context).render(body))
        }
        router.get("/drafts/{name}/side-by-side") { _, context in
            let name = try context.parameters.require("name")
            let (draft, body) = try await access.read { workspace in
                let draft = try WorkspaceAccess.draft(named: name, in: workspace)
                let key = "side-by-side\0" + draft.path
                let revision = try workspace.latestRevision()?.hex
                if let revision, let body = cache.body(for: key, at: revision) { return (draft.path, body) }
                let body = try SideBySideLoader.load(draft, at: revision, in: workspace).body
                if let revision { cache.store(body, for: key, at: revision) }
                return (draft.path, body)
            }
            let title = String(draft.dropFirst("drafts/".count)) + " side by side"
            return HTMLResponse.make(layout(title, context).render(body))
        }
        router.get("/drafts/{name}/history") { request, context in
            let name = try context.parameters.require("name")
            let from = request.uri.queryParameters["from"].map(String.init)
            let to = request.uri.queryParameters["to"].map(String.init)
            let page = try await access.read { workspace in
                try HistoryPageLoader.load(name, from: from, to: to, in: workspace)
            }
            let title = "History of " + page.draft.dropFirst("drafts/".count)
            return HTMLResponse.make(layout(title, context).render(page.body))
        }
        router.get("/findings/{id}") { _, context in
            let id = try FindingParameter.id(context)
            let page = try await access.read { workspace in try FindingPageLoader.load(id, in: workspace) }
            return HTMLResponse.make(layout("Finding \(id)", context).render(page.body))
        }
        router.get(RouterPath(Assets.styleSheetPath)) { _, _ in
            Self.asset(Assets.styleSheet, type: "text/css; charset=utf-8")
        }
        router.get(RouterPath(Assets.scriptPath)) { _, _ in
            Self.asset(Assets.script, type: "text/javascript; charset=utf-8")
        }
    }

    private static func asset(_ content: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: content)))
    }
}

/// A finding id from the route's `{id}`, percent-decoded.
enum FindingParameter {
    static func id(_ context: WorkbenchContext) throws -> String {
        let raw = try context.parameters.require("id")
        guard let id = raw.removingPercentEncoding, !id.isEmpty else {
            throw WorkbenchError(.badRequest, "\(raw): not a finding id")
        }
        return id
    }
}
