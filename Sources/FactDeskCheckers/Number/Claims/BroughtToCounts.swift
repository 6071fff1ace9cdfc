import FactDeskKit

/// A count brought to a new figure before the property it counts: « porte à 32 le nombre de ses
/// membres », « portant à 577 le nombre de sièges », "bringing to 32 the number of member
/// countries" — the new total of that property.
extension ClaimBuilder {
    /// Verbs of bringing a count to a figure, folded: « porte à », « portant à », "bringing to".
    static let bringingVerbs: Set<String> = [
        "porte", "portant", "portera", "portait", "portent", "porteront", "porter", "bringing", "brings", "brought",
        "bring", "taking", "takes", "took", "raising", "raises", "raised",
    ]
    /// The noun of a count after the figure, with its article: « le nombre de », "the number of".
    static let broughtCountWords: [[String]] = [["le", "nombre"], ["the", "number"]]

    /// The property whose count a verb of bringing sets to the figure before it.
    /// - Parameters:
    ///   - end: the first token after the figure.
    ///   - start: the first token of the figure.
    func broughtToReading(after end: Int, start: Int, in sentence: Range<Int>) -> TermMatch? {
        guard start - 2 >= sentence.lowerBound, isWord(start - 1, in: ["a", "à", "to"]),
            isWord(start - 2, in: Self.bringingVerbs),
            Self.broughtCountWords.contains(where: { words in
                words.enumerated().allSatisfy { isWord(end + $0.offset, in: [$0.element]) }
            }),
            isWord(end + 2, in: ClaimWords.ofWords)
        else { return nil }
        var index = end + 3
        if isWord(index, in: ClaimWords.determiners) { index += 1 }
        guard index < sentence.upperBound, let found = terms.match(at: index, in: tokens),
            found.tokens.upperBound <= sentence.upperBound
        else { return nil }
        return TermMatch(property: found.property, term: found.tokens)
    }
}
