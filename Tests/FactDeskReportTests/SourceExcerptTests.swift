import Testing

@testable import FactDeskReport

@Suite("SourceExcerpt")
struct SourceExcerptTests {
    /// The excerpt of `line` highlighting the scalar range of `needle`'s first occurrence.
    private func excerpt(_ line: String, highlighting needle: String, maxColumns: Int = 160) -> SourceExcerpt {
        let span = Fixtures.span(of: needle, in: line)
        return SourceExcerpt(line: line, highlight: span.start..<span.end, maxColumns: maxColumns)
    }

    /// `columns` spaces, then `^` and `~` for a span `width` columns wide.
    private func underline(at columns: Int, width: Int) -> String {
        String(repeating: " ", count: columns) + "^" + String(repeating: "~", count: width - 1)
    }

    @Test("underlines by display width after accented letters, precomposed or combining")
    func accents() {
        #expect(excerpt("Élu président le 24", highlighting: "24").underline == underline(at: 17, width: 2))
        let decomposed = "E\u{301}lu pre\u{301}sident le 24"
        #expect(excerpt(decomposed, highlighting: "24").underline == underline(at: 17, width: 2))
        #expect(excerpt(decomposed, highlighting: "pre\u{301}sident").underline == underline(at: 4, width: 9))
    }

    @Test("gives emoji and CJK two columns each, before and inside the span")
    func wideCharacters() {
        #expect(excerpt("😀 le 24", highlighting: "24").underline == underline(at: 6, width: 2))
        #expect(excerpt("👨‍👩‍👧 le 24", highlighting: "24").underline == underline(at: 6, width: 2))
        #expect(excerpt("🇫🇷 le 24", highlighting: "24").underline == underline(at: 6, width: 2))
        #expect(excerpt("東京で 24", highlighting: "24").underline == underline(at: 7, width: 2))
        #expect(excerpt("à 東京 😀 !", highlighting: "東京 😀").underline == underline(at: 2, width: 7))
    }

    @Test("keeps tabs in the line and at the same places in the underline")
    func tabs() {
        let shown = excerpt("\tLe\t24 novembre", highlighting: "24 novembre")
        #expect(shown.line == "\tLe\t24 novembre")
        #expect(shown.underline == "\t  \t" + underline(at: 0, width: 11))
    }

    @Test("underlines to the line end when the span crosses it, and marks an empty span with a caret")
    func edges() {
        #expect(SourceExcerpt(line: "le lundi", highlight: 3..<20).underline == underline(at: 3, width: 5))
        #expect(SourceExcerpt(line: "le lundi", highlight: 3..<3).underline == "   ^")
        #expect(SourceExcerpt(line: "le lundi", highlight: 8..<9).underline == "        ^")
    }

    @Test("shows a line of 160 columns whole")
    func shortEnough() {
        let line = String(repeating: "a", count: 150) + " mardi 24 "
        #expect(line.count == 160)
        #expect(excerpt(line, highlighting: "mardi").line == line)
    }

    @Test("windows a long line around the span with ellipses")
    func window() {
        let line = String(repeating: "avant ", count: 50) + "mardi 24 novembre" + String(repeating: " après", count: 50)
        let shown = excerpt(line, highlighting: "mardi 24 novembre")
        #expect(shown.line.hasPrefix("…"))
        #expect(shown.line.hasSuffix("…"))
        #expect(shown.line.count <= 160)
        #expect(shown.line.contains("mardi 24 novembre"))
        let caret = shown.underline.firstIndex(of: "^")!
        let column = shown.underline.distance(from: shown.underline.startIndex, to: caret)
        let underlined = shown.line.dropFirst(column).prefix(17)
        #expect(underlined == "mardi 24 novembre")
        #expect(shown.underline.hasSuffix(underline(at: 0, width: 17)))
    }

    @Test("windows by display width, so a line of CJK is cut at half the characters")
    func windowWide() {
        let line = String(repeating: "東", count: 100) + "24" + String(repeating: "京", count: 100)
        let shown = excerpt(line, highlighting: "24")
        #expect(DisplayWidth.columns(of: shown.line) <= 160)
        #expect(shown.line.hasPrefix("…") && shown.line.hasSuffix("…"))
        #expect(shown.line.contains("24"))
    }

    @Test("shows the start of a span longer than the window")
    func longSpan() {
        let line = "début " + String(repeating: "x", count: 300) + " fin"
        let shown = excerpt(line, highlighting: String(repeating: "x", count: 300))
        #expect(shown.line.hasPrefix("début "))
        #expect(shown.underline.hasPrefix("      ^~~~"))
        #expect(DisplayWidth.columns(of: shown.line) <= 160)
    }
}
