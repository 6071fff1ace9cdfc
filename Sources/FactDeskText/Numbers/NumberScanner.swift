import FactDeskKit
import Foundation

/// A number, ordinal or percentage found in the tokens.
struct NumberMatch {
    var value: Mention.Value
    var tokens: Range<Int>
}

/// Finds numbers, ordinals and percentages in tokens that no date or duration claimed.
struct NumberScanner {
    let tokens: [Token]
    let keys: WordKeys
    let digits: DigitNumberReader
    /// Tokens that belong to dates or durations.
    let claimed: [Bool]

    /// Every number, ordinal and percentage outside the claimed tokens, in text order.
    func matches() -> [NumberMatch] {
        var matches: [NumberMatch] = []
        var index = 0
        while index < tokens.count {
            if let phoneNumber = phoneNumber(at: index) {
                index = phoneNumber.upperBound
            } else if !claimed[index], let match = match(at: index) {
                matches.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    private func match(at index: Int) -> NumberMatch? {
        switch tokens[index].kind {
        case .number:
            guard !isClock(index), let number = digits.extent(at: index), isFree(number) else { return nil }
            var value = digits.value(of: number)
            var next = number.upperBound
            if let scale = scaleWord(at: next) {
                value *= Decimal(scale)
                next += 1
            }
            return withPercent(value, index..<next)
        case .word:
            if let ordinal = DigitOrdinal.value(of: tokens[index].text) {
                return NumberMatch(value: .ordinal(ordinal), tokens: index..<index + 1)
            }
            guard let (reading, count) = NumberWords.read(tokens[index...], key: { keys[$0] }),
                isFree(index..<index + count),
                count > 1 || isMeaningfulAlone(reading)
            else { return nil }
            if reading.isOrdinal { return NumberMatch(value: .ordinal(reading.value), tokens: index..<index + count) }
            return withPercent(Decimal(reading.value), index..<index + count)
        case .punctuation, .symbol:
            return nil
        }
    }

    /// Skips single words that are articles or idioms far more often than numbers: "un", "une",
    /// "one", "premier", "first", "second".
    private func isMeaningfulAlone(_ reading: NumberWords.Reading) -> Bool {
        reading.isOrdinal ? reading.value > 2 : reading.value > 1
    }

    /// The number as a percentage when "%", "pour cent" or "percent" follows it.
    private func withPercent(_ value: Decimal, _ range: Range<Int>) -> NumberMatch {
        let next = range.upperBound
        if next < tokens.count, tokens[next].text == "%", !tokens[next].followsLineBreak {
            return NumberMatch(value: .percent(value), tokens: range.lowerBound..<next + 1)
        }
        if let key = keys[next], Self.percentWords.contains(key) {
            return NumberMatch(value: .percent(value), tokens: range.lowerBound..<next + 1)
        }
        if let key = keys[next], Self.percentPrefixes.contains(key), keys[next + 1] == Self.cent {
            return NumberMatch(value: .percent(value), tokens: range.lowerBound..<next + 2)
        }
        return NumberMatch(value: .number(value), tokens: range)
    }

    /// "percent", "pourcent"; and "pour cent", "per cent" in two words.
    private static let percentWords: Set<UInt64> = [Folding.key("percent")!, Folding.key("pourcent")!]
    private static let percentPrefixes: Set<UInt64> = [Folding.key("pour")!, Folding.key("per")!]
    private static let cent = Folding.key("cent")!

    /// "millions", "milliard", "billion" after digits ("1,5 milliard"): the multiplier.
    private func scaleWord(at index: Int) -> Int? {
        guard let key = keys[index], let atom = NumberWordsLexicon.atoms[key], atom.kind == .scale,
            !atom.isOrdinal, atom.value >= 1_000_000
        else { return nil }
        return atom.value
    }

    /// The tokens of a phone number starting at `index`: four or more pairs of digits apart by
    /// a space, a period or a hyphen ("01 23 45 67 89", "01.23.45.67.89").
    private func phoneNumber(at index: Int) -> Range<Int>? {
        func isPair(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .number && tokens[index].text.utf8.count == 2
        }
        guard isPair(index) else { return nil }
        var end = index + 1
        while true {
            if isPair(end), tokens[end].followsSpace, !tokens[end].followsLineBreak {
                end += 1
            } else if end + 1 < tokens.count, [".", "-"].contains(tokens[end].text), !tokens[end].followsSpace,
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
    private func isClock(_ index: Int) -> Bool {
        func attachedColon(_ colon: Int) -> Bool {
            colon > 0 && colon + 1 < tokens.count && tokens[colon].text == ":" && !tokens[colon].followsSpace
                && !tokens[colon + 1].followsSpace && tokens[colon - 1].kind == .number
                && tokens[colon + 1].kind == .number
        }
        return attachedColon(index + 1) || attachedColon(index - 1)
    }

    private func isFree(_ range: Range<Int>) -> Bool {
        !range.contains { claimed[$0] }
    }
}
