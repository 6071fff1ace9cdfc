import FactDeskKit

/// Lengths in years against the years they span: a range of years in the same sentence
/// ("Agenda 2024-2029 : les objectifs des 5 prochaines années", « Janvier 1999 - janvier 2019 :
/// cela fait 20 ans que … ») or a year the length runs until
/// ("for two years, until the next congress in 2026", « pour trois ans, jusqu’en 2027 »), or the
/// year of an arrival (``arrivalFinding(_:stated:published:publication:check:)``).
extension RangeDurationMismatchRule {
    /// Words that end a length at a year: "until", "till", « jusqu’ » (« jusqu’en », « jusqu’à »).
    static let untilWords: Set<String> = ["until", "till", "jusqu'"]
    /// Words before a number of years that make it a span from now or to now: "the next five
    /// years", "the past ten years".
    static let spanWords: Set<String> = ["next", "past", "last", "coming", "prochaines", "dernieres"]
    /// How many words after the length the "until" may come.
    static let untilReach = 3
    /// How many words after "until" the year may come ("until the next congress in 2026").
    static let yearReach = 6

    /// Years against a range of years of the sentence, else against the year they run until.
    func yearFinding(_ duration: Mention, stated: Int, check: DateCheck) -> Finding? {
        let context = DurationContext(check: check, duration: duration)
        guard context.isNotDelay, !Self.measuresAnotherThing(duration, check: check) else { return nil }
        let sentence = check.sentence(of: duration)
        if Self.isSpan(duration, check: check) || (context.describesLength && Self.qualifiesTerm(duration, check: check)),
            let range = check.mentions(check.ranges, in: sentence.span).first(where: Self.isYearRange),
            case .dateRange(let start, let end, _, _) = range.value, let first = start.year, let last = end.year
        {
            // "2024-2029" is five years, or six counting both ends.
            let years = last - first
            guard years >= 1, ![years, years + 1].contains(stated) else { return nil }
            return check.finding(
                descriptor, at: Self.span(duration, range, check: check),
                message: check.wording.yearSpan(quoted: duration.text, range: range.text, years: years),
                evidence: [Evidence(statement: "\(first) to \(last) is \(years) years")])
        }
        guard let (published, publication) = check.publishedOrTextTime else {
            guard Self.arrivalWord(after: duration, check: check) != nil else { return nil }
            return Self.namedEventStart(of: duration, check: check).flatMap { start in
                arrivalFinding(duration, stated: stated, from: start.year, evidence: start.evidence, check: check)
            }
        }
        guard context.describesLength, let until = Self.untilYear(after: duration, in: sentence, check: check),
            case .date(let date, _) = until.value, let year = date.year
        else {
            let evidence = Evidence(statement: "published in \(published.year)")
            return arrivalFinding(
                duration, stated: stated, from: published.year, evidence: [evidence] + (publication.map { [$0] } ?? []),
                check: check)
        }
        let years = year - published.year
        guard years >= 1, stated != years else { return nil }
        return check.finding(
            descriptor, at: duration.span.union(until.span),
            message: check.wording.yearsUntil(quoted: check.document.text(in: duration.span.union(until.span)),
                published: published.year, year: year, years: years),
            evidence: [Evidence(statement: "published in \(published.year); \(published.year) to \(year) is \(years) years")]
                + (publication.map { [$0] } ?? []))
    }

    /// Nouns of a term that a compound length in years may qualify: "a five-year plan", "the
    /// six-year mandate", not "an 11-year jail sentence" (of a person whose years in office the
    /// sentence gives).
    static let termNouns: Set<String> = DurationContext.lengthHolders.union([
        "plan", "mandate", "mandat", "term", "agenda", "strategy", "strategie", "budget", "presidency", "presidence",
        "cycle", "tenure", "reign", "regne", "partnership", "partenariat", "framework", "cadre",
    ])

    /// Whether a compound length in years ("five-year") qualifies a term within two words;
    /// other lengths qualify as ``DurationContext`` reads them.
    private static func qualifiesTerm(_ duration: Mention, check: DateCheck) -> Bool {
        guard DurationContext.isCompound(duration) else { return true }
        let after = check.document.tokenRange(of: duration.span).upperBound
        return (after..<after + 2).contains { termNouns.contains(check.word($0)) }
    }

    /// Nouns of lengths that are not an event's own, folded: a prison sentence, a contract, a loan
    /// ("an 11-year jail sentence", « une peine de dix ans », « dix ans de prison »).
    static let otherLengthNouns: Set<String> = [
        "sentence", "sentences", "contract", "contracts", "loan", "loans", "lease", "ban", "jail", "prison",
        "imprisonment", "suspension", "bond", "bonds", "mortgage", "visa", "peine", "peines", "contrat", "contrats",
        "pret", "prets", "bail", "emprunt", "reclusion", "detention", "emprisonnement", "interdiction", "sursis",
    ]

    /// Whether the length is of something else than an event: a noun of ``otherLengthNouns``
    /// right after it ("an 11-year jail sentence", « dix ans de prison ») or before it with « de »
    /// or "of" (« une peine de dix ans », "a ban of five years").
    static func measuresAnotherThing(_ duration: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let linking: Set<String> = ["de", "d'", "of"]
        var next = range.upperBound
        if linking.contains(check.word(next)) { next += 1 }
        if (next..<next + 2).contains(where: { otherLengthNouns.contains(check.word($0)) }) { return true }
        return range.lowerBound >= 2 && linking.contains(check.word(range.lowerBound - 1))
            && otherLengthNouns.contains(check.word(range.lowerBound - 2))
    }

    /// "les 5 prochaines années", "the next five years"; « cela fait 20 ans que », "it has been 20
    /// years since"; years right after a colon ("1999-2019: 20 years of the euro").
    private static func isSpan(_ duration: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let before = range.lowerBound - 1
        return range.contains { spanWords.contains(check.word($0)) } || spanWords.contains(check.word(before))
            || (check.word(before) == "fait" && ["cela", "ca"].contains(check.word(before - 1)))
            || (check.word(before) == "been" && ["has", "have", "'s"].contains(check.word(before - 1)))
            || (before >= 0 && check.tokens[before].text == ":")
    }

    /// A range of years, or of one month in two years ("January 1999 – January 2019").
    private static func isYearRange(_ mention: Mention) -> Bool {
        guard case .dateRange(let start, let end, _, _) = mention.value, start.year != nil, end.year != nil,
            start.day == nil, end.day == nil
        else { return false }
        return start.month == end.month
    }

    /// The year a length runs until: "until" within ``untilReach`` words after the length, then a
    /// year alone within ``yearReach`` words, in the same sentence.
    private static func untilYear(after duration: Mention, in sentence: Sentence, check: DateCheck) -> Mention? {
        let after = check.document.tokenRange(of: duration.span).upperBound
        guard let until = (after..<min(sentence.tokens.upperBound, after + untilReach)).first(where: {
            untilWords.contains(check.word($0))
        }) else { return nil }
        let from = check.tokens[until].span.end
        let to = check.tokens[min(sentence.tokens.upperBound, until + 1 + yearReach) - 1].span.end
        return check.mentions(check.dates, in: Span(start: from, end: to)).first { mention in
            if case .date(let date, _) = mention.value { return date.year != nil && date.month == nil }
            return false
        }
    }
}

extension DateWording {
    /// "« 4 prochaines années » : « 2024-2029 » couvre cinq ans."
    func yearSpan(quoted words: String, range: String, years: Int) -> String {
        language == .fr
            ? quoted(words) + colon + "\(quoted(range)) couvre \(numberInWords(years)) ans."
            : quoted(words) + colon + "\(quoted(range)) spans \(numberInWords(years)) years."
    }

    /// "“4 years, until the next congress in 2026”: from 2024, the year of publication, 2026 is two years away."
    func yearsUntil(quoted words: String, published: Int, year: Int, years: Int) -> String {
        language == .fr
            ? quoted(words) + colon
                + "depuis \(published), l’année de publication, \(year) est à \(numberInWords(years)) ans."
            : quoted(words) + colon
                + "from \(published), the year of publication, \(year) is \(numberInWords(years)) years away."
    }
}
