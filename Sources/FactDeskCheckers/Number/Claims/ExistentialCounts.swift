import FactDeskKit

/// Counts after an existential "there are", « il y a » ("There are 3,400 shows at the
/// festival", « Il y a 24 équipes à la CAN »): how many there are of what the words after them
/// name, when nothing after those words makes them only some.
extension ClaimBuilder {
    /// Whether "there are", "there were", "there will be", « il y a », « il y avait », « il y
    /// aura » stands before the count at `start`, past an adverb ("there are now 56").
    func isExistential(before start: Int, in sentence: Range<Int>) -> Bool {
        var verb = start - 1
        while verb > sentence.lowerBound, start - verb <= 2, isWord(verb, in: ClaimWords.adverbs) { verb -= 1 }
        if isWord(verb, in: ClaimWords.existentialVerbs) {
            let there = isWord(verb - 1, in: ClaimWords.modals) ? verb - 2 : verb - 1
            return there >= sentence.lowerBound && isWord(there, in: ["there"])
        }
        return verb - 2 >= sentence.lowerBound && isWord(verb, in: Self.frenchExistentialVerbs)
            && isWord(verb - 1, in: ["y"]) && isWord(verb - 2, in: ["il"])
    }

    /// Whether an existential count's term ends its clause or brings in the body or event it is
    /// counted at ("There were 24 teams at the 2024 tournament", « Il y a 56 pays membres dans le
    /// Commonwealth »): the total. Other words after the term may make it some of them ("There
    /// are 12 shows from Ukraine at the festival", « Il y a 48 épreuves féminines aux Jeux »).
    func isExistentialWhole(termEnd: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> Bool {
        if termEnd >= sentence.upperBound || tokens[termEnd].kind == .punctuation { return true }
        guard isWord(termEnd, in: Self.existentialComplements) else { return false }
        var next = termEnd + 1
        if isWord(termEnd, in: ["lors"]), isWord(next, in: ClaimWords.complementWords) { next += 1 }
        if isWord(next, in: ClaimWords.articles) { next += 1 }
        if next < sentence.upperBound, tokens[next].isModernYear { next += 1 }
        guard next < sentence.upperBound,
            let named = subjects.named(startingAt: next, sentence: sentenceIndex, includingSeries: true)
        else { return false }
        return named.kind != .place && named.kind != .person
    }

    /// Verbs of « il y a » in its tenses, folded.
    static let frenchExistentialVerbs: Set<String> = ["a", "avait", "aura", "aurait", "eut"]

    /// Prepositions after an existential count's term that bring in the body or event it is
    /// counted at, folded: "at the festival", "in the Commonwealth", « aux Jeux », « lors de la CAN ».
    static let existentialComplements: Set<String> = [
        "at", "in", "for", "during", "a", "au", "aux", "dans", "pour", "lors",
    ]
}
