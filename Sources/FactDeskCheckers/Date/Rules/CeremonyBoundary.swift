import FactDeskKit

/// An opening or closing ceremony that dates the event's first or last day by the weekday after
/// it: "the opening ceremony of the fair on Friday", « la cérémonie de clôture du festival,
/// dimanche », « la cérémonie d’ouverture des Jeux se tient ce vendredi ».
///
/// Between the ceremony and the weekday may stand only its complement (the event's name,
/// capitalised words, event nouns, articles), a verb of taking place and small words; any other
/// word ("drew crowds before the talks resumed on Monday") gives the weekday to another verb. A
/// ceremony that completes another noun ("a rehearsal of the opening ceremony on Monday") or
/// follows a word of time order (« avant la cérémonie d’ouverture, jeudi, les athlètes … ») may
/// leave the weekday to another verb or noun.
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

    /// Articles before the ceremony, folded.
    static let articles: Set<String> = ["the", "a", "an", "la", "l'", "une", "its", "sa", "leur"]
    /// Prepositions before the ceremony that make it another noun's complement, folded (but «
    /// lors de », during).
    static let complementLinks: Set<String> = ["of", "de", "du", "des", "d'"]

    /// Words of time order before the ceremony, folded: the weekday may date what comes before
    /// or after it.
    static let timeOrderWords: Set<String> = [
        "before", "after", "since", "until", "avant", "apres", "depuis", "jusqu'a", "jusqu'", "des",
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
        // "a rehearsal of the opening ceremony on Monday", « la répétition de la cérémonie »:
        // the weekday may be the other noun's.
        var lead = (englishBoundaries[check.word(noun - 1)] != nil ? noun - 2 : noun - 1)
        while lead >= tokens.lowerBound, articles.contains(check.word(lead)) { lead -= 1 }
        // « Avant la cérémonie d’ouverture, jeudi, les athlètes … »: the weekday may be the main clause's.
        // « lors de la cérémonie », "at the ceremony": the ceremony's own time.
        let linked = complementLinks.contains(check.word(lead)) && check.word(lead - 1) != "lors"
        guard lead < tokens.lowerBound || !(linked || timeOrderWords.contains(check.word(lead))) else { return nil }
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
