import FactDeskKit
import Foundation

/// A number, ordinal, percentage or range of numbers found in the tokens.
struct NumberMatch {
    /// What the words say, compactly: matches are copied often while a scan widens them.
    enum Value {
        case number(Decimal)
        case percent(Decimal)
        case ordinal(Int)
        case range(low: Decimal, high: Decimal)
    }

    var value: Value
    var tokens: Range<Int>
    /// The currency written with it, as an ISO 4217 code.
    var unit: String?
    /// The words that bound it ("plus de"), and what they say.
    var bound: (relation: NumberBound.Relation, tokens: Range<Int>)?
    /// The multiplier of the scale written after its digits ("2 millions", "3,2 Md€").
    var scale: Decimal?
}

/// Finds numbers, ordinals, percentages and ranges in tokens that no date or duration claimed.
///
/// One pass, left to right: at each token it tries a quantity (digits, words, a Roman ordinal),
/// then widens it to a range ("entre 150 et 200", "150–200") and looks a few words back for a
/// bound ("plus de"). Each attempt looks at a bounded number of tokens around the current one,
/// and a match's tokens are skipped, so the pass is linear in the number of tokens.
struct NumberScanner {
    let tokens: [Token]
    let keys: WordKeys
    let digits: DigitNumberReader
    /// Tokens that belong to dates or durations.
    let claimed: [Bool]

    /// The document's language, which decides the decimal mark and some words.
    var language: Language { digits.language }

    /// Every number, ordinal, percentage and range outside the claimed tokens, in text order.
    func matches() -> [NumberMatch] {
        var steps = 0
        return matches(steps: &steps)
    }

    /// Every match, counting in `steps` the tokens the scanner looked at, for complexity tests.
    func matches(steps: inout Int) -> [NumberMatch] {
        var matches: [NumberMatch] = []
        var index = 0
        while index < tokens.count {
            steps += 1
            if let phoneNumber = phoneNumber(at: index, steps: &steps) {
                index = phoneNumber.upperBound
            } else if !claimed[index], var match = quantity(at: index) {
                steps += match.tokens.count
                if let range = range(from: match) { match = range }
                if match.bound == nil {
                    match.bound = bound(before: match, floor: matches.last?.tokens.upperBound ?? 0)
                }
                matches.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The tokens of a phone number starting at `index`: four or more pairs of digits apart by
    /// a space, a period or a hyphen ("01 23 45 67 89", "01.23.45.67.89").
    private func phoneNumber(at index: Int, steps: inout Int) -> Range<Int>? {
        func isPair(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .number && tokens[index].text.utf8.count == 2
        }
        guard isPair(index) else { return nil }
        var end = index + 1
        while true {
            steps += 1
            if isPair(end), tokens[end].followsSpace, !tokens[end].followsLineBreak {
                end += 1
            } else if end + 1 < tokens.count, tokens[end].mark == "." || tokens[end].mark == "-",
                !tokens[end].followsSpace,
                isPair(end + 1), !tokens[end + 1].followsSpace
            {
                end += 2
            } else {
                break
            }
        }
        let pairs = (index..<end).count { tokens[$0].kind == .number }
        return pairs >= 4 ? index..<end : nil
    }

    /// Whether number token `index` is part of a time or ratio written with a colon ("10:30").
    func isClock(_ index: Int) -> Bool {
        func attachedColon(_ colon: Int) -> Bool {
            colon > 0 && colon + 1 < tokens.count && tokens[colon].mark == ":" && !tokens[colon].followsSpace
                && !tokens[colon + 1].followsSpace && tokens[colon - 1].kind == .number
                && tokens[colon + 1].kind == .number
        }
        return attachedColon(index + 1) || attachedColon(index - 1)
    }

    /// Whether none of the tokens belongs to a date or duration.
    func isFree(_ range: Range<Int>) -> Bool {
        !range.contains { claimed[$0] }
    }

    /// Whether token `index` exists and touches the token before it.
    func isAttached(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].followsSpace
    }

    /// Whether token `index` exists and is on the same line as the token before it.
    func isOnSameLine(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].followsLineBreak
    }
}
