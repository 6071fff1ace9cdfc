import FactDeskKit
import FactDeskReport
import FactDeskWorkspace

/// `GET /findings/{id}`: one finding's life across revisions and decisions, with the finding
/// as it stands in the latest revision when it is still there.
struct FindingPage {
    let history: FindingHistory
    /// The finding in its draft's latest annotations, if still there.
    let current: Finding?
    /// The draft it belongs to.
    let draft: String

    var body: String {
        var html = """
            <nav class="crumbs"><a href="/">Drafts</a> / <a href="\(Link.draft(draft))">\
            \(String(draft.dropFirst("drafts/".count)).htmlEscaped)</a> / Finding</nav>
            <h1>Finding <code>\(history.finding.htmlEscaped)</code></h1>

            """
        if let current {
            html += "<ol class=\"findings\">\n"
            html += FindingItem(finding: current, id: "current", textAnchor: "current").html
            html += "</ol>\n"
        } else {
            html += "<p class=\"meta\">No longer in the draft's latest revision.</p>\n"
        }
        html += "<h2>Life</h2>\n<ol class=\"events\">\n"
        for event in history.events {
            html += "<li class=\"event \(event.kind.rawValue)\"><time datetime=\"\(PageTime.iso(event.time))\">"
            html += "\(PageTime.short(event.time))</time> <code>\(event.revision.short)</code> "
            html += "<strong>\(event.kind.rawValue)</strong> in \(event.draft.htmlEscaped)"
            if let location = event.location { html += " at line \(location.line), column \(location.column)" }
            if let detail = event.detail { html += " (\(detail.htmlEscaped))" }
            html += " — \(event.author.htmlEscaped)</li>\n"
        }
        return html + "</ol>\n"
    }
}
