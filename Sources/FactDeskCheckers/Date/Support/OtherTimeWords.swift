import FactDeskKit

/// Words that set a sentence in another year or edition than the event the piece covers: « l’an
/// dernier », "last year", « lors de la précédente édition », "the previous edition", or a year
/// written alone that is not the event's ("en 2019"), unless a since clause looks back to it
/// ("the first winner since 1931"). A weekday in such a sentence is not a day of the event.
enum OtherTimeWords {
    /// Nouns of a year or an edition, folded: « an », « année », "year", « édition ».
    static let periodNouns: Set<String> = [
        "an", "l'an", "annee", "l'annee", "year", "edition", "l'edition", "editions", "session", "sommet", "summit",
    ]
    /// Words after one of ``periodNouns`` that make it an earlier one: « l’an dernier », « l’édition précédente ».
    static let earlierAfter: Set<String> = ["dernier", "derniere", "passe", "passee", "precedent", "precedente"]
    /// Words before one of ``periodNouns`` that make it an earlier one: "last year", "the previous edition".
    static let earlierBefore: Set<String> = ["last", "previous", "precedente", "precedent", "past"]

    /// Whether sentence `index` tells of another year or edition than `period`.
    static func shift(sentence index: Int, from period: EventPeriod, check: DateCheck) -> Bool {
        if tellsOfEarlierPeriod(sentence: index, check: check) { return true }
        let lowerBound = check.document.sentences[index].tokens.lowerBound
        return check.mentions(check.dates, in: check.document.sentences[index].span).contains { mention in
            guard case .date(let date, _) = mention.value, date.month == nil, let year = date.year else { return false }
            // "the first home winner since Louis Chiron raced … in 1931": a since clause looks back.
            let start = check.document.tokenIndex(from: mention.span.start)
            if looksBack(to: start, from: lowerBound, check: check) { return false }
            // "a third larger than in 2022", « plus qu’en 2022 »: the year compared with.
            if isCompared(start, from: lowerBound, check: check) { return false }
            return year != period.first.year && year != period.last.year
        }
    }

    /// How many tokens before a year the "since" of its clause may be.
    static let sinceReach = 10

    /// Whether the year at token `start` ends a clause that "since" or « depuis » opens within
    /// ``sinceReach`` tokens, with no punctuation between ("since Louis Chiron won here in 1931",
    /// « depuis 1931 »). « Depuis » before a capitalised word is a place of departure.
    static func looksBack(to start: Int, from lowerBound: Int, check: DateCheck) -> Bool {
        for index in stride(from: start - 1, through: max(lowerBound, start - sinceReach), by: -1) {
            if check.tokens[index].kind == .punctuation { return false }
            let word = check.word(index)
            if word == "since" { return true }
            if word == "depuis" { return !WordFolding.isCapitalised(check.tokens[index + 1].text) || index + 1 == start }
        }
        return false
    }

    /// Words of a comparison before the year compared with, folded: "than (in) 2023", « qu’en 2023 »,
    /// "compared with 2023".
    static let comparisonWords: Set<String> = ["than", "que", "qu'", "with", "to", "a"]

    /// Whether the year at token `start` is what the sentence compares with: after "than",
    /// « que », "compared with", « par rapport à », past "in", « en », "of", « de », "the".
    static func isCompared(_ start: Int, from lowerBound: Int, check: DateCheck) -> Bool {
        var index = start - 1
        while index > lowerBound, ["in", "en", "the", "of", "de"].contains(check.word(index)) { index -= 1 }
        guard index >= lowerBound, comparisonWords.contains(check.word(index)) else { return false }
        switch check.word(index) {
        case "with", "to": return ["compared", "comparison", "relative"].contains(check.word(index - 1))
        case "a": return check.word(index - 1) == "rapport" && check.word(index - 2) == "par"
        default: return true
        }
    }

    /// Whether sentence `index` sets itself in an earlier year or edition: « l’an dernier », "last
    /// year", "the previous edition".
    static func tellsOfEarlierPeriod(sentence index: Int, check: DateCheck) -> Bool {
        check.document.sentences[index].tokens.contains { token in
            periodNouns.contains(check.word(token))
                && (earlierAfter.contains(check.word(token + 1)) || earlierBefore.contains(check.word(token - 1)))
        }
    }
}
