import FactDeskKit
import Foundation

/// Parts counted after their whole: "Sur les 196 pays membres d’INTERPOL, 205 étaient
/// représentés", "Of INTERPOL's 196 member countries, 240 sent a minister" — a count claim
/// opened by "sur", "parmi", "of" or "out of", then a comma, then a bare number larger than it.
struct WholeFirstParts {
    let check: NumberCheck

    /// A part larger than the whole written before it.
    struct Part {
        /// The part's number.
        var mention: Mention
        /// The whole's number as written.
        var whole: Decimal
        /// Where the whole is written, when it is in the part's sentence: the finding spans both,
        /// since either may be the wrong one.
        var wholeSpan: Span? = nil
    }

    /// Words that open a whole before its part, folded.
    static let openers: Set<String> = ["sur", "parmi", "of"]
    /// Words allowed between the opener and the whole's number: articles and possessives, folded.
    static let determiners: Set<String> = ["les", "ses", "leurs", "ces", "the", "its", "their", "these", "all"]
    /// How many tokens may stand between the whole's words and the comma ("d’INTERPOL").
    static let tailLength = 4

    /// The parts larger than their whole, in text order.
    func partsOverWhole() -> [Part] {
        let tokens = check.document.tokens
        return check.claims.compactMap { claim -> Part? in
            guard !claim.isPart, !claim.isPercent, opensAWhole(claim, tokens: tokens),
                let whole = claim.value.upper
            else { return nil }
            let sentence = check.document.sentences[check.document.sentenceIndex(of: claim.span.start)]
            var index = check.document.tokenIndex(from: claim.span.end)
            let last = min(sentence.tokens.upperBound, index + Self.tailLength + 1)
            while index < last, tokens[index].text != "," { index += 1 }
            guard index + 1 < sentence.tokens.upperBound, tokens[index].text == ",",
                let part = check.number(startingAt: tokens[index + 1].span.start), case .number(let value) = part.value,
                value > whole
            else { return nil }
            return Part(mention: part, whole: ClaimBuilder.writtenValue(claim.mention), wholeSpan: claim.mention.span)
        }
    }

    /// Whether "sur", "parmi", "of" or "out of" opens the claim, past articles and a possessive
    /// ("Of INTERPOL's 196…").
    private func opensAWhole(_ claim: Claim, tokens: [Token]) -> Bool {
        var index = check.document.tokenIndex(from: claim.span.start) - 1
        var skipped = 0
        while index >= 0, skipped < 3 {
            let word = Fold.word(tokens[index].text)
            if Self.openers.contains(word) { return true }
            guard Self.determiners.contains(word) || ClaimWords.isPossessive(tokens[index].text) || word == "'" || word == "s"
            else { return false }
            index -= 1
            skipped += 1
        }
        return false
    }
}
