import FactDeskKit
import FactDeskText
import Foundation

/// Counts spelt as the number words of a hyphenated compound: "a six-member jury", "the
/// twenty-seven-nation bloc", "the nine-strong panel". The tokenizer keeps such a compound one
/// word, so the extractor reads no number in it. Here its words before the last hyphen, when
/// they are a cardinal number, become a number mention inside the word; the claim builder reads
/// the word after the hyphen as the capacity of "the 31-member alliance"
/// (``ClaimBuilder/capacity(word:term:)``), and only that.
enum CompoundCounts {
    /// The counts of the compounds among the document's words, in text order.
    static func counts(in document: Document) -> [Mention] {
        var found: [Mention] = []
        // Tokens are read in place, not copied one by one.
        let tokens = document.tokens
        for index in tokens.indices where tokens[index].kind == .word {
            if let count = count(tokens[index].text, start: tokens[index].span.start) { found.append(count) }
        }
        return found
    }

    /// Whether a byte is the first letter of an English or French number word, in either case
    /// ("one", "trois", « mille »).
    private static func isNumberInitial(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"),
            UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "d"), UInt8(ascii: "q"), UInt8(ascii: "c"),
            UInt8(ascii: "h"), UInt8(ascii: "v"), UInt8(ascii: "m"):
            true
        default: false
        }
    }

    /// The number words before the last hyphen of a word starting at offset `start`, as a
    /// mention, when they are all of a cardinal ("six" of "six-member"; not "second" of "second-hand").
    private static func count(_ text: String, start: Int) -> Mention? {
        // Cheap tests first: a word that starts like a number word and holds an ASCII hyphen.
        let bytes = text.utf8
        guard let first = bytes.first, isNumberInitial(first), bytes.contains(0x2D) else { return nil }
        let scalars = text.unicodeScalars
        guard let hyphen = scalars.lastIndex(of: "-"), hyphen != scalars.startIndex,
            scalars.index(after: hyphen) != scalars.endIndex
        else { return nil }
        let words = String(scalars[..<hyphen])
        guard let reading = NumberWords.read(words), !reading.isOrdinal, reading.value > 0 else { return nil }
        let length = scalars.distance(from: scalars.startIndex, to: hyphen)
        let span = Span(start: start, end: start + length)
        return Mention(kind: .number, text: words, span: span, value: .number(Decimal(reading.value)))
    }

    /// The word after the last hyphen of a token's text ("strong" of "nine-strong", "strong" itself).
    static func capacityWord(_ text: String) -> Substring {
        text.lastIndex(of: "-").map { text[text.index(after: $0)...] } ?? text[...]
    }
}
