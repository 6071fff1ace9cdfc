import FactDeskKit

/// Findings as one standalone HTML page: inline CSS, no scripts, no external assets.
///
/// For each document the page shows its path, language and publication date, its text with
/// every finding's span highlighted (`<mark>` coloured by severity, the message in its `title`),
/// and the list of findings with message, rule, suggestions and evidence. Everything that comes
/// from the draft or the checkers — text, paths, messages, suggestions, evidence — is
/// HTML-escaped; evidence sources become links only when they are `http` or `https` URLs.
public struct HTMLReport: Sendable {
    /// The page's title and top heading.
    public var title: String

    /// Creates an HTML report.
    /// - Parameter title: the page's title and top heading.
    public init(title: String = "FactDesk report") {
        self.title = title
    }

    /// Renders the page.
    /// - Parameter reports: the checked documents, in output order.
    /// - Returns: the HTML document, ending with a newline.
    public func render(_ reports: [DocumentReport]) -> String {
        let files = reports.count == 1 ? "1 file" : "\(reports.count) files"
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title.htmlEscaped)</title>
            <style>
            \(Self.styleSheet)</style>
            </head>
            <body>
            <header>
            <h1>\(title.htmlEscaped)</h1>
            <p class="summary">\(TextReport.summary(SeverityCounts(totalOf: reports), files: files))</p>
            </header>

            """
        for (index, report) in reports.enumerated() {
            page += section(report, id: "d\(index + 1)")
        }
        return page + "</body>\n</html>\n"
    }

    /// One document: heading, highlighted text and findings list. The text starts on the line
    /// after `<pre>`, because HTML drops one line break right after that tag and would otherwise
    /// eat a draft's leading blank line.
    private func section(_ report: DocumentReport, id: String) -> String {
        let document = report.document
        let numbered = report.findings.enumerated().map { index, finding in
            (finding: finding, id: "\(id)-f\(index + 1)")
        }
        let text = HighlightedText(
            scalars: document.scalars, findings: numbered.map { ($0.finding, "\($0.id)-text") })
        let published = document.published?.iso ?? "unknown"
        var html = """
            <section class="document" id="\(id)">
            <h2>\(TextReport.displayPath(document.path).htmlEscaped)</h2>
            <p class="meta">Language: \(document.language.rawValue) · Published: \(published) · \
            \(TextReport.summary(SeverityCounts(of: report), files: nil))</p>
            <pre class="draft" lang="\(document.language.rawValue)">
            \(text.html)</pre>

            """
        if !numbered.isEmpty {
            html += "<ol class=\"findings\">\n"
            for entry in numbered {
                html += FindingItem(finding: entry.finding, id: entry.id, textAnchor: "\(entry.id)-text").html
            }
            html += "</ol>\n"
        }
        return html + "</section>\n"
    }
}
