import FactDeskKit

/// An opening or closing ceremony that dates the event's first or last day by the weekday after
/// it: "the opening ceremony of the fair on Friday", « la cérémonie de clôture du festival,
/// dimanche », « la cérémonie d’ouverture des Jeux se tient ce vendredi ».
///
/// Between the ceremony and the weekday may stand only its complement (the event's name,
/// capitalised words, event nouns, articles), a verb of taking place and small words; any other
/// word ("drew crowds before the talks resumed on Monday") gives the weekday to another verb.
enum CeremonyBoundary {
    /// Ceremony nouns, folded.
    static let nouns: Set<String> = ["ceremony", "ceremonies", "ceremonie"]
    /// English words right before the noun: "opening ceremony" (`true`), "closing ceremony".
    static let englishBoundaries: [String: Bool] = ["opening": true, "closing": false]
    /// French words after the noun and « de »: « cérémonie d’ouverture », « de clôture ».
    static let frenchBoundaries: [String: Bool] = ["ouverture": true, "cloture": false]
    /// How many tokens before the weekday the ceremony noun may be.
    static let reach = 12
    /// Small words that may stand between the ceremony and the weekday, folded: articles and
    /// prepositions of its complement, the verbs of taking place or of schedule.
    static let smallWords: Set<String> = [
        "on", "the", "of", "this", "is", "was", "will", "be", "been", "set", "for", "scheduled", "due", "takes",
        "took", "take", "place", "held", "de", "des", "du", "d'", "la", "le", "les", "l'", "ce", "cette", "se",
        "s'", "est", "a", "aura", "lieu", "prevue", "prevu", "eu", "sera", "s", "'",
    ]

    /// The ceremony noun that the weekday whose first token is `first` dates, within its
    /// sentence's `tokens`, and whether the ceremony opens the event.
    static func boundary(before first: Int, in tokens: Range<Int>, sentence: Int, check: DateCheck) -> (
        index: Int, opens: Bool
    )? {
        let from = max(tokens.lowerBound, first - reach)
        guard let noun = (from..<first).last(where: { nouns.contains(check.word($0)) }) else { return nil }
        let opens: Bool
        var end = noun + 1
        if let english = englishBoundaries[check.word(noun - 1)], noun - 1 >= tokens.lowerBound {
            opens = english
        } else if ["de", "d'"].contains(check.word(noun + 1)), let french = frenchBoundaries[check.word(noun + 2)] {
            opens = french
            end = noun + 3
        } else {
            return nil
        }
        let named = check.names.subjects(inSentence: sentence).map(\.tokens)
        let passable = (end..<first).allSatisfy { index in
            let token = check.tokens[index]
            let word = check.word(index)
            guard WeekdayNames.weekday(word) == nil else { return false }
            return token.text == "," || token.text == "’" || token.kind == .number || smallWords.contains(word)
                || EventHeldWeekday.heldVerbs.contains(word) || EventWords.nouns.contains(word)
                || (token.kind == .word && WordFolding.isCapitalised(token.text))
                || named.contains { $0.contains(index) }
        }
        return passable && end <= first ? (noun, opens) : nil
    }
}
