import FactDeskKit

/// Words that refer to a subject without naming it: a definite description ("the alliance",
/// "the transatlantic Alliance", « le géant du luxe », "this election", « l’organisation ») or a
/// possessive ("its", « ses »), found around a claim so that the subject resolver can read them
/// as the most recent subject that fits.
struct Descriptions {
    let document: Document

    /// A description or possessive near a claim.
    struct Description {
        /// The words as written ("the transatlantic Alliance", "Ses").
        var tokens: Range<Int>
        /// The kinds of subject it can refer to; `nil` for a possessive, which fits any.
        var kinds: Set<ReferenceSubject.Kind>?
    }

    /// Nouns of descriptions and the kinds of subject they refer to, folded.
    static let nouns: [String: Set<ReferenceSubject.Kind>] = {
        let organization: Set<ReferenceSubject.Kind> = [.organization, .other]
        let event: Set<ReferenceSubject.Kind> = [.event, .other]
        let place: Set<ReferenceSubject.Kind> = [.place]
        var nouns: [String: Set<ReferenceSubject.Kind>] = [:]
        for word in [
            "alliance", "organization", "organisation", "union", "bloc", "body", "association", "federation",
            "institution", "agency", "company", "firm", "group", "giant", "corporation", "commonwealth", "community",
            "club", "league", "chamber", "parliament", "assembly", "court", "council", "commission",
            "chipmaker", "carmaker", "maker", "manufacturer", "geant", "groupe", "entreprise", "societe", "firme",
            "communaute", "agence", "ligue", "chambre", "parlement", "assemblee", "cour", "conseil", "laboratory",
            "lab", "laboratoire", "house", "legislature", "hemicycle",
        ] {
            nouns[word] = organization
        }
        for word in [
            "election", "summit", "festival", "tournament", "championship", "championships", "competition",
            "mission", "spacecraft", "probe", "fair", "conference", "event", "trial", "elections", "scrutin",
            "sommet", "tournoi", "championnat", "salon", "sonde", "evenement", "proces", "presidentielle",
            "legislatives", "edition", "games", "jeux", "mondial",
        ] {
            nouns[word] = event
        }
        for word in ["country", "nation", "kingdom", "city", "capital", "pays", "royaume", "ville", "capitale"] {
            nouns[word] = place
        }
        return nouns
    }()

    /// Determiners before a description's noun, folded.
    static let determiners: Set<String> = [
        "the", "this", "that", "le", "la", "l'", "cette", "ce", "cet",
    ]
    /// Possessives that refer to a subject, folded.
    static let possessives: Set<String> = ["its", "their", "ses", "son", "sa", "leur", "leurs"]

    /// How many words may stand between a determiner and the noun ("the 31-member military alliance").
    static let modifierReach = 4

    /// The description a claim's words refer to its subject with: right after its term ("the
    /// 31-member military alliance"), between its term and its number ("the voter turnout for
    /// this election reached 63%"), a possessive right before it ("Ses ventes", "its 32
    /// members"), else the nearest description before it in its sentence ("the transatlantic
    /// Alliance has grown … to 31 member countries").
    func description(claimTokens: Range<Int>, termEnd: Int, sentence: Range<Int>) -> Description? {
        if let after = noun(after: termEnd, sentence: sentence) { return after }
        if let complement = complement(at: termEnd, before: claimTokens.upperBound) { return complement }
        for index in [claimTokens.lowerBound - 1, claimTokens.lowerBound - 2] where index >= sentence.lowerBound {
            if Self.possessives.contains(word(index)) { return Description(tokens: index..<index + 1, kinds: nil) }
        }
        var index = claimTokens.lowerBound - 1
        let floor = max(sentence.lowerBound, claimTokens.lowerBound - SubjectOccurrences.window)
        while index >= floor {
            if let kinds = Self.nouns[word(index)], let start = determiner(before: index, floor: floor) {
                return Description(tokens: start..<index + 1, kinds: kinds)
            }
            index -= 1
        }
        return nil
    }

    /// Whether a capitalised word is a description's noun ("the Alliance"), not a name.
    func isDescriptionNoun(_ index: Int) -> Bool {
        Self.nouns[word(index)] != nil && index > 0 && determiner(before: index, floor: max(0, index - 2)) != nil
    }

    /// A description right after a claim's term: "31-member military alliance".
    private func noun(after index: Int, sentence: Range<Int>) -> Description? {
        for next in index..<min(sentence.upperBound, index + 2) {
            guard document.tokens[next].kind == .word else { return nil }
            if let kinds = Self.nouns[word(next)] { return Description(tokens: index..<next + 1, kinds: kinds) }
        }
        return nil
    }

    /// A description brought in by a preposition right after a backward claim's term: "for this
    /// election", « à ce scrutin ».
    private func complement(at index: Int, before end: Int) -> Description? {
        let noun = index + 2
        guard noun < end, ClaimWords.describedComplementWords.contains(word(index)),
            Self.determiners.contains(word(index + 1)), let kinds = Self.nouns[word(noun)]
        else { return nil }
        return Description(tokens: index + 1..<noun + 1, kinds: kinds)
    }

    /// The determiner of a noun, within ``modifierReach`` words before it.
    private func determiner(before noun: Int, floor: Int) -> Int? {
        var index = noun - 1
        while index >= floor, noun - index <= Self.modifierReach {
            let token = document.tokens[index]
            if Self.determiners.contains(word(index)) { return index }
            guard token.kind == .word || token.kind == .number || token.text == "-" else { return nil }
            index -= 1
        }
        return nil
    }

    /// The folded word at `index`, without a possessive's "’s" ("the alliance’s membership").
    private func word(_ index: Int) -> String {
        let token = document.tokens[index]
        return token.kind == .word ? Fold.word(SubjectOccurrences.withoutPossessive(token.text)) : ""
    }
}
