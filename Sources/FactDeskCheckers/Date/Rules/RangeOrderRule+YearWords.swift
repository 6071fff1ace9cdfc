import FactDeskKit

/// Two years joined by words that go backwards, which the extractor leaves in pieces: "from 2019
/// to 2015", "between 2020 and 2015", « de 2019 à 2015 », « entre 2020 et 2015 », « de 2019
/// jusqu’en 2015 ».
///
/// Counts look the same ("fell from 2019 to 1850", « est passée de 2019 à 1500 visiteurs ») and so
/// do levels ("cut emissions from 2020 to 2005 levels"): the pair is read only when the second
/// year ends its clause or a preposition or conjunction follows it, and no word of change or count
/// comes just before the first.
extension RangeOrderRule {
    /// The words that may close a range of years, folded, by the word that opens it.
    static let yearRangeClosers: [String: Set<String>] = [
        "from": ["to", "until", "till", "through"], "de": ["a", "jusqu'"], "between": ["and"], "entre": ["et"],
    ]
    /// Words that may follow the second year of a range, folded: "from 2015 to 2019 under three
    /// directors", « de 2008 à 2001, puis », "between 2015 and 2020 in Leeds", "From 2015 to 2019
    /// the bloc grew" — prepositions, conjunctions, articles, pronouns and auxiliaries, never a
    /// noun ("2005 levels", « 1500 visiteurs »).
    static let afterYearRange: Set<String> = [
        "in", "at", "on", "under", "with", "when", "while", "and", "but", "as", "before", "after", "during", "for",
        "by", "then", "until", "the", "he", "she", "they", "it", "we", "its", "his", "her", "their", "was", "were",
        "is", "are", "has", "had", "inclusive", "sous", "puis", "avec", "dans", "a", "au", "en", "et", "mais",
        "lorsque", "quand", "pendant", "avant", "apres", "selon", "pour", "par", "sur", "chez", "ou", "il", "elle",
        "ils", "elles", "le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "est", "ont", "fut", "etait",
        "inclus",
    ]
    /// Words of a change in a count before "from … to" or « de … à », folded: "fell from 2019 to
    /// 1850", « est passée de 2019 à 1500 ».
    static let changeWords: Set<String> = [
        "fell", "fall", "falls", "fallen", "rose", "rise", "rises", "risen", "grew", "grow", "grows", "grown",
        "dropped", "drop", "drops", "increased", "increase", "increases", "decreased", "decrease", "decreases",
        "climbed", "climbs", "jumped", "jumps", "declined", "declines", "cut", "cuts", "reduced", "reduce",
        "raised", "raise", "soared", "plunged", "slipped", "shrank", "shrunk", "went", "go", "goes", "gone",
        "number", "numbers", "total", "passe", "passee", "passes", "passees", "passer", "passant", "chute",
        "baisse", "augmente", "augmentation", "hausse", "grimpe", "recule", "tombe", "tombee", "diminue",
        "progresse", "ramene", "ramener", "porte", "portee", "nombre", "effectif", "effectifs",
    ]

    /// "from 2019 to 2015", « entre 2020 et 2015 »: two years joined by words, the second before the first.
    func yearWordPairFindings(_ check: DateCheck) -> [Finding] {
        let tokens = check.tokens
        var findings: [Finding] = []
        for opener in tokens.indices.dropLast(3) {
            guard let closers = Self.yearRangeClosers[check.word(opener)],
                let start = Self.year(tokens[opener + 1].text)
            else { continue }
            var endIndex = opener + 3
            let closer = check.word(opener + 2)
            guard closers.contains(closer) else { continue }
            if closer == "jusqu'" {
                guard ["en", "a"].contains(check.word(opener + 3)) else { continue }
                endIndex += 1
            }
            guard endIndex < tokens.count, let end = Self.year(tokens[endIndex].text), end < start,
                Self.endsYearRange(after: endIndex, check: check),
                !Self.continuesCode(before: opener + 1, after: endIndex + 1, check: check),
                !(max(0, opener - 3)..<opener).contains(where: { Self.changeWords.contains(check.word($0)) }),
                !Self.isMoved(before: opener, check: check)
            else { continue }
            findings.append(
                yearPairFinding(from: tokens[opener].span.union(tokens[endIndex].span), start: start, end: end, check: check))
        }
        return findings
    }

    /// Whether the second year at `index` ends its range: the end of the text, a punctuation mark
    /// (not a decimal or thousands mark inside a number) or a preposition or conjunction after it.
    private static func endsYearRange(after index: Int, check: DateCheck) -> Bool {
        guard let next = check.tokens[safe: index + 1] else { return true }
        if next.kind == .punctuation {
            return !(next.text == "," || next.text == ".") || check.tokens[safe: index + 2]?.kind != .number
        }
        return afterYearRange.contains(check.word(index + 1))
    }
}
