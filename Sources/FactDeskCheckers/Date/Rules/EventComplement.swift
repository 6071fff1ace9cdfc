import FactDeskKit

/// An event noun or name that only completes another noun before it: "the counting of votes in
/// the general election", « le dépouillement des bulletins de la présidentielle ». The verb of
/// taking place that follows has that other noun for subject (the counting), which may have days
/// of its own, not the event.
enum EventComplement {
    /// Prepositions that hang a complement on a noun, folded.
    static let prepositions: Set<String> = ["of", "for", "in", "de", "du", "des", "d'", "pour"]
    /// Words that may stand between the preposition and the event's noun or name, folded.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "its", "their", "le", "la", "l'", "les", "ce", "cette", "son", "sa", "ses", "leur",
    ]
    /// Nouns of a part of an event with days of its own, folded: what opens or closes after
    /// them is that part ("the counting of ballots for the election ended", « le tirage au sort
    /// des délégués de l’Assemblée s’est achevé », "the first day of the fair ended"), where
    /// other nouns before an event's name may leave the event the subject.
    static let partsWithOwnDays: Set<String> = [
        "counting", "count", "tally", "recount", "depouillement", "decompte", "tirage", "sort", "draw",
        "registration", "inscriptions", "accreditation", "accreditations", "day", "jour", "journee",
    ]
    /// How many words before the preposition a part of ``partsWithOwnDays`` may head the chain of
    /// complements that ends with the event ("counting of ballots for the").
    static let chainReach = 5
    /// Words that make « de » part of a preposition, not a noun's complement, folded: « lors
    /// de », « à l’occasion de », « au cours de ».
    static let prepositionHeads: Set<String> = ["lors", "occasion", "cours"]
    /// Nouns that name an edition or a round of any event: "the 2024 edition of the festival", «
    /// le premier tour du scrutin » are the event.
    static let wholeNouns: Set<String> = ["edition", "editions", "session", "sessions", "tour", "round"]

    /// Whether the event noun or name whose first token is `index` is the complement of a noun
    /// that is not an event noun, within `words` (the tokens where the verb's subject is sought):
    /// capitalised words, numbers and determiners are passed over back to a preposition, whose
    /// noun before it decides: any noun but an event's, or, when `heads` is given, one of them at
    /// the head of a chain of complements within ``chainReach`` words.
    static func isComplement(
        at index: Int, within words: Range<Int>, heads: Set<String>? = nil, check: DateCheck
    ) -> Bool {
        var position = index - 1
        while position >= words.lowerBound, isPassedOver(position, first: words.lowerBound, check: check) {
            position -= 1
        }
        guard position > words.lowerBound, prepositions.contains(check.word(position)) else { return false }
        let head = position - 1
        // A capitalised noun inside the stretch is a word of a name ("the Summit of the Americas").
        guard check.tokens[head].kind == .word,
            head == words.lowerBound || !WordFolding.isCapitalised(check.tokens[head].text)
        else { return false }
        let word = check.word(head)
        // A chain of complements: "the counting of ballots for the election", « le tirage au sort des délégués de ».
        if let heads { return (max(words.lowerBound, head - chainReach)...head).contains { heads.contains(check.word($0)) } }
        return !EventWords.nouns.contains(word) && !wholeNouns.contains(word) && !prepositionHeads.contains(word)
    }

    /// Whether token `index` may stand inside the event's words: a determiner, a number, or a
    /// capitalised word of a name (not the first word of the stretch, capitalised anyway).
    private static func isPassedOver(_ index: Int, first: Int, check: DateCheck) -> Bool {
        let token = check.tokens[index]
        if token.kind == .number { return true }
        guard token.kind == .word else { return false }
        return determiners.contains(check.word(index)) || (index > first && WordFolding.isCapitalised(token.text))
    }
}
