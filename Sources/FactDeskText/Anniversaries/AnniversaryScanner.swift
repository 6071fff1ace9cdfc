import FactDeskKit

/// An anniversary found in the tokens: its ordinal and the tokens from the ordinal to the noun.
struct AnniversaryMatch {
    var ordinal: Int
    var tokens: Range<Int>
}

/// Finds anniversaries: an ordinal before "anniversaire" or "anniversary" ("10e anniversaire",
/// "le dixième anniversaire", "its 10th anniversary", "the ninety-third anniversary"), and the
/// nouns that are one ("le centenaire de", "its centenary", "bicentennial").
///
/// The scan looks for the noun and reads the ordinal backwards from it, so words that are not
/// nouns of anniversaries cost one look-up each. "un centenaire" (a person aged 100) is not an
/// anniversary: a French noun counts only after a definite article, a possessive or a
/// demonstrative.
struct AnniversaryScanner {
    let tokens: [Token]
    let keys: WordKeys

    /// The longest ordinal in words before the noun, in tokens ("vingt et unième").
    private static let longestOrdinalInWords = 4

    /// Every anniversary, in text order.
    func matches() -> [AnniversaryMatch] {
        var matches: [AnniversaryMatch] = []
        for index in tokens.indices where tokens[index].kind == .word {
            let word: AnniversaryLexicon.Word?
            if let key = keys[index] {
                word = AnniversaryLexicon.words[key]
            } else {
                word = longWord(index)
            }
            switch word {
            case .noun:
                if let start = ordinalStart(before: index), let ordinal = ordinal(start..<index) {
                    matches.append(AnniversaryMatch(ordinal: ordinal, tokens: start..<index + 1))
                }
            case .englishYears(let years):
                matches.append(AnniversaryMatch(ordinal: years, tokens: index..<index + 1))
            case .frenchYears(let years):
                if let determiner = keys[index - 1], AnniversaryLexicon.frenchDeterminers.contains(determiner) {
                    matches.append(AnniversaryMatch(ordinal: years, tokens: index..<index + 1))
                }
            case nil:
                break
            }
        }
        return matches
    }

    /// A French noun of anniversary too long for a key ("cinquantenaire").
    private func longWord(_ index: Int) -> AnniversaryLexicon.Word? {
        let text = tokens[index].text
        guard text.utf8.count == "cinquantenaire".utf8.count else { return nil }
        return AnniversaryLexicon.longFrenchNouns[text.lowercased()].map { .frenchYears($0) }
    }

    /// Where the ordinal before the noun at `index` starts: the furthest token from which the
    /// words up to the noun read as one ordinal.
    private func ordinalStart(before index: Int) -> Int? {
        guard index > 0, tokens[index - 1].kind == .word else { return nil }
        if DigitOrdinal.value(of: tokens[index - 1].text) != nil { return index - 1 }
        let earliest = max(0, index - Self.longestOrdinalInWords)
        return (earliest..<index).first { start in
            NumberWords.read(tokens[start..<index], key: { keys[$0] }).map { $0.tokenCount == index - start } ?? false
        }
    }

    /// The value of the ordinal over `range`, digits or words.
    private func ordinal(_ range: Range<Int>) -> Int? {
        if range.count == 1, let value = DigitOrdinal.value(of: tokens[range.lowerBound].text) { return value }
        guard let (reading, count) = NumberWords.read(tokens[range], key: { keys[$0] }), count == range.count,
            reading.isOrdinal
        else { return nil }
        return reading.value
    }
}
