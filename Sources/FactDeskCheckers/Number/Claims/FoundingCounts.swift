import FactDeskKit

/// Counts of the countries or members that founded a body: "founded in 1971 by nine countries",
/// "set up in 1971 by nine states", « créé en 1971 par neuf pays », "In 1971, nine countries founded the Forum". The founders are all
/// of them, so such a count is a total even at the start of its sentence.
extension ClaimBuilder {
    /// The property of the members that founded a body.
    static let foundingMembers = "founding-members"

    /// Words of founding, folded: "founded", "set up", « créé », « fondèrent ».
    static let foundingWords: Set<String> = [
        "founded", "found", "created", "create", "established", "establish", "formed", "form", "fonde", "fondee",
        "fondes", "fondees", "fonderent", "fonder", "cree", "creee", "crees", "creees", "creerent", "creer",
    ]
    /// How many words before "by", « par » a word of founding may stand ("founded in 1971 by").
    static let foundingReach = 4

    /// Whether a word of founding stands within ``foundingReach`` words before token `lead`
    /// ("founded in 1971 by", "set up in 1971 by", « créé en 1971 par »).
    func isFoundedBy(_ lead: Int, in sentence: Range<Int>) -> Bool {
        (max(sentence.lowerBound, lead - Self.foundingReach)..<lead).contains(where: isFoundingWord)
    }

    /// Whether a word of founding follows a count's term within three words ("nine countries
    /// founded", "nine states set up", « neuf pays fondateurs ont créé »): the count is all the founders.
    func founds(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        (termEnd..<min(sentence.upperBound, termEnd + 3)).contains(where: isFoundingWord)
    }

    /// Adjectives that make a count of countries or members its founders: "its 12 founding
    /// governments", "the 12 original member states", « les 12 pays fondateurs », « les 12 États
    /// membres fondateurs », folded.
    static let foundingAdjectives: Set<String> = [
        "founding", "original", "fondateurs", "fondateur", "fondatrices", "fondatrice", "originels",
    ]
    /// Nouns that count founders only after a founding adjective ("its 12 original members",
    /// "12 founding European governments"), folded.
    static let founderNouns: Set<String> = ["members", "governments", "membres", "gouvernements"]

    /// Whether token `index` is a founding adjective.
    func isFoundingAdjective(_ index: Int) -> Bool {
        isWord(index, in: Self.foundingAdjectives)
    }

    /// Whether token `index` is a word of founding, or the "up" of "set up".
    private func isFoundingWord(_ index: Int) -> Bool {
        isWord(index, in: Self.foundingWords) || (isWord(index, in: ["up"]) && isWord(index - 1, in: ["set"]))
    }
}
