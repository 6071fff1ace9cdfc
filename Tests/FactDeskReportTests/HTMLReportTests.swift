import FactDeskKit
import Testing

@testable import FactDeskReport

@Suite("HTMLReport")
struct HTMLReportTests {
    /// Whether every element that opens also closes, in order (void elements aside).
    private func isBalanced(_ html: String) -> Bool {
        let voidElements: Set = ["!doctype", "meta", "br"]
        var open: [String] = []
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "<") {
            guard let end = rest[start...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            let name = tag.drop(while: { $0 == "/" }).prefix(while: { !$0.isWhitespace }).lowercased()
            if voidElements.contains(name) { continue }
            if tag.hasPrefix("/") {
                guard open.popLast() == name else { return false }
            } else {
                open.append(name)
            }
        }
        return open.isEmpty
    }

    /// The draft as the page shows it: the `<pre>` content, tags removed and references decoded.
    private func shownText(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<pre class=\"draft\" lang=\"fr\">\n"))
        let end = try #require(html.range(of: "</pre>", range: start.upperBound..<html.endIndex))
        var text = ""
        var inTag = false
        for character in html[start.upperBound..<end.lowerBound] {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        for (reference, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: reference, with: character)
        }
        return text
    }

    @Test("escapes markup from the draft, the messages, suggestions, evidence and path")
    func escaping() throws {
        let text = "Le <script>alert('x')</script> & \"mardi\" 24."
        let document = Document(path: "<b>draft</b>.md", text: text, language: .fr)
        let finding = document.finding(
            checker: "date", rule: "weekday-mismatch", severity: .error, span: Fixtures.span(of: "\"mardi\"", in: text),
            message: "<script>alert(1)</script> « l'erreur » & co", suggestions: ["<img src=x onerror=alert(1)>"],
            evidence: [Evidence(statement: "<iframe>", source: "javascript:alert(1)")])
        let html = HTMLReport().render([DocumentReport(document: document, findings: [finding])])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("Le &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "))
        #expect(
            html.contains(
                "title=\"error: &lt;script&gt;alert(1)&lt;/script&gt; « l&#39;erreur » &amp; co [date/weekday-mismatch]\""
            ))
        #expect(html.contains(">&quot;mardi&quot;</mark>"))
        #expect(html.contains("<cite>javascript:alert(1)</cite>"))
        #expect(html.contains("<h2>&lt;b&gt;draft&lt;/b&gt;.md</h2>"))
        #expect(isBalanced(html))
        #expect(try shownText(html) == text)
    }

    @Test("stays well-formed with overlapping, nested and empty spans, and shows the text unchanged")
    func overlaps() throws {
        let text = "Le mardi 24 novembre 2025, à Marrakech."
        let document = Document(path: "a.md", text: text, language: .fr)
        func finding(_ start: Int, _ end: Int, _ severity: Severity) -> Finding {
            document.finding(
                checker: "date", rule: "r\(start)", severity: severity, span: Span(start: start, end: end), message: "m"
            )
        }
        let findings = [
            finding(3, 20, .warning), finding(9, 25, .error), finding(12, 14, .info), finding(27, 27, .info),
        ]
        let html = HTMLReport().render([DocumentReport(document: document, findings: findings)])
        #expect(isBalanced(html))
        let marks = html.matches(of: /<mark[^>]*>/).count
        #expect(marks == 6)
        #expect(html.matches(of: /<mark[^>]*>[^<]*<\/mark>/).count == marks, "no mark inside another")
        #expect(html.contains("<mark class=\"warning\" title=\"warning: m [date/r3]\">mardi </mark>"))
        #expect(
            html.contains("<mark class=\"error overlap\" title=\"warning: m [date/r3]\nerror: m [date/r9]\">24 </mark>")
        )
        #expect(html.contains("<mark class=\"info point\" title=\"info: m [date/r27]\"></mark>"))
        #expect(try shownText(html) == text)
        for index in 1...4 {
            #expect(html.contains("<span id=\"d1-f\(index)-text\"></span>"))
            #expect(html.contains("<a href=\"#d1-f\(index)-text\">"))
        }
    }

    @Test("is one standalone page: inline style, no scripts, no external assets")
    func standalone() {
        let html = HTMLReport(title: "Relecture").render([Fixtures.frenchReport])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<title>Relecture</title>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains(" src="))
        #expect(html.contains("<p class=\"summary\">1 error, 1 warning, 1 info in 1 file</p>"))
        #expect(html.contains("<a href=\"https://www.interpol.int/\">https://www.interpol.int/</a>"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test("keeps a leading blank line, fades settled findings and replaces control characters")
    func details() throws {
        let text = "\nLe mardi\u{0} 24."
        let html = HTMLReport().render([Fixtures.report(text: text, flagging: "mardi", status: .dismissed)])
        #expect(html.contains("<pre class=\"draft\" lang=\"fr\">\n\nLe "))
        #expect(html.contains("<mark class=\"error settled\""))
        #expect(html.contains("<li class=\"finding error settled\" id=\"d1-f1\">"))
        #expect(html.contains("<span class=\"status\">dismissed</span>"))
        #expect(!html.unicodeScalars.contains("\u{0}"))
        #expect(try shownText(html) == "\nLe mardi\u{FFFD} 24.")
    }
}
