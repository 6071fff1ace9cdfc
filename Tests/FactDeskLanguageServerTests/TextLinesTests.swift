import FactDeskLanguageServer
import Testing

@Suite("TextLines")
struct TextLinesTests {
    /// "le 31 novembre" after an emoji (two UTF-16 units, four UTF-8 bytes) and a French accent.
    private let text = "Titre\r\n📅 Réunion le 31 novembre.\rFin\n"

    @Test(arguments: [
        (PositionEncoding.utf16, 14, 25), (PositionEncoding.utf8, 17, 28), (PositionEncoding.utf32, 13, 24),
    ])
    func positionsCountTheNegotiatedUnits(encoding: PositionEncoding, start: Int, end: Int) {
        let lines = TextLines(text)
        let offset = Array(text.unicodeScalars).firstIndex(of: "3")!
        let range = lines.range(from: offset, to: offset + 11, in: encoding)
        #expect(range == Range(start: Position(line: 1, character: start), end: Position(line: 1, character: end)))
        #expect(lines.offset(of: range.start, in: encoding) == offset)
        #expect(lines.offset(of: range.end, in: encoding) == offset + 11)
    }

    @Test func linesEndAtLineFeedCarriageReturnOrBoth() {
        let lines = TextLines(text)
        #expect(lines.position(of: text.unicodeScalars.count, in: .utf16) == Position(line: 3, character: 0))
        let fin = Array(text.unicodeScalars).firstIndex(of: "F")!
        #expect(lines.position(of: fin, in: .utf16) == Position(line: 2, character: 0))
        // A character past the line's end stops at its end, before the line break.
        #expect(lines.offset(of: Position(line: 0, character: 99), in: .utf16) == 5)
    }

    @Test func incrementalChangesReplaceTheirRange() {
        var lines = TextLines(text)
        let start = Position(line: 1, character: 14)
        lines.replace(Range(start: start, end: Position(line: 1, character: 16)), with: "30", in: .utf16)
        #expect(lines.text == "Titre\r\n📅 Réunion le 30 novembre.\rFin\n")
        lines.replace(
            Range(start: Position(line: 2, character: 3), end: Position(line: 3, character: 0)), with: "", in: .utf16)
        #expect(lines.text == "Titre\r\n📅 Réunion le 30 novembre.\rFin")
        lines.replace(nil, with: "Tout neuf", in: .utf16)
        #expect(lines.text == "Tout neuf")
    }

    @Test func theClientsFirstSupportedEncodingIsChosen() {
        #expect(PositionEncoding.negotiated(offered: nil) == .utf16)
        #expect(PositionEncoding.negotiated(offered: ["utf-8", "utf-16"]) == .utf8)
        #expect(PositionEncoding.negotiated(offered: ["latin-1", "utf-32"]) == .utf32)
        #expect(PositionEncoding.negotiated(offered: ["latin-1"]) == .utf16)
    }
}
