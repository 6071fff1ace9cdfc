import FactDeskKit

extension SubjectResolver {
    /// Indefinite pronouns that stand for a new thing of a kind named before ("one with …",
    /// "another with …"), folded; the articles are ``ClaimWords/indefiniteArticles``.
    static let indefinitePronouns: Set<String> = ["one", "another", "autre"]
    /// Prepositions that attach a figure to the noun before them ("a tremor with a magnitude of
    /// 5.2", « une réplique avec une magnitude de 5,2 »), folded.
    static let attachingWords: Set<String> = ["with", "avec"]
    /// Prepositions that attach a figure to the noun before them when the property's term
    /// comes first (« une réplique de magnitude 5,2 », not « un bloc de 27 pays »), folded.
    static let termAttachingWords: Set<String> = ["de", "d"]
    /// English auxiliaries, which follow a noun phrase rather than end it ("a 60% turnout was
    /// recorded"), folded.
    static let auxiliaries: Set<String> = [
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "could", "can", "should",
        "may", "might", "must",
    ]

    /// Whether the figure of a claim on `claimTokens` belongs to a new thing its sentence
    /// introduces with an indefinite article or pronoun: "was a 5.2 magnitude tremor", "a
    /// tremor with a magnitude of 5.2", "two aftershocks, one with a magnitude of 4.1", « une
    /// réplique de magnitude 5,2 ». Such a figure is that thing's, never that of a subject named
    /// in an earlier sentence or elsewhere in the draft.
    func isOfIntroducedThing(claimTokens: Range<Int>, termEnd: Int, sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        func word(_ index: Int) -> String? {
            guard sentence.contains(index), tokens[index].kind == .word else { return nil }
            return Fold.word(tokens[index].text)
        }
        func isArticle(_ index: Int) -> Bool { word(index).map(ClaimWords.indefiniteArticles.contains) ?? false }
        func isPronoun(_ index: Int) -> Bool { word(index).map(Self.indefinitePronouns.contains) ?? false }
        func isIndefinite(_ index: Int) -> Bool { isArticle(index) || isPronoun(index) }
        func isCommonNoun(_ index: Int) -> Bool {
            guard word(index) != nil, let first = tokens[index].text.first else { return false }
            return first.isLetter && first.isLowercase
        }
        var before = claimTokens.lowerBound - 1
        // "a 5.2 magnitude tremor": the figure inside an indefinite noun phrase, before its noun
        // (not a verb: "a 60% turnout was recorded", "a 5.2 magnitude jolted").
        if document.language == .en, isIndefinite(before), termEnd < sentence.upperBound, isCommonNoun(termEnd),
            let noun = word(termEnd), !Self.attachingWords.contains(noun), !Self.auxiliaries.contains(noun),
            !noun.hasSuffix("ed")
        {
            return true
        }
        // "with a magnitude of 5.2", « de magnitude 5,2 »: the figure attached to the noun before.
        if isIndefinite(before) { before -= 1 }
        let isTermFirst = tokens[claimTokens.lowerBound].kind == .word
        guard let attaching = word(before),
            Self.attachingWords.contains(attaching) || (isTermFirst && Self.termAttachingWords.contains(attaching))
        else { return false }
        let owner = before - 1
        // "one with …", "another with …", « une autre de … ».
        if isPronoun(owner) { return true }
        // "a tremor with …", « une réplique de … », "a strong tremor with …".
        guard isCommonNoun(owner) else { return false }
        return isIndefinite(owner - 1) || (isCommonNoun(owner - 1) && isIndefinite(owner - 2))
    }
}
