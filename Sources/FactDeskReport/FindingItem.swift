import FactDeskKit

/// One finding as an `<li>` of the HTML report's findings list: severity, location linked to its
/// place in the text, message, rule, status, suggestions and evidence, all escaped.
public struct FindingItem {
    /// The finding.
    public var finding: Finding
    /// The item's own HTML id.
    public var id: String
    /// The HTML id of the anchor at the finding's start in the highlighted text.
    public var textAnchor: String
    /// Trusted HTML placed at the end of the item (the web workbench's decision buttons).
    public var controls: String

    /// Creates an item.
    /// - Parameters:
    ///   - finding: the finding.
    ///   - id: the item's HTML id.
    ///   - textAnchor: the HTML id of the anchor at the finding's start in the text.
    ///   - controls: trusted HTML appended inside the item, already escaped by the caller.
    public init(finding: Finding, id: String, textAnchor: String, controls: String = "") {
        self.finding = finding
        self.id = id
        self.textAnchor = textAnchor
        self.controls = controls
    }

    /// The `<li>` element, ending with a newline.
    public var html: String {
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
        return html + controls + "</li>\n"
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
