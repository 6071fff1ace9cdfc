import Testing

@testable import FactDeskKit

@Suite("ParagraphSplitter")
struct ParagraphSplitterTests {
    private func paragraphs(_ text: String) -> [String] {
        let document = Document(path: "-", text: text)
        return document.paragraphs.map { document.text(in: $0) }
    }

    @Test(
        "paragraphs are separated by blank lines and trimmed",
        arguments: [
            ("Un.\n\nDeux.", ["Un.", "Deux."]),
            ("  Un\nsuite.  \n \t \n\n\n  Deux.\n", ["Un\nsuite.", "Deux."]),
            ("Un.\r\n\r\nDeux.\r\n", ["Un.", "Deux."]),
            ("Un.\r\nsuite.", ["Un.\r\nsuite."]),
            ("\n\n\n", []),
            ("", []),
            ("---\ndate: 2025-11-24\n---\n\nTexte.", ["Texte."]),
            ("Avant.\n\n```\ncode\n\nencore\n```\n\nAprès.", ["Avant.", "Après."]),
        ])
    func split(text: String, expected: [String]) {
        #expect(paragraphs(text) == expected)
    }

    @Test func spansAreInOriginalOffsets() {
        let document = Document(path: "-", text: "Cafe\u{301} 👍.\n\nE\u{301}te\u{301}.")
        #expect(document.paragraphs == [Span(start: 0, end: 8), Span(start: 10, end: 16)])
    }
}
