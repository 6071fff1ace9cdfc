import FactDeskKit

/// A draft's text as HTML with every finding's span wrapped in `<mark>`.
///
/// Spans may overlap or nest, so the text is cut at every span boundary and each piece is marked
/// on its own, never nested: the HTML stays well-formed whatever the spans. A piece under several
/// findings takes the most severe one's colour, the class `overlap`, and all their messages in
/// its `title`; a piece whose findings were all dismissed or accepted also gets `settled`. An
/// empty span is shown as an empty `<mark class="point">`. Each finding's start carries an anchor
/// (`<span id="…">`) that the findings list links to; when the findings' list items are given,
/// each marked piece links back to the first finding it marks (`<a href="#item">`), which works
/// without any script.
public struct HighlightedText {
    /// The text, one element per Unicode scalar.
    public var scalars: [Unicode.Scalar]
    /// The findings to mark, with the HTML id of each one's anchor in the text.
    public var findings: [(finding: Finding, anchor: String)]
    /// The HTML id of each finding's item in a findings list, in the order of `findings`, for
    /// the marks to link to; `nil` for marks without links.
    public var items: [String]?

    /// Creates the highlighted text of `scalars`, marking each finding and anchoring it at `anchor`.
    /// - Parameter items: the id of each finding's list item, for marks that link to it.
    public init(scalars: [Unicode.Scalar], findings: [(finding: Finding, anchor: String)], items: [String]? = nil) {
        self.scalars = scalars
        self.findings = findings
        self.items = items
    }

    /// The HTML, to be placed inside a `<pre>`.
    public var html: String {
        let spans = findings.map { clamp($0.finding.span) }
        var cuts = Set([0, scalars.count])
        for span in spans {
            cuts.insert(span.start)
            cuts.insert(span.end)
        }
        let boundaries = cuts.sorted()
        var html = ""
        for (index, offset) in boundaries.enumerated() {
            for (position, span) in spans.enumerated() where span.start == offset {
                html += "<span id=\"\(findings[position].anchor)\"></span>"
                if span.start == span.end {
                    html += mark(covering: [position], classes: ["point"], text: "")
                }
            }
            guard index + 1 < boundaries.count else { break }
            let piece = offset..<boundaries[index + 1]
            let covering = spans.indices.filter {
                spans[$0].start <= piece.lowerBound && piece.upperBound <= spans[$0].end
            }
            let text = String(String.UnicodeScalarView(scalars[piece])).htmlEscaped
            html +=
                covering.isEmpty
                ? text
                : mark(covering: covering, classes: covering.count > 1 ? ["overlap"] : [], text: text)
        }
        return html
    }

    private func clamp(_ span: Span) -> Span {
        let start = min(max(0, span.start), scalars.count)
        return Span(start: start, end: min(max(start, span.end), scalars.count))
    }

    /// A `<mark>` coloured by the most severe of the findings at `positions`, titled with all
    /// their messages, its text a link to the first one's list item when ``items`` are given.
    private func mark(covering positions: [Int], classes: [String], text: String) -> String {
        let covering = positions.map { findings[$0].finding }
        let severity = covering.map(\.severity).max() ?? .info
        let title = covering.map { "\($0.severity.rawValue): \($0.message) [\($0.checker)/\($0.rule)]" }
            .joined(separator: "\n")
        let settled = covering.allSatisfy { $0.status != .open } ? ["settled"] : []
        let classList = ([severity.rawValue] + classes + settled).joined(separator: " ")
        let linked = items.flatMap { items in positions.first.map { "<a href=\"#\(items[$0])\">\(text)</a>" } }
        return "<mark class=\"\(classList)\" title=\"\(title.htmlEscaped)\">\(linked ?? text)</mark>"
    }
}
