import FactDeskKit

/// An event's first and last days given apart in one sentence, an opening word before the
/// first and a closing or continuing one before the last: "opened on July 2 and runs until July
/// 14", « ouvert le 3 mars, le salon fermera ses portes le 6 mars », "opened on Tuesday 3 March
/// and closed on Friday 6 March", or in two sentences, the second opening with a pronoun (« Le
/// festival ouvrira le 22 mai. Il se refermera le 31 mai »). A length of the same sentence is the
/// days between, both counted.
struct OpeningClosingDates {
    var opening: Mention
    var closing: Mention
    /// The days from the first to the last, both counted.
    var days: Int

    /// Words before the last day, folded: closing verbs, "until", « jusqu’au », continuing verbs.
    static let closingWords: Set<String> =
        EventBoundaryWeekday.closingVerbs.union(RangeOrderRule.continuingVerbs).union([
            "until", "till", "through", "jusqu'au", "jusqu'", "jusqu", "jusque",
        ])
    /// Opening words, folded: the opening verbs and the participles « ouvert », « ouverte ».
    static let openingWords: Set<String> = EventBoundaryWeekday.openingVerbs.union(["ouvert", "ouverte", "inaugure"])

    /// The first day after an opening word and the next day after a closing word, in sentence
    /// `index`, when the last comes after the first.
    static func pair(inSentence index: Int, check: DateCheck) -> OpeningClosingDates? {
        var opening: (mention: Mention, day: PartialDate)?
        for (mention, date) in days(inSentence: index, check: check) {
            if let open = opening, BoundaryWord.governs(mention, oneOf: closingWords, check: check) {
                guard let days = RangeDurationMismatchRule.inclusiveDays(from: open.day, to: date) else { return nil }
                return OpeningClosingDates(opening: open.mention, closing: mention, days: days)
            }
            if opening == nil, BoundaryWord.governs(mention, oneOf: openingWords, check: check) {
                opening = (mention, date)
            }
        }
        return nil
    }

    /// Pronouns that open a sentence whose subject is the event of the sentence before, folded.
    static let pronouns: Set<String> = ["il", "elle", "it"]

    /// The first day after an opening word in sentence `index - 1` and the first day after a
    /// closing word in sentence `index`, when that sentence opens with a pronoun (« Le festival
    /// ouvrira le vendredi 22 mai. Il se refermera le dimanche 31 mai »).
    static func pair(endingInSentence index: Int, check: DateCheck) -> OpeningClosingDates? {
        guard index > 0, pronouns.contains(check.word(check.document.sentences[index].tokens.lowerBound)) else {
            return nil
        }
        guard
            let open = days(inSentence: index - 1, check: check).first(where: {
                BoundaryWord.governs($0.mention, oneOf: openingWords, check: check)
            }),
            let close = days(inSentence: index, check: check).first(where: {
                BoundaryWord.governs($0.mention, oneOf: closingWords, check: check)
            }),
            let days = RangeDurationMismatchRule.inclusiveDays(from: open.day, to: close.day)
        else { return nil }
        return OpeningClosingDates(opening: open.mention, closing: close.mention, days: days)
    }

    /// The dates of sentence `index` that have a day and a month, with their day.
    private static func days(inSentence index: Int, check: DateCheck) -> [(mention: Mention, day: PartialDate)] {
        check.mentions(check.dates, in: check.document.sentences[index].span).compactMap { mention in
            guard case .date(let date, _) = mention.value, date.month != nil, date.day != nil else { return nil }
            return (mention, date)
        }
    }

    /// How many words after "avant" / "before" the closing word may come (« avant de s’achever »).
    static let closingReach = 3

    /// Whether the length is followed right away by "avant de" / "before" and a verb of closing
    /// (« trois semaines avant de s’achever », "three weeks before it ends"), not a noun of
    /// the end (« deux semaines avant la fin » is a delay).
    static func runsUpToClosing(_ duration: Mention, check: DateCheck) -> Bool {
        var index = check.document.tokenRange(of: duration.span).upperBound
        // « un périple de trois semaines de course avant … »: the noun of the length may come first.
        if ["de", "d'", "of"].contains(check.word(index)), check.tokens[safe: index + 1]?.kind == .word { index += 2 }
        let word = check.word(index)
        guard word == "before" || (word == "avant" && ["de", "d'"].contains(check.word(index + 1))) else { return false }
        return (index + 1...index + closingReach).contains { EventBoundaryWeekday.closingVerbs.contains(check.word($0)) }
    }
}
