import FactDeskKit

/// "The fair opens 30 years after its first edition in 1996", « Les Jeux s’ouvrent trois ans
/// après ceux de 2021 »: years right before "after" / « après » run to the text's time only when
/// the rest of the sentence is in the present. "Three years after the 2019 flood, the dike was
/// rebuilt" dates the rebuilding, not the text, and stays silent. The year may be one the
/// extractor leaves unread, after « de » / "of" at the end of a clause (« un siècle après les Jeux
/// de 1924, … »).
enum PresentElapsedYears {
    /// The connectors that may follow the years right away.
    static let connectors: Set<String> = ["after", "apres"]
    /// Words of a clause set after the year that speaks of that past ("…in 1924, when the city
    /// staged them"): the sentence's tense is read before it.
    static let relativeOpeners: Set<String> = [
        "when", "which", "where", "who", "whose", "quand", "lorsque", "ou", "qui", "dont", "alors",
    ]
    /// English past forms that do not end in "-ed", folded.
    static let englishIrregularPasts: Set<String> = [
        "built", "rebuilt", "held", "won", "lost", "became", "saw", "fell", "rose", "went", "gave", "got", "made",
        "led", "ran", "drew", "fought", "brought", "bought", "kept", "spent", "sent", "did", "would", "could",
        "might", "should", "had", "been", "struck", "grew", "knew", "wrote", "chose", "broke", "sold", "paid",
    ]
    /// French forms of the past, of « être » and of the conditional, folded.
    static let frenchPasts: Set<String> = [
        "ete", "etait", "etaient", "fut", "furent", "avaient", "etait", "serait", "seraient", "aurait",
        "auraient",
    ]
    /// French endings of the imperfect and conditional (« accueillait », « seraient »).
    static let frenchImperfectEndings = ["ait", "aient"]

    /// The bare year the years run from, when "after" / « après » follows them right away and the
    /// sentence around the years and that year reads in the present.
    static func startYear(after duration: Mention, check: DateCheck) -> Mention? {
        let sentence = check.sentence(of: duration).tokens
        let after = check.document.tokenRange(of: duration.span).upperBound
        guard connectors.contains(check.word(after)) else { return nil }
        let end = min(sentence.upperBound, after + 1 + ElapsedYearsMismatchRule.yearReach)
        guard end > after + 1 else { return nil }
        let window = Span(start: duration.span.end, end: check.tokens[end - 1].span.end)
        guard let first = check.mentions(check.timeline, in: window).first ?? yearOf(after + 1..<end, check: check),
            first.kind == .date, case .date(let date, _) = first.value, date.year != nil, date.month == nil
        else { return nil }
        let yearEnd = check.document.tokenRange(of: first.span).upperBound
        var outside = Array(sentence.lowerBound..<check.document.tokenRange(of: duration.span).lowerBound)
        var index = yearEnd
        while index < sentence.upperBound,
            !(check.tokens[index].text == "," && relativeOpeners.contains(check.word(index + 1)))
        {
            outside.append(index)
            index += 1
        }
        return outside.contains(where: { isPastOrFuture($0, check: check) }) ? nil : first
    }

    /// Words right before a year that dates a noun: « les Jeux de 1924 », "the regatta of 1920".
    static let datingOf: Set<String> = ["de", "of"]

    /// A year of four digits that dates a noun and ends its clause, read as no date by the
    /// extractor: « un siècle après les Jeux de 1924, Paris … », "a century after the regatta of
    /// 1920." — with only words before it in `tokens`.
    private static func yearOf(_ tokens: Range<Int>, check: DateCheck) -> Mention? {
        guard let index = tokens.first(where: { check.tokens[$0].kind != .word }),
            check.tokens[index].isModernYear, let year = Int(check.tokens[index].text),
            datingOf.contains(check.word(index - 1)),
            index + 1 == check.tokens.count || [",", ".", ";"].contains(check.tokens[index + 1].text)
        else { return nil }
        let token = check.tokens[index]
        return Mention(kind: .date, text: token.text, span: token.span, value: .date(PartialDate(year: year), weekday: nil))
    }

    /// Whether token `index` is a word of a past, a future or a conditional.
    static func isPastOrFuture(_ index: Int, check: DateCheck) -> Bool {
        guard check.tokens[index].kind == .word else { return false }
        let word = check.word(index)
        // « à Paris » folds to the auxiliary « a »: only the unaccented word is a past.
        if word == "a", check.tokens[index].text.lowercased() != "a" { return false }
        if check.document.language == .fr {
            return TenseLexicon.frenchPastAuxiliaries.contains(word) || TenseLexicon.frenchPastForms.contains(word)
                || TenseLexicon.frenchFutureForms.contains(word) || frenchPasts.contains(word)
                || TenseLexicon.frenchFutureBeforeInfinitive.contains(word)
                || (word.count > 4 && frenchImperfectEndings.contains(where: word.hasSuffix))
                || (word.count > 4 && !TenseLexicon.frenchFutureLookalikes.contains(word)
                    && TenseLexicon.frenchFutureEndings.contains(where: word.hasSuffix))
        }
        return TenseLexicon.englishPastForms.contains(word) || TenseLexicon.englishPastAuxiliaries.contains(word)
            || TenseLexicon.englishFutureAuxiliaries.contains(word) || englishIrregularPasts.contains(word)
            || (word.count > 3 && word.hasSuffix("ed"))
    }
}
