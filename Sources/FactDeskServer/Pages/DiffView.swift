import FactDeskKit
import FactDeskReport
import FactDeskWorkspace

/// The diff of a draft between two revisions: findings added, resolved and unchanged, and the
/// changed lines of text, old (−) then new (+), hunk by hunk.
struct DiffView {
    let comparison: HistoryPage.Comparison

    var html: String {
        let diff = comparison.diff
        var html = """
            <section class="diff" id="diff">
            <h2>Changes from <code>\(comparison.from.short)</code> to <code>\(comparison.to.short)</code></h2>
            <p class="meta">\(diff.added.count) added, \(diff.resolved.count) resolved, \(diff.unchanged.count) \
            unchanged; text +\(diff.text.linesAdded) −\(diff.text.linesRemoved) lines</p>

            """
        html += findings("Added", diff.added, kind: "added")
        html += findings("Resolved", diff.resolved, kind: "resolved")
        html += findings("Unchanged", diff.unchanged, kind: "unchanged")
        let oldLines = Self.lines(comparison.oldText)
        let newLines = Self.lines(comparison.newText)
        html += "<h3>Text</h3>\n<pre class=\"text-diff\">"
        for hunk in diff.text.hunks {
            html +=
                "<span class=\"hunk\">@@ -\(hunk.oldStart),\(hunk.oldLines) +\(hunk.newStart),\(hunk.newLines) @@</span>\n"
            for line in Self.slice(oldLines, start: hunk.oldStart, count: hunk.oldLines) {
                html += "<del>-\(String(line).htmlEscaped)</del>\n"
            }
            for line in Self.slice(newLines, start: hunk.newStart, count: hunk.newLines) {
                html += "<ins>+\(String(line).htmlEscaped)</ins>\n"
            }
        }
        return html + "</pre>\n</section>\n"
    }

    private func findings(_ title: String, _ findings: [Finding], kind: String) -> String {
        guard !findings.isEmpty else { return "" }
        var html = "<h3>\(title)</h3>\n<ul class=\"diff-findings \(kind)\">\n"
        for finding in findings {
            html += "<li class=\"\(finding.severity.rawValue)\"><a href=\"\(Link.finding(finding.id))\">"
            html += "\(finding.location.line):\(finding.location.column)</a> "
            html +=
                "\(finding.message.htmlEscaped) <code>\(finding.checker.htmlEscaped)/\(finding.rule.htmlEscaped)</code>"
            html += " <span class=\"status\">\(finding.status.rawValue)</span></li>\n"
        }
        return html + "</ul>\n"
    }

    /// The text's lines, without their line breaks.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// Lines `start` (1-based) to `start + count - 1`, clamped to the text.
    static func slice(_ lines: [Substring], start: Int, count: Int) -> ArraySlice<Substring> {
        let lower = min(max(start - 1, 0), lines.count)
        return lines[lower..<min(lower + max(count, 0), lines.count)]
    }
}
