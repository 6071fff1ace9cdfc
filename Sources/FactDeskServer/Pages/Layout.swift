import FactDeskReport
import Foundation

/// The frame of every page: title, the workbench's own style sheet and script (no inline
/// script or style, no outside asset), the session's CSRF token for the script, and a header.
struct Layout {
    /// The page's title, plain text.
    let title: String
    /// The session's CSRF token, embedded for the script's requests.
    let csrfToken: String?
    /// The display name the session's editor gave, if any.
    var editorName: String? = nil
    /// Whether to ask for a display name when there is none (a shared workbench).
    var asksEditorName = false

    /// Who signs this session's decisions, or the form asking for a name.
    private var signature: String {
        if let editorName { return "<span class=\"signing\">Decisions signed by \(editorName.htmlEscaped)</span>" }
        guard asksEditorName else { return "" }
        return "<form id=\"editor-name\" class=\"editor-name\" method=\"post\" action=\"/session/name\"><label>Your name, to sign your decisions: "
            + "<input name=\"name\" required maxlength=\"100\"></label> <button type=\"submit\">Save</button></form>"
    }

    /// The whole page around `body`, which is trusted HTML built from escaped parts.
    func render(_ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="factdesk-csrf" content="\((csrfToken ?? "").htmlEscaped)">
        <title>\(title.htmlEscaped) · FactDesk</title>
        <link rel="stylesheet" href="\(Assets.styleSheetPath)">
        <script src="\(Assets.scriptPath)" defer></script>
        </head>
        <body>
        <header class="bar"><a class="home" href="/">FactDesk</a> \(signature)</header>
        <main>
        <noscript><p class="note">Without JavaScript every form still works: checking, deciding and a \
        new draft each record their revision and reload the page.</p></noscript>
        \(body)</main>
        </body>
        </html>

        """
    }
}

/// Paths in links, percent-encoded.
enum Link {
    /// The page of a draft (`drafts/x.md` → `/drafts/x.md`; a subfolder's `/` encoded).
    static func draft(_ path: String) -> String { "/drafts/" + name(path) }

    /// The history page of a draft.
    static func history(_ path: String) -> String { draft(path) + "/history" }

    /// A draft beside its other-language version.
    static func sideBySide(_ path: String) -> String { draft(path) + "/side-by-side" }

    /// The page of a finding.
    static func finding(_ id: String) -> String { "/findings/" + component(id) }

    /// A draft's name in URLs: its path under `drafts/`, as one percent-encoded component.
    static func name(_ path: String) -> String {
        component(String(path.dropFirst("drafts/".count)))
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:".utf8)

    /// `text` as one path component or query value: everything but unreserved characters encoded.
    static func component(_ text: String) -> String {
        text.utf8.map { byte in
            Link.unreserved.contains(byte) ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }.joined()
    }
}
