import FactDeskKit

/// A part set between dashes right after its whole: "The fair fills 40 halls – 12 newly built –",
/// « répartis sur 40 sites – 12 construits pour l’occasion – ». The apposition says what some of
/// the whole are, so its count cannot exceed the whole.
///
/// The whole's noun holds at most three words; the part is a plain count followed by one to three
/// lowercase words, then the closing dash or the end of the sentence. Words of comparison, of
/// another time or of a unit ("64 fewer", "12 last year", "64 km apart", « 12 de plus », « 12
/// prévus au départ ») make the count something else than a part, and are left alone.
extension AdjacentParts {
    /// After a dashed count, words that make it no part of the whole before the dash, folded.
    static let dashedStops: Set<String> = [
        "more", "fewer", "less", "than", "up", "down", "last", "previous", "previously", "ago", "earlier", "before",
        "now", "today", "currently", "each", "per", "times", "percent", "were", "was", "had", "have", "initially",
        "originally", "planned", "expected", "proposed", "from", "in", "to", "plus", "moins", "que", "qu'", "de", "d'",
        "en", "chacun", "chacune", "par", "fois", "contre", "against", "versus", "vs", "etaient", "avaient", "prevus",
        "prevues", "initialement", "desormais", "maintenant", "aujourd'hui", "auparavant", "a", "an", "the", "le", "la",
        "les", "un", "une",
    ]
    /// How many words the whole's noun and the part's words may hold.
    static let dashedWords = 3

    /// Whether the second count stands between dashes right after the first and its noun, as a
    /// part of it: "40 halls – 12 newly built –".
    func isDashedPart(whole: Range<Int>, part: Range<Int>, in sentence: Range<Int>) -> Bool {
        let tokens = check.document.tokens
        // The whole's noun, then one dash or two ("--") set apart from it by a space.
        var dash = whole.upperBound
        while dash < part.lowerBound, tokens[dash].kind == .word { dash += 1 }
        let nounWords = dash - whole.upperBound
        guard nounWords >= 1, nounWords <= Self.dashedWords, dash < part.lowerBound,
            !Self.periodNouns.contains(check.folded[whole.upperBound]),
            tokens[dash].span.start > tokens[dash - 1].span.end,
            (dash..<part.lowerBound).allSatisfy({ RestatedParts.dashes.contains(tokens[$0].text) }),
            part.lowerBound - dash <= 2
        else { return false }
        // The part's words, then the closing dash or the end of the sentence.
        var end = part.upperBound
        while end < sentence.upperBound, tokens[end].kind == .word {
            guard !check.folded.isWord(end, in: Self.dashedStops), !Fold.isCapitalised(tokens[end].text) else {
                return false
            }
            end += 1
        }
        let partWords = end - part.upperBound
        guard partWords >= 1, partWords <= Self.dashedWords,
            !Self.periodNouns.contains(check.folded[part.upperBound])
        else { return false }
        return end == sentence.upperBound || RestatedParts.dashes.contains(tokens[end].text)
            || (end + 1 == sentence.upperBound && tokens[end].kind == .punctuation)
    }
}
