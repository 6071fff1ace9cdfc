import FactDeskKit
import FactDeskReport
import FactDeskWorkspace

/// `GET /drafts/{name}`: the draft as last checked with every finding highlighted at its span,
/// the side panel of findings with their decision buttons, and the editor to change the text
/// and check it again.
struct DraftPage {
    /// The draft's path.
    let draft: String
    /// The text shown: as last checked, or the file's when never checked.
    let text: String
    /// The findings at the latest revision, with their statuses (empty when never checked).
    let findings: [Finding]
    /// The latest revision, or `nil` when the draft was never checked.
    let revision: RevisionSummary?
    /// The draft's other-language version in the workspace, if it has one.
    var counterpart: String? = nil

    var body: String {
        let numbered = findings.enumerated().map { (finding: $1, id: "f\($0 + 1)") }
        let text = HighlightedText(
            scalars: Array(self.text.unicodeScalars), findings: numbered.map { ($0.finding, "\($0.id)-text") },
            items: numbered.map(\.id))
        let name = String(draft.dropFirst("drafts/".count))
        let open = findings.filter { $0.status == .open }.count
        var html = """
            <nav class="crumbs"><a href="/">Drafts</a> / \(name.htmlEscaped) · \
            <a href="\(Link.history(draft))">History</a>\(sideBySideLink)</nav>
            <h1>\(name.htmlEscaped)</h1>

            """
        if let revision {
            html += "<p class=\"meta\">Checked in revision <code>\(revision.id.short)</code> · "
            html += "\(open) open of \(findings.count) finding\(findings.count == 1 ? "" : "s")</p>\n"
        } else {
            html += "<p class=\"meta unchecked\">Not checked yet.</p>\n"
        }
        html += """
            <div class="workbench">
            <section class="text">
            <pre class="draft" id="draft-text">
            \(text.html)</pre>
            </section>
            <aside class="panel">
            <h2>Findings</h2>

            """
        if numbered.isEmpty {
            html += "<p class=\"none\">No findings.</p>\n"
        } else {
            html += "<ol class=\"findings\">\n"
            for entry in numbered {
                html +=
                    FindingItem(
                        finding: entry.finding, id: entry.id, textAnchor: "\(entry.id)-text",
                        controls: FindingControls(finding: entry.finding, draft: draft).html
                    ).html
            }
            html += "</ol>\n"
        }
        html += """
            </aside>
            </div>
            <section class="editor">
            <h2>Edit and check</h2>
            <form id="editor" method="post" action="\(Link.draft(draft))/check" \
            data-check="/api/drafts/\(Link.name(draft))/check">
            <textarea name="text" id="editor-text" rows="16" spellcheck="false">
            \(self.text.htmlEscaped)</textarea>
            <p><button type="submit" id="check-button">Check and record a revision</button> \
            <span class="status" id="editor-status" role="status"></span></p>
            </form>
            </section>

            """
        return html
    }

    /// The link to the draft beside its other-language version, when it has one.
    private var sideBySideLink: String {
        guard let counterpart else { return "" }
        let other = String(counterpart.dropFirst("drafts/".count))
        return " · <a href=\"\(Link.sideBySide(draft))\">Side by side with \(other.htmlEscaped)</a>"
    }
}

/// The buttons under a finding: apply a suggestion in the editor, dismiss with a reason,
/// accept, and a link to the finding's life.
struct FindingControls {
    let finding: Finding
    let draft: String

    var html: String {
        let id = finding.id.htmlEscaped
        var html = "<div class=\"controls\" data-finding=\"\(id)\">\n"
        for suggestion in finding.suggestions {
            html += "<button type=\"button\" class=\"apply\" data-start=\"\(finding.span.start)\" "
            html += "data-end=\"\(finding.span.end)\" data-replacement=\"\(suggestion.htmlEscaped)\">"
            html += "Apply « \(suggestion.htmlEscaped) »</button>\n"
        }
        if finding.status == .open {
            html += """
                <form class="decide" method="post" action="\(Link.finding(finding.id))/decision" \
                data-dismiss="/api/findings/\(Link.component(finding.id))/dismiss" \
                data-accept="/api/findings/\(Link.component(finding.id))/accept" data-draft="\(draft.htmlEscaped)">
                <input type="hidden" name="draft" value="\(draft.htmlEscaped)">
                <input type="text" name="reason" placeholder="Reason or note" aria-label="Reason">
                <button type="submit" name="decision" value="dismiss" class="dismiss">Dismiss</button>
                <button type="submit" name="decision" value="accept" class="accept">Accept</button>
                </form>

                """
        }
        html += "<a class=\"life\" href=\"\(Link.finding(finding.id))\">History of this finding</a>\n"
        return html + "</div>\n"
    }
}
