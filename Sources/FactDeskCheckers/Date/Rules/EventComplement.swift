import FactDeskKit

/// An event noun or name that only completes another noun before it: "the counting of votes in
/// the general election", « le dépouillement des bulletins de la présidentielle », "the opening of
/// the summit". The verb that follows has that other noun for subject (the counting, the opening),
/// which may have days of its own, not the event.
enum EventComplement {
    /// Prepositions that hang a complement on a noun, folded.
    static let prepositions: Set<String> = ["of", "for", "in", "de", "du", "des", "d'", "pour"]
    /// Words that may stand between the preposition and the event's noun or name, folded.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "its", "their", "le", "la", "l'", "les", "ce", "cette", "son", "sa", "ses", "leur",
    ]
    /// Nouns that name an edition or a round of any event: "the 2024 edition of the festival", «
    /// le premier tour du scrutin » are the event.
    static let wholeNouns: Set<String> = ["edition", "editions", "session", "sessions", "tour", "round"]

    /// Words of an event's opening part, folded: "opening match", « match d’ouverture », "first stage".
    static let openingParts: Set<String> = [
        "opening", "inaugural", "ouverture", "inaugurale", "first", "premier", "premiere",
    ]
    /// Words of an event's closing part, folded: "closing ceremony", « cérémonie de clôture », "final stage".
    static let closingParts: Set<String> = ["closing", "cloture", "final", "finale", "last", "dernier", "derniere"]

    /// Whether the event noun or name whose first token is `index` is the complement of a noun
    /// that is not an event noun, within `words` (the tokens where the verb's subject is sought):
    /// capitalised words, numbers and determiners are passed over back to a preposition, whose
    /// noun before it decides.
    ///
    /// With an opening verb (`opens` true), a noun of the event's opening ("the opening match of
    /// the cup kicks off", « la première étape du Tour s’élance »), and with a closing verb (`opens`
    /// false) one of its close (« la cérémonie de clôture du festival »), is the event's own first
    /// or last day: the event stays the subject.
    static func isComplement(at index: Int, within words: Range<Int>, opens: Bool? = nil, check: DateCheck) -> Bool {
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
        if let opens {
            let part = opens ? openingParts : closingParts
            if part.contains(word) || part.contains(check.word(head - 1)) { return false }
        }
        return !EventWords.nouns.contains(word) && !wholeNouns.contains(word)
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
