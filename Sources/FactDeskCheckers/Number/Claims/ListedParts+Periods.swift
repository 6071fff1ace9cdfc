import FactDeskKit
import Foundation

/// A length of time before a colon and the lengths of the same unit after it that split it: « huit
/// jours d’exposition : quatre journées professionnelles, suivies de trois jours publics », "ten
/// days: six days for the trade and four days for the public". Lengths that each name the whole's
/// unit and end with "and", « et », "followed by", « suivies de » cover it, so they must add up
/// to it; "ten days: six for the trade and four for the public" (a part without its unit) is not read.
extension ListedParts {
    /// Words that bring in a list's last element as the one after the others, as folded word
    /// sequences: « suivies de trois jours », "followed by three days".
    static let sequenceWords = FoldedPhrases([
        ["suivi", "de"], ["suivie", "de"], ["suivis", "de"], ["suivies", "de"], ["suivi", "d'"], ["suivie", "d'"],
        ["suivis", "d'"], ["suivies", "d'"], ["followed", "by"], ["then"], ["puis"],
    ])
    /// How many tokens may stand between the whole and the colon (« jours d’immersion au cœur du salon »).
    static let periodReach = 14

    /// The lengths of time that the lengths after their colon do not make, in text order. Only
    /// the durations of the draft are visited, so the scan costs nothing where there are none.
    func periodMismatches() -> [BreakdownSums.Mismatch] {
        let durations = check.durations.mentions
        return durations.indices.dropLast().compactMap { index -> BreakdownSums.Mismatch? in
            let whole = durations[index]
            guard case .duration(let amount, let unit) = whole.value, whole.bound == nil else { return nil }
            let range = check.document.tokenRange(of: whole.span)
            let sentence = check.document.sentences[check.document.sentenceIndex(of: whole.span.start)].tokens
            // The colon: within reach, with no figure between it and the whole.
            var colon = range.upperBound
            while colon < sentence.upperBound, colon - range.upperBound < Self.periodReach, tokens[colon].text != ":" {
                guard tokens[colon].kind != .number, ![".", ";", "(", ")"].contains(tokens[colon].text) else { return nil }
                colon += 1
            }
            guard colon + 1 < sentence.upperBound, tokens[colon].text == ":",
                durations[index + 1].span.start == tokens[colon + 1].span.start,
                let (parts, end) = periods(from: colon + 1, unit: unit, in: sentence), parts.reduce(0, +) != amount
            else { return nil }
            return BreakdownSums.Mismatch(span: whole.span.union(end), whole: whole, parts: parts)
        }
    }

    /// The lengths of one unit listed from token `start` and the span of the last one; nil unless
    /// there are two or more, each a duration and a few words, the last after a word that ends a
    /// list, and nothing after it adds to them.
    private func periods(from start: Int, unit: Mention.DurationUnit, in sentence: Range<Int>) -> ([Decimal], Span)? {
        var parts: [Decimal] = []
        var cursor = start
        var last: Span?
        var isLast = false
        while cursor < sentence.upperBound {
            guard let part = check.durations.mention(startingAt: tokens[cursor].span.start),
                case .duration(let length, unit) = part.value, part.bound == nil
            else { return nil }
            parts.append(length)
            last = part.span
            cursor = check.document.tokenRange(of: part.span).upperBound
            let words = cursor
            while cursor < sentence.upperBound, tokens[cursor].kind == .word, !isWord(cursor, in: BreakdownSums.joiners),
                Self.sequenceWords.end(at: cursor, in: check.folded, sentence: sentence) == nil,
                cursor - words < Self.elementReach
            {
                cursor += 1
            }
            if isLast { break }
            let hasComma = cursor < sentence.upperBound && tokens[cursor].text == ","
            if hasComma { cursor += 1 }
            if isWord(cursor, in: BreakdownSums.joiners) {
                cursor += 1
                isLast = true
            } else if let after = Self.sequenceWords.end(at: cursor, in: check.folded, sentence: sentence) {
                cursor = after
                isLast = true
            } else if !hasComma {
                return nil
            }
        }
        let goesOn = cursor + 1 < sentence.upperBound && tokens[cursor].text == ","
            && isWord(cursor + 1, in: Self.continuations)
        guard isLast, parts.count >= 2, !goesOn, let last else { return nil }
        return (parts, last)
    }
}
