import FactDeskKit

/// An ordinal in apposition to the previous or the next edition, with no date of its own: "the
/// previous edition, the 80th", « l’édition précédente, la 80e », "the next edition, the 21st
/// Games", « la prochaine édition, la 21e ». The previous one is the edition before the one under
/// way or just ended on the publication date (``EditionAnchor/previous``), and none when no
/// edition is near the publication; the next one is the first edition starting after it
/// (``EditionAnchor/next``).
extension EditionAnchor {
    /// Words that put an edition before the current one, folded.
    static let previousWords: Set<String> = ["previous", "precedente", "precedent"]
    /// Words that put an edition after the publication date, folded.
    static let nextWords: Set<String> = ["next", "prochaine", "prochain"]
    /// Words that make an event noun another edition than the one of a claim: ``previousWords``,
    /// ``nextWords`` and "last", « dernière », folded.
    static let otherEditionWords: Set<String> = previousWords.union(nextWords).union([
        "last", "prior", "derniere", "dernier",
    ])
    /// Whether a date at token `start` follows, within four tokens from `lowerBound` on, an
    /// event noun said to be another edition (« comme lors de la précédente édition, en 2021 », "the
    /// last edition in 2021"): that edition's date, not the numbered one's. `word` gives the
    /// folded word at a token.
    static func datesOtherEdition(at start: Int, from lowerBound: Int, word: (Int) -> String) -> Bool {
        guard start > lowerBound + 1 else { return false }
        return (max(lowerBound + 1, start - 4)..<start).contains { index in
            let (current, previous) = (word(index), word(index - 1))
            return (EditionNumberClaimBuilder.eventNouns.contains(current) && otherEditionWords.contains(previous))
                || (otherEditionWords.contains(current) && EditionNumberClaimBuilder.eventNouns.contains(previous))
        }
    }

    /// Articles that open the ordinal's apposition, folded.
    static let appositionArticles: Set<String> = ["the", "la", "le"]

    /// ``previous`` or ``next`` when the claim starting at token `start` follows an article, a
    /// comma and an event noun that a word of ``previousWords`` or ``nextWords`` qualifies, right
    /// before or right after it.
    static func appositionAnchor(_ document: Document, claimStart start: Int, sentence: Range<Int>, word: (Int) -> String)
        -> EditionAnchor?
    {
        guard start - 4 >= sentence.lowerBound, appositionArticles.contains(word(start - 1)),
            document.tokens[start - 2].text == ","
        else { return nil }
        let last = start - 3
        let relative: String
        if EditionNumberClaimBuilder.eventNouns.contains(word(last)) {
            relative = word(last - 1)
        } else if EditionNumberClaimBuilder.eventNouns.contains(word(last - 1)) {
            relative = word(last)
        } else {
            return nil
        }
        if previousWords.contains(relative) { return .previous }
        return nextWords.contains(relative) ? .next : nil
    }
}
