import FactDeskKit

/// Headlines that date an event by a weekday right after its name, with no verb: « Le 12e
/// sommet du Conseil ce samedi à Tallinn », "Baltic summit this Friday in Tallinn". The weekday
/// can only be a day of the event.
extension EventHeldWeekday {
    /// Marks that end a sentence of running text; a headline ends with none.
    static let sentenceEnds: Set<String> = [".", "!", "?", "…", ":", ";"]
    /// How many tokens a headline may have.
    static let headlineLength = 20

    /// Whether the weekday whose first token is `first` stands in a headline (a short sentence
    /// with no closing mark and no verb of taking place, opening or closing), right after a
    /// word: the event's name, which ``namesEvent(_:published:check:)`` then requires.
    static func isInHeadline(_ first: Int, sentence: Int, check: DateCheck) -> Bool {
        let tokens = check.document.sentences[sentence].tokens
        guard tokens.count <= headlineLength, first > tokens.lowerBound, let last = tokens.last,
            !sentenceEnds.contains(check.tokens[last].text), check.tokens[first - 1].kind != .punctuation
        else { return false }
        return !tokens.contains { index in
            let word = check.word(index)
            return heldVerbs.contains(word) || EventBoundaryWeekday.openingVerbs.contains(word)
                || EventBoundaryWeekday.closingVerbs.contains(word)
        }
    }
}
