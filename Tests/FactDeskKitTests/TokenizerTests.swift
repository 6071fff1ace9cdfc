import Testing

@testable import FactDeskKit

@Suite("Tokenizer")
struct TokenizerTests {
    private func texts(_ text: String) -> [String] {
        Document(path: "-", text: text).tokens.map(\.text)
    }

    @Test(
        "words keep inner hyphens, apostrophes and digits",
        arguments: [
            ("Ahmed Naser Al-Raisi", ["Ahmed", "Naser", "Al-Raisi"]),
            ("quatre-vingt-treize", ["quatre-vingt-treize"]),
            ("a-t-il dit", ["a-t-il", "dit"]),
            ("aujourd’hui", ["aujourd’hui"]),
            ("O'Neill", ["O'Neill"]),
            ("la 93e session", ["la", "93e", "session"]),
            ("le 1er décembre", ["le", "1er", "décembre"]),
            ("le G20", ["le", "G20"]),
            ("à 10h30", ["à", "10h30"]),
            ("don't", ["don't"]),
            ("J.-C.", ["J", ".", "-", "C", "."]),
            ("COVID-19", ["COVID", "-", "19"]),
        ])
    func words(text: String, expected: [String]) {
        #expect(texts(text) == expected)
    }

    @Test(
        "French elisions are words of their own",
        arguments: [
            ("l’Assemblée", ["l’", "Assemblée"]),
            ("L’Assemblée", ["L’", "Assemblée"]),
            ("d’INTERPOL", ["d’", "INTERPOL"]),
            ("qu’il", ["qu’", "il"]),
            ("jusqu’à", ["jusqu’", "à"]),
            ("lorsqu’elle", ["lorsqu’", "elle"]),
            ("puisqu’on", ["puisqu’", "on"]),
            ("c’est", ["c’", "est"]),
            ("j'ai", ["j'", "ai"]),
            ("n’est", ["n’", "est"]),
            ("s’exprimait", ["s’", "exprimait"]),
            ("m’a t’a", ["m’", "a", "t’", "a"]),
            ("N’Djamena", ["N’Djamena"]),
            ("M’Bala", ["M’Bala"]),
            ("quelqu’un", ["quelqu’un"]),
        ])
    func elisions(text: String, expected: [String]) {
        #expect(texts(text) == expected)
    }

    @Test(
        "numbers are ASCII digit runs; separators are tokens of their own",
        arguments: [
            ("1 234,5", ["1", "234", ",", "5"]),
            ("1\u{202F}234", ["1", "234"]),
            ("1,234.5", ["1", ",", "234", ".", "5"]),
            ("24-27 novembre", ["24", "-", "27", "novembre"]),
            ("12,5 %", ["12", ",", "5", "%"]),
            ("2025-11-24", ["2025", "-", "11", "-", "24"]),
        ])
    func numbers(text: String, expected: [String]) {
        #expect(texts(text) == expected)
    }

    @Test func kinds() {
        let tokens = Document(path: "-", text: "Le 93e, 196 pays : 12 % € 🇫🇷 👍🏽").tokens
        #expect(
            tokens.map(\.kind) == [
                .word, .word, .punctuation, .number, .word, .punctuation, .number, .symbol, .symbol, .symbol, .symbol,
            ])
        #expect(tokens.map(\.text).suffix(2) == ["🇫🇷", "👍🏽"])
    }

    @Test func spacingFlags() {
        let tokens = Document(path: "-", text: "Fin.\nDébut «\u{202F}oui\u{202F}»").tokens
        #expect(tokens.map(\.followsSpace) == [true, false, true, true, true, true])
        #expect(tokens.map(\.followsLineBreak) == [false, false, true, false, false, false])
    }

    @Test func spansAreInOriginalOffsets() {
        let text = "e\u{301}te\u{301} à Marrakech"  // NFD "été"
        let document = Document(path: "-", text: text)
        #expect(document.tokens.map(\.text) == ["été", "à", "Marrakech"])
        #expect(
            document.tokens.map(\.span) == [Span(start: 0, end: 5), Span(start: 6, end: 7), Span(start: 8, end: 17)])
        #expect(document.tokens.map { document.text(in: $0.span) } == ["e\u{301}te\u{301}", "à", "Marrakech"])
    }
}
