import FactDeskKit
import Foundation

/// A number written twice, in words and in digits, with two values: « dix-sept (19) candidats »,
/// "nineteen (17) candidates", « 19 (dix-sept) ».
struct WrittenTwice {
    let check: NumberCheck

    /// A number and the one in parentheses right after it, when they differ.
    struct Mismatch {
        /// From the first number to the closing parenthesis.
        var span: Span
        var first: Mention
        var second: Mention
    }

    /// The numbers whose two writings differ, in text order.
    func mismatches() -> [Mismatch] {
        let tokens = check.document.tokens
        let numbers = check.numbers
        return numbers.indices.dropLast().compactMap { index -> Mismatch? in
            let first = numbers[index]
            let second = numbers[index + 1]
            guard case .number(let firstValue) = first.value, case .number(let secondValue) = second.value,
                first.bound == nil, second.bound == nil, firstValue != secondValue,
                Self.hasDigits(first.text) != Self.hasDigits(second.text)
            else { return nil }
            let firstRange = check.document.tokenRange(of: first.span)
            let secondRange = check.document.tokenRange(of: second.span)
            guard secondRange.lowerBound == firstRange.upperBound + 1, tokens[firstRange.upperBound].text == "(",
                secondRange.upperBound < tokens.count, tokens[secondRange.upperBound].text == ")"
            else { return nil }
            return Mismatch(
                span: first.span.union(tokens[secondRange.upperBound].span), first: first, second: second)
        }
    }

    private static func hasDigits(_ text: String) -> Bool {
        // An ASCII text is read byte by byte: its characters are single bytes, its numbers digits.
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.contains { (0x30...0x39).contains($0) } }
        return text.contains { $0.isASCII && $0.isNumber }
    }
}
