import FactDeskKit

/// Whether an event noun belongs to an event of its own, not the one a piece covers: a
/// capitalised name right before it ("the NATO Public Forum") or in its complement (« la
/// session ordinaire du Conseil exécutif »), that neither the reference data knows in its
/// sentence ("the NATO summit", « le sommet de l’Union africaine ») nor is the event's place
/// (« le sommet de Tallinn »).
enum EventNounOwner {
    /// Words that bring in an event noun's owner, folded: « sommet du Mercosur », "summit of".
    static let ownerWords: Set<String> = ["de", "d'", "du", "des", "of"]
    /// Articles between those words and the owner's name, folded.
    static let articles: Set<String> = ["la", "le", "l'", "les", "the"]
    /// Determiners, folded: capitalised after a dateline (« PARIS – Le sommet »), they name nothing.
    static let determiners: Set<String> = [
        "the", "this", "that", "these", "those", "a", "an", "le", "la", "les", "l'", "ce", "cet", "cette", "ces",
        "un", "une",
    ]
    /// How many lowercase words may stand between the noun and its owner (« session ordinaire du »).
    static let adjectiveReach = 2

    /// Whether the event noun at token `position` of sentence `sentence` has a name of its own
    /// that is not `period`'s.
    static func namesOther(noun position: Int, sentence: Int, period: EventPeriod, check: DateCheck) -> Bool {
        let tokens = check.document.sentences[sentence].tokens
        let named = check.names.subjects(inSentence: sentence)
        func isOtherName(_ index: Int) -> Bool {
            guard tokens.contains(index), check.tokens[index].kind == .word,
                WordFolding.isCapitalised(check.tokens[index].text), !isOrdinal(check.tokens[index].text),
                !determiners.contains(check.word(index))
            else { return false }
            return !named.contains { $0.tokens.contains(index) } && !period.places.contains(check.word(index))
        }
        if position - 1 > tokens.lowerBound, isOtherName(position - 1) { return true }
        var next = position + 1
        var adjectives = 0
        while next < tokens.upperBound, check.tokens[next].kind == .word, !ownerWords.contains(check.word(next)),
            !WordFolding.isCapitalised(check.tokens[next].text), adjectives < adjectiveReach
        {
            next += 1
            adjectives += 1
        }
        guard next < tokens.upperBound, ownerWords.contains(check.word(next)) else { return false }
        next += 1
        while next < tokens.upperBound, articles.contains(check.word(next)) { next += 1 }
        return isOtherName(next)
    }

    /// Whether a word is an ordinal written with digits or Roman numerals (« XIXe », "37th"),
    /// which may stand capitalised before an event noun without naming it.
    private static func isOrdinal(_ text: String) -> Bool {
        let lower = text.lowercased()
        for suffix in ["ème", "eme", "er", "e", "th", "st", "nd", "rd"] where lower.hasSuffix(suffix) {
            let stem = lower.dropLast(suffix.count)
            if !stem.isEmpty, stem.allSatisfy({ $0.isNumber || "ivxlcdm".contains($0) }) { return true }
        }
        return false
    }
}
