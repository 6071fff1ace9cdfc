import Testing

@testable import FactDeskReport

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test(
        "measures text as a terminal shows it",
        arguments: [
            ("abc", 3),
            ("été", 3),
            ("e\u{301}te\u{301}", 3),
            ("東京", 4),
            ("서울", 4),
            ("ｆｕｌｌ", 8),
            ("😀", 2),
            ("👨‍👩‍👧", 2),
            ("🇫🇷", 2),
            ("❤️", 2),
            ("❤", 1),
            ("a\u{200B}b", 2),
        ])
    func columns(text: String, expected: Int) {
        #expect(DisplayWidth.columns(of: text) == expected)
    }

    @Test("gives a grapheme cluster's width to its first scalar")
    func perScalar() {
        #expect(DisplayWidth.columns(ofScalars: "e\u{301}😀x".unicodeScalars) == [1, 0, 2, 1])
        #expect(DisplayWidth.columns(ofScalars: "👨‍👩".unicodeScalars) == [2, 0, 0])
    }
}
