import FactDeskKit

/// An opening or closing word that governs a date: only small words stand between them
/// ("closes on June 14", « fermera ses portes le 6 mars », « la clôture, le 13 juin », « aura
/// lieu le 1er juin »), so that "opened its ticket office on May 2" does not date the opening.
enum BoundaryWord {
    /// Words that may stand between the opening or closing word and the date, folded.
    static let fillers: Set<String> = [
        "on", "the", "its", "their", "officially", "doors", "will", "be", "take", "place", "le", "la", "les", "l'",
        "ses", "leurs", "portes", "officiellement", "aura", "lieu", "au", "a", "est", "sera", "prevue", "prevu",
        // « s’élancera ce vendredi 5 janvier », "opens this Friday, 5 June"
        "ce", "this",
        // "kicks off on Monday"
        "off",
    ]
    /// How many tokens before a date the word may be.
    static let reach = 4

    /// Whether one of `words` governs the date `mention`: within ``reach`` tokens before it in
    /// its sentence, with only ``fillers``, weekdays and commas between.
    static func governs(_ mention: Mention, oneOf words: Set<String>, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        let sentence = check.sentence(of: mention).tokens
        for index in (max(sentence.lowerBound, first - reach)..<first).reversed() {
            let word = check.word(index)
            if words.contains(word) { return !namesPartOfTime(before: index, check: check) }
            let between = fillers.contains(word) || WeekdayNames.weekday(word) != nil || check.tokens[index].text == ","
            if !between { return false }
        }
        return false
    }

    /// Nouns of a stretch of time within an event, folded: "the weekend starting Friday" dates
    /// that weekend, not the event's opening.
    static let partsOfTime: Set<String> = [
        "weekend", "week-end", "week", "semaine", "fortnight", "quinzaine", "phase", "stage", "leg", "etape",
    ]

    /// Whether the word before token `index` is one of ``partsOfTime``.
    private static func namesPartOfTime(before index: Int, check: DateCheck) -> Bool {
        index > 0 && partsOfTime.contains(check.word(index - 1))
    }
}
