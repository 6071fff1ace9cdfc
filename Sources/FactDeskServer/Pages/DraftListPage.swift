import FactDeskReport
import FactDeskWorkspace
import Foundation

/// `GET /`: the workspace's drafts with their open, dismissed and accepted counts and last check.
struct DraftListPage {
    let workspaceName: String
    let drafts: [DraftOverview]

    var body: String {
        var html = "<h1>Drafts in \(workspaceName.htmlEscaped)</h1>\n"
        guard !drafts.isEmpty else {
            return html + "<p>No drafts yet: start one below, or add files under <code>drafts/</code>.</p>\n"
                + Self.newDraftForm
        }
        html += """
            <table class="drafts">
            <thead><tr><th>Draft</th><th>Open</th><th>Errors</th><th>Warnings</th><th>Dismissed</th>\
            <th>Accepted</th><th>Last check</th></tr></thead>
            <tbody>

            """
        for draft in drafts {
            let name = String(draft.draft.dropFirst("drafts/".count))
            html += "<tr class=\"draft\"><td><a href=\"\(Link.draft(draft.draft))\">\(name.htmlEscaped)</a></td>"
            if let counts = draft.counts {
                html += "<td class=\"open\">\(counts.open)</td><td>\(counts.errors)</td><td>\(counts.warnings)</td>"
                html += "<td class=\"dismissed\">\(counts.dismissed)</td><td>\(counts.accepted)</td>"
            } else {
                html += "<td colspan=\"5\" class=\"unchecked\">not checked yet</td>"
            }
            let last = draft.lastCheck.map {
                "<time datetime=\"\(PageTime.iso($0.time))\">\(PageTime.short($0.time))</time> "
                    + "<code>\($0.id.short)</code> \($0.author.htmlEscaped)"
            }
            html += "<td>\(last ?? "—")</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n" + Self.newDraftForm
    }

    /// "New draft": a name under `drafts/` and a text, checked and recorded on creation.
    static let newDraftForm = """
        <section class="new-draft">
        <h2>New draft</h2>
        <form id="new-draft" method="post" action="/drafts" data-create="/api/drafts">
        <p><label>Name under <code>drafts/</code>: <input name="name" required placeholder="brief.fr.md"></label></p>
        <textarea name="text" rows="10" required spellcheck="false"></textarea>
        <p><button type="submit">Create and check</button> \
        <span class="status" id="new-draft-status" role="status"></span></p>
        </form>
        </section>

        """
}

/// Times as pages show them, in UTC.
enum PageTime {
    /// `2025-11-24 10:15 UTC`.
    static func short(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }

    /// ISO 8601, for `<time datetime>`.
    static func iso(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
