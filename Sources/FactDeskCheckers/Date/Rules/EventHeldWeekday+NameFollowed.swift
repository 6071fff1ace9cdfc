import FactDeskKit

/// A weekday right after an event's own name in running text, with only its place and
/// prepositions between, when the name is where something happens ("the actor shone at the 2031
/// Film Awards in Kesra on Saturday night", « elle a chanté lors des Victoires 2031 à Kesra
/// samedi ») or the sentence's opening subject ("The 2031 Film Awards in Kesra on Saturday drew
/// …"). Whatever happened there happened on a day of the event.
///
/// Any other word before the name keeps it silent: "will brief reporters on the 2031 Film
/// Awards on Saturday" dates the briefing, "met before the 2031 Film Awards on Saturday" the
/// meeting. So does a comma before the weekday.
extension EventHeldWeekday {
    /// How many tokens may stand between the name's end and the weekday: "in Los Angeles on".
    static let nameGapReach = 6
    /// Words that may stand between the name and the weekday, folded.
    static let nameGapWords: Set<String> = [
        "on", "in", "at", "this", "last", "late", "early", "a", "au", "en", "dans", "ce", "le", "la", "l'",
    ]
    /// Words right before the name (but for its article) that make it the place where something
    /// happens, folded: "at", "during", « au », « pendant »; and « de » after the words of
    /// ``EventComplement/prepositionHeads`` (« lors de », « au cours de »).
    static let presenceWords: Set<String> = ["at", "during", "au", "aux", "a", "pendant", "durant"]
    /// Articles that may open the name.
    static let nameArticles: Set<String> = ["the", "le", "la", "les", "l'"]

    /// The token right after an event's name that the weekday whose first token is `first`
    /// follows with only ``nameGapWords`` and capitalised words (its place) between, when the
    /// name opens the sentence or follows a word of presence (``opensPresence(at:sentence:check:)``).
    static func followedName(before first: Int, sentence: Int, check: DateCheck) -> Int? {
        check.names.subjects(inSentence: sentence).last { named in
            guard named.subject.kind == .event || named.subject.kind == .series, named.tokens.upperBound <= first,
                first - named.tokens.upperBound <= nameGapReach
            else { return false }
            return (named.tokens.upperBound..<first).allSatisfy { index in
                check.tokens[index].kind == .word
                    && (nameGapWords.contains(check.word(index)) || WordFolding.isCapitalised(check.tokens[index].text))
            } && opensPresence(at: named.tokens.lowerBound, sentence: sentence, check: check)
        }?.tokens.upperBound
    }

    /// Whether the name whose first token is `name`, past its article, opens the sentence or
    /// follows a word of presence.
    static func opensPresence(at name: Int, sentence: Int, check: DateCheck) -> Bool {
        let start = check.document.sentences[sentence].tokens.lowerBound
        var before = name - 1
        if before >= start, nameArticles.contains(check.word(before)) { before -= 1 }
        guard before >= start else { return true }
        let word = check.word(before)
        return presenceWords.contains(word)
            || (["de", "d'", "des", "du"].contains(word) && before > start
                && EventComplement.prepositionHeads.contains(check.word(before - 1)))
    }
}
