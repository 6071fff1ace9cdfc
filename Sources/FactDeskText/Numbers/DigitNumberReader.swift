import FactDeskKit
import Foundation

/// Reads numbers written with digits across tokens: "196", "1 234,5" (French, grouped by a
/// space, U+00A0 or U+202F), "1,234.5" (English), "12.5".
///
/// Thousands groups have three digits after a first group of one to three; French groups
/// with a space (plain, no-break, narrow no-break or thin), English with a comma or a
/// no-break space. The decimal mark is a comma in French and a period in English; a period
/// between digits also reads as decimal in French ("1.5"). Marks must touch the digits.
struct DigitNumberReader {
    let tokens: [Token]
    let text: NormalizedText
    let language: Language

    /// The tokens of the number whose first digits are number token `index`.
    func extent(at index: Int) -> Range<Int>? {
        guard tokens[index].kind == .number else { return nil }
        var next = index + 1
        if tokens[index].text.utf8.count <= 3 {
            while let group = groupAfter(next - 1) { next = group + 1 }
        }
        if isAttached(next), isAttached(next + 1), tokens[next + 1].kind == .number,
            isDecimalMark(tokens[next])
        {
            next += 2
        }
        return index..<next
    }

    /// The value of the tokens of a number, as ``extent(at:)`` found them.
    func value(of extent: Range<Int>) -> Decimal {
        let hasFraction = extent.count >= 3 && isDecimalMark(tokens[extent.upperBound - 2])
        let digitTokens = extent.filter { tokens[$0].kind == .number }
        let fractionDigits = hasFraction ? tokens[extent.upperBound - 1].text.utf8.count : 0
        let digitCount = digitTokens.reduce(0) { $0 + tokens[$1].text.utf8.count }
        guard digitCount <= 18 else {
            let digits = digitTokens.map { tokens[$0].text }
            let integer = digits.dropLast(hasFraction ? 1 : 0).joined()
            return Decimal(string: hasFraction ? integer + "." + digits.last! : integer)!
        }
        var significand: UInt64 = 0
        for index in digitTokens {
            for byte in tokens[index].text.utf8 { significand = significand * 10 + UInt64(byte - 0x30) }
        }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }

    /// The index of a three-digit group that continues the number ending at token `index`:
    /// after an attached comma in English, or after one space scalar.
    private func groupAfter(_ index: Int) -> Int? {
        if language == .en, isAttached(index + 1), tokens[index + 1].text == ",", isGroup(index + 2),
            isAttached(index + 2)
        {
            return index + 2
        }
        let next = index + 1
        guard isGroup(next), !tokens[next].followsLineBreak else { return nil }
        let gap = tokens[index].normalizedRange.upperBound..<tokens[next].normalizedRange.lowerBound
        guard gap.count == 1 else { return nil }
        return groupSpaces.contains(text.scalars[gap.lowerBound]) ? next : nil
    }

    /// The spaces that group thousands: French takes a plain space too.
    private var groupSpaces: Set<Unicode.Scalar> {
        language == .fr ? [" ", "\u{00A0}", "\u{202F}", "\u{2009}"] : ["\u{00A0}", "\u{202F}", "\u{2009}"]
    }

    private func isGroup(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .number && tokens[index].text.utf8.count == 3
    }

    private func isAttached(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].followsSpace
    }

    private func isDecimalMark(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.text == "." || (language == .fr && token.text == ","))
    }
}
