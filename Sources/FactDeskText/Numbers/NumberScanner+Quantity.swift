import FactDeskKit
import Foundation

/// Single quantities: digits with their sign, scale, currency and percent sign; numbers in
/// words; ordinals in digits, words or Roman numerals.
extension NumberScanner {
    /// The quantity that starts at token `index`, if any.
    func quantity(at index: Int) -> NumberMatch? {
        let token = tokens[index]
        switch token.kind {
        case .number:
            guard !isClock(index) else { return nil }
            if let ordinal = spacedOrdinal(at: index) { return ordinal }
            return digitQuantity(from: index, at: index, unit: nil, isNegative: false)
        case .word:
            if let ordinal = DigitOrdinal.value(of: token.text) {
                return NumberMatch(value: .ordinal(ordinal), tokens: index..<index + 1)
            }
            if startsWithDigit(index) {
                return digitQuantity(from: index, at: index, unit: nil, isNegative: false)
            }
            if let roman = romanOrdinal(at: index) { return roman }
            if CurrencyLexicon.isCode(token.text), isOnSameLine(index + 1), startsWithDigit(index + 1) {
                return digitQuantity(from: index, at: index + 1, unit: token.text, isNegative: false)
            }
            return wordQuantity(at: index)
        case .punctuation, .symbol:
            guard isAttached(index + 1), startsWithDigit(index + 1) else { return nil }
            if let currency = CurrencyLexicon.symbol(token.mark) {
                return digitQuantity(from: index, at: index + 1, unit: currency, isNegative: false)
            }
            // A sign stands apart from what comes before it: "-5", but not "COVID-19".
            guard let sign = token.mark, sign == "-" || sign == "−" || sign == "+", token.followsSpace || index == 0,
                index == 0 || tokens[index - 1].kind != .number
            else { return nil }
            return digitQuantity(from: index, at: index + 1, unit: nil, isNegative: sign != "+")
        }
    }

    /// A French ordinal whose suffix stands apart from its digits, as some newsrooms type it: « la
    /// 29 ème édition », « la 34 e édition » (a bare « e » only before a word).
    private func spacedOrdinal(at index: Int) -> NumberMatch? {
        let suffix = index + 1
        guard isOnSameLine(suffix), tokens[suffix].kind == .word, tokens[suffix].followsSpace else { return nil }
        let text = tokens[suffix].text.lowercased()
        if text == "e" {
            guard isOnSameLine(suffix + 1), tokens[suffix + 1].kind == .word else { return nil }
        } else if !Self.spacedOrdinalSuffixes.contains(text) {
            return nil
        }
        let digits = tokens[index].text
        guard digits.count <= 4, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(digits) else {
            return nil
        }
        return NumberMatch(value: .ordinal(value), tokens: index..<suffix + 1)
    }

    /// The suffixes of a French ordinal that may stand apart from the digits, lowercase.
    static let spacedOrdinalSuffixes: Set<String> = ["ème", "eme", "ième", "ieme", "è", "ᵉ", "éme"]

    /// Whether token `index` exists and starts with an ASCII digit ("196", "3bn").
    private func startsWithDigit(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// Digits at `index`, with what comes before them from `start` (a sign or currency), and
    /// the scale, currency and percent sign after them.
    private func digitQuantity(from start: Int, at index: Int, unit: String?, isNegative: Bool) -> NumberMatch? {
        guard let number = digits.read(at: index) else { return nil }
        var value = number.value
        if isNegative { value.negate() }
        var next = number.tokens.upperBound
        var scale: Decimal?
        var unit = unit
        if let suffix = number.suffix {
            scale = ScaleAbbreviation.multiplier(suffix)
            if let currency = currency(at: next) {
                unit = unit ?? currency.code
                next = currency.next
            }
            guard unit != nil || !ScaleAbbreviation.needsCurrency(suffix) else { return nil }
        } else if let written = scaleWord(at: next, hasCurrency: unit != nil) {
            scale = written.multiplier
            next = written.next
            if let currency = currency(at: next, afterScaleWord: true) {
                unit = unit ?? currency.code
                next = currency.next
            }
        } else if let currency = currency(at: next) {
            unit = unit ?? currency.code
            next = currency.next
        }
        guard isFree(start..<next) else { return nil }
        if let scale { value *= scale }
        var match =
            unit == nil ? withPercent(value, start..<next) : NumberMatch(value: .number(value), tokens: start..<next)
        match.unit = unit
        match.scale = scale
        return match
    }

    /// A scale after digits and the index after it: a word ("millions", "milliard", "billion")
    /// or an abbreviation ("Md", "bn"; "M" and "k" only before a currency, or after one).
    private func scaleWord(at index: Int, hasCurrency: Bool) -> (multiplier: Decimal, next: Int)? {
        guard isOnSameLine(index), tokens[index].kind == .word else { return nil }
        if let key = keys[index], let atom = NumberWordsLexicon.atoms[key], atom.kind == .scale, !atom.isOrdinal,
            atom.value >= 1_000, atom.language == nil || atom.language == language
        {
            return (Decimal(atom.value), index + 1)
        }
        let word = Substring(tokens[index].text)
        guard let multiplier = ScaleAbbreviation.multiplier(word) else { return nil }
        if ScaleAbbreviation.needsCurrency(word), !hasCurrency, currency(at: index + 1) == nil { return nil }
        return (multiplier, index + 1)
    }

    /// A currency after an amount: a symbol ("€", "$"), which belongs to the mention, and the
    /// index after it; or a code or word ("EUR", "euros", after a scale word "d’euros"), which
    /// tells the unit but stays out of the mention, and the index of the word.
    private func currency(at index: Int, afterScaleWord: Bool = false) -> (code: String, next: Int)? {
        guard isOnSameLine(index) else { return nil }
        if let code = CurrencyLexicon.symbol(tokens[index].mark) { return (code, index + 1) }
        if let code = CurrencyLexicon.word(tokens[index], key: keys[index]) { return (code, index) }
        if afterScaleWord, let key = keys[index], NumberWordsLexicon.complementWords.contains(key),
            isOnSameLine(index + 1), let code = CurrencyLexicon.word(tokens[index + 1], key: keys[index + 1])
        {
            return (code, index)
        }
        return nil
    }

    /// The number as a percentage when "%", "pour cent" or "percent" follows it.
    func withPercent(_ value: Decimal, _ range: Range<Int>) -> NumberMatch {
        let next = range.upperBound
        if next < tokens.count, tokens[next].mark == "%", !tokens[next].followsLineBreak {
            return NumberMatch(value: .percent(value), tokens: range.lowerBound..<next + 1)
        }
        if let key = keys[next], NumberWordsLexicon.percentWords.contains(key) {
            return NumberMatch(value: .percent(value), tokens: range.lowerBound..<next + 1)
        }
        if let key = keys[next], NumberWordsLexicon.percentPrefixes.contains(key),
            keys[next + 1] == NumberWordsLexicon.cent
        {
            return NumberMatch(value: .percent(value), tokens: range.lowerBound..<next + 2)
        }
        return NumberMatch(value: .number(value), tokens: range)
    }

    /// A number or ordinal in words at `index` ("cent quatre-vingt-seize", "ninety-third"), with
    /// a multiplying noun after it ("deux douzaines", "two dozen", "une centaine de").
    private func wordQuantity(at index: Int) -> NumberMatch? {
        // Most words are no number: one look-up tells, before any reading starts.
        if let key = keys[index] {
            guard NumberWordsLexicon.atoms[key] != nil else { return nil }
        } else if !tokens[index].text.unicodeScalars.contains(where: NumberWords.isHyphen) {
            return nil
        }
        if let key = keys[index], NumberWordsLexicon.articles.contains(key),
            let multiplier = multiplier(at: index + 1), isFree(index..<index + 2)
        {
            return multiplied(1, by: multiplier, index..<index + 2)
        }
        guard let (reading, count) = NumberWords.read(tokens[index...], key: { keys[$0] }),
            isFree(index..<index + count)
        else { return nil }
        if reading.isOrdinal {
            // "premier", "first", "second" are idioms far more often than ranks.
            guard count > 1 || reading.value > 2 else { return nil }
            return NumberMatch(value: .ordinal(reading.value), tokens: index..<index + count)
        }
        if let multiplier = multiplier(at: index + count), isFree(index..<index + count + 1) {
            return multiplied(Decimal(reading.value), by: multiplier, index..<index + count + 1)
        }
        // "un", "une", "one" alone are articles far more often than numbers.
        guard count > 1 || reading.value > 1 else { return nil }
        var match = withPercent(Decimal(reading.value), index..<index + count)
        if case .number = match.value, let currency = currency(at: match.tokens.upperBound) {
            match.unit = currency.code
            match.tokens = index..<max(match.tokens.upperBound, currency.next)
        }
        return match
    }

    private func multiplied(_ value: Decimal, by multiplier: NumberWordsLexicon.Multiplier, _ range: Range<Int>)
        -> NumberMatch
    {
        var match = NumberMatch(value: .number(value * Decimal(multiplier.factor)), tokens: range)
        if multiplier.isApproximate { match.bound = (.approximately, range) }
        return match
    }

    /// A multiplying noun at `index`: "dozen"; French "douzaine", "centaine", "millier"… when
    /// "de" follows ("une centaine de pays").
    private func multiplier(at index: Int) -> NumberWordsLexicon.Multiplier? {
        guard isOnSameLine(index), let key = keys[index], let multiplier = NumberWordsLexicon.multipliers[key]
        else { return nil }
        guard multiplier.isApproximate else { return multiplier }
        guard let next = keys[index + 1], NumberWordsLexicon.complementWords.contains(next) else { return nil }
        return multiplier
    }

    /// A Roman numeral with a French ordinal suffix ("XXIe", "IIIe", "Ier"); a single letter
    /// that also spells a word ("Le", "De") only before a word such as "siècle".
    private func romanOrdinal(at index: Int) -> NumberMatch? {
        guard let roman = RomanNumeral.ordinal(tokens[index].text) else { return nil }
        if roman.isSingleLetter, RomanNumeral.ambiguousLetters.contains(roman.letter) {
            guard isOnSameLine(index + 1), tokens[index + 1].kind == .word,
                RomanNumeral.isContextWord(tokens[index + 1].text)
            else { return nil }
        }
        return NumberMatch(value: .ordinal(roman.value), tokens: index..<index + 1)
    }
}
