import FactDeskKit

/// The parts of a competition told apart from its start, in one paragraph: its opener, its rounds
/// and its final ("The opener is played on June 5. … The final will be held at the Arena on
/// June 1"; « La compétition débutera le 20 juillet. … Les huitièmes de finale auront lieu à partir
/// du 15 juillet »). A round or final may come up to ``partSentenceReach`` sentences after the
/// start it follows, when it is the competition's own: no capitalised name owns it ("the
/// Champions League final", « la finale de la Coupe de France »).
extension RangeOrderRule {
    /// Rounds held within a competition's days, folded: they come after its start and before its
    /// final.
    static let withinRoundWords: Set<String> = [
        "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals", "quarterfinal",
        "quarterfinals", "demi-finale", "demi-finales", "huitiemes", "quarts",
    ]
    /// Words of a competition's first match, folded: "the tournament opener", "the opening match".
    static let openerWords: Set<String> = ["opener", "opening"]
    /// How many sentences after the start a round or a final may be read against it.
    static let partSentenceReach = 3
    /// How many first words of a sentence make its subject: "The tournament opener", "The final".
    static let subjectReach = 4
    /// Words that bring in an owner after a part: "the final of the Cup", « la finale de la Coupe ».
    private static let ownerWords: Set<String> = ["of", "de", "du", "des", "d'"]
    private static let articles: Set<String> = ["the", "la", "le", "l'", "les"]

    /// Whether the first words of sentence `sentence`, before token `first` (its first date's),
    /// hold one of `words`: "The final will be held at the Arena on June 1".
    static func subject(_ sentence: Range<Int>, before first: Int, holdsOneOf words: Set<String>, check: DateCheck)
        -> Bool
    {
        (sentence.lowerBound..<min(first, sentence.lowerBound + subjectReach)).contains { words.contains(check.word($0)) }
    }

    /// Words that may follow a competition's final, folded: verbs and prepositions ("the final
    /// will be held", "the final on", « la finale se jouera »), not a noun it qualifies ("the
    /// final report", « la version finale »).
    static let finalFollowers: Set<String> = [
        "will", "is", "was", "were", "would", "be", "on", "at", "in", "airing", "takes", "took", "set", "scheduled",
        "has", "had", "and", "of", "se", "aura", "a", "est", "sera", "le", "du", "de", "et", "prevue", "fixee", "aura",
    ]

    /// The index of a round or final word told for the date at token `first`: shortly before it,
    /// or in its sentence's subject when it is the sentence's first date. A final must be the
    /// noun ("the final on June 1"), not an adjective ("the final report on June 1").
    static func partWord(before first: Int, sentence: Range<Int>, isFirstDate: Bool, check: DateCheck) -> Int? {
        func isPart(_ index: Int) -> Bool {
            let word = check.word(index)
            if withinRoundWords.contains(word) { return true }
            guard finalWords.contains(word) else { return false }
            let next = index + 1
            return next >= sentence.upperBound || check.tokens[next].kind != .word
                || finalFollowers.contains(check.word(next)) || WordFolding.isCapitalised(check.tokens[next].text)
        }
        if let near = (max(sentence.lowerBound, first - finalReach)..<first).last(where: isPart) { return near }
        guard isFirstDate else { return nil }
        return (sentence.lowerBound..<min(first, sentence.lowerBound + subjectReach)).first(where: isPart)
    }

    /// Whether the part word at `index` is the competition's own, not another's: no capitalised
    /// name right before it (bar the sentence's first word) and none brought in right after it.
    static func isOwnPart(_ index: Int, sentence: Range<Int>, check: DateCheck) -> Bool {
        func isName(_ position: Int) -> Bool {
            sentence.contains(position) && check.tokens[position].kind == .word
                && WordFolding.isCapitalised(check.tokens[position].text)
        }
        if index - 1 > sentence.lowerBound, isName(index - 1) { return false }
        guard ownerWords.contains(check.word(index + 1)) else { return true }
        var next = index + 2
        while articles.contains(check.word(next)) { next += 1 }
        return !isName(next)
    }
}
