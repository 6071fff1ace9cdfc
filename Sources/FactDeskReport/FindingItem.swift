import FactDeskKit

/// One finding as an `<li>` of the HTML report's findings list: severity, location linked to its
/// place in the text, message, rule, status, suggestions and evidence, all escaped.
struct FindingItem {
    /// The finding.
    var finding: Finding
    /// The item's own HTML id.
    var id: String
    /// The HTML id of the anchor at the finding's start in the highlighted text.
    var textAnchor: String

    /// The `<li>` element, ending with a newline.
    var html: String {
        let status = finding.status == .open ? "" : " settled"
        var html = "<li class=\"finding \(finding.severity.rawValue)\(status)\" id=\"\(id)\">\n"
        html += "<p><span class=\"severity\">\(finding.severity.rawValue)</span> "
        html += "<a href=\"#\(textAnchor)\">\(finding.location.line):\(finding.location.column)</a> "
        html += "<span class=\"message\">\(finding.message.htmlEscaped)</span> "
        html += "<code>\(finding.checker.htmlEscaped)/\(finding.rule.htmlEscaped)</code>"
        if finding.status != .open {
            html += " <span class=\"status\">\(finding.status.rawValue)</span>"
        }
        html += "</p>\n"
        if !finding.suggestions.isEmpty {
            let suggestions = finding.suggestions.map { "<ins>\($0.htmlEscaped)</ins>" }.joined(separator: ", ")
            html += "<p class=\"suggestions\">Suggestion: \(suggestions)</p>\n"
        }
        if !finding.evidence.isEmpty {
            html += "<ul class=\"evidence\">\n"
            for evidence in finding.evidence {
                html += "<li>\(evidence.statement.htmlEscaped)\(source(evidence.source))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</li>\n"
    }

    /// The evidence source after its statement: a link for an `http(s)` URL, else plain text.
    private func source(_ source: String?) -> String {
        guard let source else { return "" }
        let lowercased = source.lowercased()
        if lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://") {
            return " — <a href=\"\(source.htmlEscaped)\">\(source.htmlEscaped)</a>"
        }
        return " — <cite>\(source.htmlEscaped)</cite>"
    }
}
