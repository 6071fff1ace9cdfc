import Foundation
import Testing

@testable import FactDeskKit

@Suite("Document offsets")
struct DocumentOffsetsTests {
    /// The span of the first token whose text is `word`.
    private func span(of word: String, in document: Document) throws -> Span {
        try #require(document.tokens.first { $0.text == word }).span
    }

    @Test(
        "spans, lines and columns count Unicode scalars of the text as read",
        arguments: [
            // (text, word, start, line, column)
            ("Le 24 novembre", "novembre", 6, 1, 7),
            ("Été 2025 : novembre", "novembre", 11, 1, 12),
            ("E\u{301}te\u{301} 2025 : novembre", "novembre", 13, 1, 14),
            ("👨‍👩‍👧 🇫🇷 novembre", "novembre", 9, 1, 10),
            ("Un.\nDeux\nnovembre", "novembre", 9, 3, 1),
            ("Un.\r\nDeux\r\n  novembre", "novembre", 13, 3, 3),
            ("Un.\rDeux\r novembre", "novembre", 10, 3, 2),
        ])
    func location(text: String, word: String, start: Int, line: Int, column: Int) throws {
        let document = Document(path: "-", text: text)
        let found = try span(of: word, in: document)
        #expect(found == Span(start: start, end: start + 8))
        #expect(document.text(in: found) == word)
        #expect(document.location(of: found.start) == SourceLocation(line: line, column: column))
    }

    @Test func nfdWordsMapToTheirWholeOriginalScalars() throws {
        let text = "Le de\u{301}cembre, l’e\u{301}te\u{301}."
        let document = Document(path: "-", text: text)
        #expect(document.tokens.map(\.text) == ["Le", "décembre", ",", "l’", "été", "."])
        let decembre = try span(of: "décembre", in: document)
        #expect(document.text(in: decembre) == "de\u{301}cembre")
        let ete = try span(of: "été", in: document)
        #expect(document.text(in: ete) == "e\u{301}te\u{301}")
        #expect(document.tokens.last!.span == Span(start: 21, end: 22))
    }

    @Test func lineOfAnOffset() {
        let document = Document(path: "-", text: "Un.\r\nDeux trois\r\nQuatre")
        #expect(document.line(containing: 7) == ("Deux trois", 5))
        #expect(document.line(containing: 0) == ("Un.", 0))
    }

    @Test func quoteKeepsContext() {
        let document = Document(path: "-", text: "Le mardi 24 novembre 2025 à Marrakech")
        let quote = document.quote(Span(start: 3, end: 25))
        #expect(quote.exact == "mardi 24 novembre 2025")
        #expect(quote.prefix == "Le ")
        #expect(quote.suffix == " à Marrakech")
    }
}

@Suite("NormalizedText")
struct NormalizedTextTests {
    @Test func nfcTextKeepsOffsets() {
        let text = NormalizedText(Array("Été 👍 ok".unicodeScalars))
        #expect(text.originalSpan(0..<3) == Span(start: 0, end: 3))
        #expect(text.string(4..<5) == "👍")
    }

    @Test func nfdTextIsComposedAndMappedBack() {
        let original = Array("E\u{301}te\u{301} x".unicodeScalars)
        let text = NormalizedText(original)
        #expect(text.string(0..<text.scalars.count) == "Été x")
        #expect(text.originalSpan(0..<3) == Span(start: 0, end: 5))
        #expect(text.originalSpan(4..<5) == Span(start: 6, end: 7))
        #expect(text.originalSpan(5..<5) == Span(start: 7, end: 7))
    }

    @Test(
        "scalars that change under NFC are normalised even without combining marks",
        arguments: [
            ("\u{212B}", "\u{00C5}"), ("\u{2126}", "\u{03A9}"), ("\u{1100}\u{1161}", "\u{AC00}"),
            ("\u{0958}", "\u{0915}\u{093C}"),
        ])
    func quickCheckFallsBackToFullNormalisation(original: String, normalized: String) {
        let text = NormalizedText(Array(("Été " + original).unicodeScalars))
        #expect(text.string(4..<text.scalars.count) == normalized)
        #expect(NormalizedText.isCertainlyNFC(Array(original.unicodeScalars)) == false)
    }

    @Test func quickCheckAcceptsNFCText() {
        #expect(NormalizedText.isCertainlyNFC(Array("Été à Marrakech, 24 novembre 👍🏽 « ok » Ω".unicodeScalars)))
    }

    @Test func maskingKeepsOffsets() {
        let text = NormalizedText(Array("Voir https://x.y/e\u{301} puis 24 nov.".unicodeScalars))
        let string = text.string(0..<text.scalars.count)
        #expect(string.hasPrefix("Voir "))
        #expect(string.hasSuffix(" puis 24 nov."))
        #expect(text.scalars[5..<18].allSatisfy { $0 == " " })
    }
}
