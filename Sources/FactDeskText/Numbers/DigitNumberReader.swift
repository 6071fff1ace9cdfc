import FactDeskKit
import Foundation

/// Reads numbers written with digits across tokens: "196", "1 234,5" (French, grouped by a
/// space, U+00A0 or U+202F), "1,234.5" (English), "12.5".
struct DigitNumberReader {
    let tokens: [Token]
    let text: NormalizedText
    let language: Language

    /// A number and the index of the token after it.
    typealias NumberAndNext = (value: Decimal, next: Int)

    /// The number whose first digits are number token `index`.
    ///
    /// Thousands groups have three digits after a first group of one to three; French groups
    /// with a space (plain, no-break or narrow no-break), English with a comma or a no-break
    /// space. The decimal mark is a comma in French and a period in English; a period between
    /// digits also reads as decimal in French ("1.5"). Groups and marks must touch the digits.
    func read(at index: Int) -> NumberAndNext? {
        guard tokens[index].kind == .number else { return nil }
        var digits = tokens[index].text
        var next = index + 1
        if digits.utf8.count <= 3 {
            while let group = groupAfter(next - 1) {
                digits += tokens[group].text
                next = group + 1
            }
        }
        var fraction = ""
        if isAttachedNumber(next + 1), isAttached(next), isDecimalMark(tokens[next].text) {
            fraction = tokens[next + 1].text
            next += 2
        }
        return (decimal(digits, fraction), next)
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

    private func isAttachedNumber(_ index: Int) -> Bool {
        isAttached(index) && tokens[index].kind == .number
    }

    private func isDecimalMark(_ mark: String) -> Bool {
        mark == "." || (language == .fr && mark == ",")
    }

    private func decimal(_ digits: String, _ fraction: String) -> Decimal {
        Decimal(string: fraction.isEmpty ? digits : digits + "." + fraction)!
    }
}
