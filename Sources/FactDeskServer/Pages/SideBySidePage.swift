import FactDeskCheckers
import FactDeskKit
import FactDeskReport

/// `GET /drafts/{name}/side-by-side`: a draft beside its other-language version, one table row
/// per pair of aligned paragraphs (a paragraph the other version lacks has a row of its own),
/// each version's findings highlighted at its own words and listed under it with its own
/// decision buttons, so a decision on one version does not decide the other. A parity finding
/// links to the place it points to in the other version: the other version's finding there,
/// else its aligned paragraph. Plain HTML: the two columns and the links work without script.
struct SideBySidePage {
    /// One version: its draft page's content, the document it was lined up from, the prefix of
    /// its HTML ids, and where its parity findings point in the other version.
    struct Side {
        let page: DraftPage
        let document: Document
        let prefix: String
        let targets: [Span: Span]

        var name: String { String(page.draft.dropFirst("drafts/".count)) }

        /// The HTML id of the finding at `index` of the page's findings.
        func item(_ index: Int) -> String { "\(prefix)\(index + 1)" }

        /// The HTML id of the cell of segment `index`.
        func cell(_ index: Int) -> String { "\(prefix)-p\(index)" }
    }

    let ours: Side
    let theirs: Side
    let pairs: [VersionAlignment.Pair]

    var body: String {
        let left = SideText(ours.document)
        let right = SideText(theirs.document)
        var html = """
            <nav class="crumbs"><a href="/">Drafts</a> / <a href="\(Link.draft(ours.page.draft))">\(ours.name.htmlEscaped)</a> \
            beside <a href="\(Link.draft(theirs.page.draft))">\(theirs.name.htmlEscaped)</a></nav>
            <h1>\(ours.name.htmlEscaped) · \(theirs.name.htmlEscaped)</h1>
            <table class="side-by-side">
            <thead><tr>\(heading(ours))\(heading(theirs))</tr></thead>
            <tbody>

            """
        for row in rows(left, right) {
            html += "<tr>" + cell(row.ours, of: ours, in: left) + cell(row.theirs, of: theirs, in: right) + "</tr>\n"
        }
        html += "</tbody>\n<tfoot><tr>"
        html += findings(of: ours, other: theirs, otherText: right) + findings(of: theirs, other: ours, otherText: left)
        return html + "</tr></tfoot>\n</table>\n"
    }

    private func heading(_ side: Side) -> String {
        let state: String
        if let revision = side.page.revision {
            let open = side.page.findings.filter { $0.status == .open }.count
            state = "checked in <code>\(revision.id.short)</code> · \(open) open of \(side.page.findings.count)"
        } else {
            state = "not checked yet"
        }
        return "<th scope=\"col\"><a href=\"\(Link.draft(side.page.draft))\">\(side.name.htmlEscaped)</a> "
            + "<span class=\"meta\">\(state)</span></th>"
    }

    /// The rows: both heads first, then the aligned pairs in order, each paragraph that no pair
    /// holds on a row of its own, where it stands.
    private func rows(_ left: SideText, _ right: SideText) -> [(ours: Int?, theirs: Int?)] {
        var rows: [(ours: Int?, theirs: Int?)] = [(left.head, right.head)]
        var nextLeft = left.firstParagraph
        var nextRight = right.firstParagraph
        for pair in pairs {
            guard let row = left.segment(startingAt: pair.ours.start), let column = right.segment(startingAt: pair.theirs.start)
            else { continue }
            while nextLeft < row { rows.append((nextLeft, nil)); nextLeft += 1 }
            while nextRight < column { rows.append((nil, nextRight)); nextRight += 1 }
            rows.append((row, column))
            nextLeft = row + 1
            nextRight = column + 1
        }
        while nextLeft < left.segments.count { rows.append((nextLeft, nil)); nextLeft += 1 }
        while nextRight < right.segments.count { rows.append((nil, nextRight)); nextRight += 1 }
        return rows.filter { $0.ours != nil || $0.theirs != nil }
    }

    /// One version's cell: its segment with the findings starting there highlighted, or an
    /// empty cell where the version has no paragraph for the row.
    private func cell(_ segment: Int?, of side: Side, in text: SideText) -> String {
        guard let segment else { return "<td class=\"absent\"></td>" }
        let span = text.segments[segment]
        let inside = side.page.findings.indices.filter { text.segment(containing: side.page.findings[$0].span.start) == segment }
        let marked = inside.map { index in
            var finding = side.page.findings[index]
            let start = finding.span.start - span.start
            finding.span = Span(start: min(start, span.length), end: max(start, min(finding.span.end, span.end) - span.start))
            return (finding: finding, anchor: side.item(index) + "-text")
        }
        let highlighted = HighlightedText(
            scalars: Array(side.document.scalars[span.start..<span.end]), findings: marked,
            items: inside.map(side.item))
        return "<td id=\"\(side.cell(segment))\"><pre class=\"draft\">\(highlighted.html)</pre></td>"
    }

    /// One version's findings, each with its decision buttons and, for a parity finding, a link
    /// to where it points in the other version.
    private func findings(of side: Side, other: Side, otherText: SideText) -> String {
        var html = "<td class=\"panel\"><h2>Findings of \(side.name.htmlEscaped)</h2>\n"
        guard !side.page.findings.isEmpty else { return html + "<p class=\"none\">No findings.</p></td>" }
        html += "<ol class=\"findings\">\n"
        for (index, finding) in side.page.findings.enumerated() {
            let link = otherVersionLink(finding, from: side, to: other, otherText: otherText)
            let controls = FindingControls(finding: finding, draft: side.page.draft).html
            html += FindingItem(
                finding: finding, id: side.item(index), textAnchor: side.item(index) + "-text", controls: link + controls
            ).html
        }
        return html + "</ol></td>"
    }

    /// The link from a parity finding to the other version: to the other version's finding at
    /// the span it points to, else to the cell holding that span.
    private func otherVersionLink(_ finding: Finding, from side: Side, to other: Side, otherText: SideText) -> String {
        guard finding.checker == ParityChecker.id, let target = side.targets[finding.span] else { return "" }
        let anchor: String
        if let index = other.page.findings.firstIndex(where: { $0.checker == ParityChecker.id && $0.span == target }) {
            anchor = other.item(index) + "-text"
        } else if let segment = otherText.segment(containing: target.start) {
            anchor = other.cell(segment)
        } else {
            return ""
        }
        let line = other.document.location(of: target.start).line
        return "<p class=\"other-version\"><a class=\"other-version\" href=\"#\(anchor)\">"
            + "In \(other.name.htmlEscaped), line \(line)</a></p>\n"
    }
}

/// A version's text cut for the table: the head before the first paragraph (front matter), then
/// one segment per paragraph running to the next one, trailing blank lines left out.
struct SideText {
    /// The segments, in text order; the head, when there is one, first.
    let segments: [Span]
    /// The head's index, `nil` when the text starts with a paragraph.
    let head: Int?

    init(_ document: Document) {
        let scalars = document.scalars
        var starts = document.paragraphs.map(\.start)
        if starts.first != 0 { starts.insert(0, at: 0) }
        head = document.paragraphs.first?.start == 0 ? nil : 0
        segments = starts.indices.map { index in
            var end = index + 1 < starts.count ? starts[index + 1] : scalars.count
            while end > starts[index], scalars[end - 1].properties.isWhitespace { end -= 1 }
            return Span(start: starts[index], end: end)
        }
    }

    /// The index of the first paragraph's segment.
    var firstParagraph: Int { head == nil ? 0 : 1 }

    /// The segment of the paragraph starting at `offset`.
    func segment(startingAt offset: Int) -> Int? {
        segments.firstIndex { $0.start == offset }
    }

    /// The segment an offset falls in.
    func segment(containing offset: Int) -> Int? {
        segments.lastIndex { $0.start <= offset }
    }
}
