import FactDeskKit
import FactDeskReport
import FactDeskWorkspace

/// `GET /drafts/{name}/history`: the timeline of a draft's revisions with the chart of open
/// findings per check, and, for two chosen revisions, the diff of findings and of text.
struct HistoryPage {
    let draft: String
    /// The draft's revisions, newest first.
    let revisions: [RevisionSummary]
    /// The diff of the two revisions chosen, with the texts at both, if any.
    let comparison: Comparison?

    /// Two revisions compared.
    struct Comparison {
        let diff: DraftDiff
        let from: RevisionID
        let to: RevisionID
        let oldText: String
        let newText: String
    }

    var body: String {
        let name = String(draft.dropFirst("drafts/".count))
        let checks = revisions.reversed().compactMap { revision -> (RevisionSummary, FindingCounts)? in
            if case .check(_, let counts) = revision.action { return (revision, counts) }
            return nil
        }
        var html = """
            <nav class="crumbs"><a href="/">Drafts</a> / <a href="\(Link.draft(draft))">\(name.htmlEscaped)</a> / History</nav>
            <h1>History of \(name.htmlEscaped)</h1>
            <h2>Open findings per check</h2>
            \(OpenFindingsChart(checks: checks.map { (revision: $0.0, counts: $0.1) }).svg)
            """
        html += compareForm(checks.map(\.0).reversed())
        if let comparison { html += DiffView(comparison: comparison).html }
        html += "<h2>Revisions</h2>\n<ol class=\"timeline\">\n"
        for revision in revisions {
            html += "<li class=\"revision \(revision.action.name)\"><time datetime=\"\(PageTime.iso(revision.time))\">"
            html += "\(PageTime.short(revision.time))</time> <code>\(revision.id.short)</code> "
            html += "\(revision.title.htmlEscaped) — \(revision.author.htmlEscaped)"
            if case .decision(_, let finding, _) = revision.action {
                html += " <a href=\"\(Link.finding(finding))\">finding</a>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }

    /// Two selects of the draft's checks, newest first, and a button to compare them.
    private func compareForm(_ checks: [RevisionSummary]) -> String {
        guard checks.count >= 2 else { return "" }
        func options(selected: String?) -> String {
            checks.map { revision in
                let mark = revision.id.hex == selected ? " selected" : ""
                return "<option value=\"\(revision.id.hex)\"\(mark)>\(revision.id.short) "
                    + "\(PageTime.short(revision.time).htmlEscaped)</option>"
            }.joined(separator: "\n")
        }
        let from = comparison?.from.hex ?? checks[1].id.hex
        let to = comparison?.to.hex ?? checks[0].id.hex
        return """
            <form class="compare" method="get" action="\(Link.history(draft))">
            <label>From <select name="from">\(options(selected: from))</select></label>
            <label>to <select name="to">\(options(selected: to))</select></label>
            <button type="submit">Compare</button>
            </form>

            """
    }
}
