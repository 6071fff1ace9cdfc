import FactDeskKit

/// The year a sentence that marks an anniversary speaks in: the year of what it remembers plus
/// the anniversary's years. « Dimanche 7 avril, la ville a commémoré les 30 ans de la crue de
/// 1994 » speaks in 2024, "On Monday, March 11, the town marked the 15th anniversary of the
/// Kumasi flood" (a flood of 2011 in the reference data) in 2026.
///
/// What is remembered is dated as the anniversary rule dates it: a year in the anniversary's
/// complement (« de la crue de 1994 »), the founding or the day of the subject it names in the
/// reference data, else a founding the sentence gives. The years are an ordinal anniversary
/// ("15th anniversary", « centenaire »), a count of years before "anniversary" ("the five-year
/// anniversary") or years counted after « les » with a dated complement (« les 30 ans de la
/// crue de 1994 »), or years a founded subject of the reference data celebrates (« le festival,
/// qui fête cette année ses 16 ans », ``CelebratedYears``). Silent when the sentence's
/// anniversaries give two years.
struct RememberedYear {
    /// The year the sentence speaks in.
    var year: Int
    /// The year of what it remembers.
    var remembered: Int
    /// The anniversary's words.
    var mention: Mention
    var evidence: Evidence

    /// The one year the anniversaries of sentence `index` give, or `nil`.
    static func of(sentence index: Int, check: DateCheck) -> RememberedYear? {
        let span = check.document.sentences[index].span
        var found: [RememberedYear] = []
        for mention in check.mentions(check.anniversaries, in: span) + yearAnniversaries(in: span, check: check) {
            guard case .anniversary(let years) = mention.value else { continue }
            let founding =
                AnniversaryMismatchRule.complementYear(of: mention, check: check)?.founding
                ?? AnniversarySubject.find(for: mention, inSentence: index, check: check)?.founding
                ?? AnniversarySubject.foundingInText(span, check: check)
            if let founding { found.append(RememberedYear(founding: founding, years: years, mention: mention)) }
        }
        for mention in check.mentions(check.durations, in: span) {
            guard case .duration(let amount, .year) = mention.value, let years = DurationContext.wholeNumber(amount),
                countedAfterArticle(mention, check: check),
                let dated = AnniversaryMismatchRule.complementYear(of: mention, check: check)
            else { continue }
            found.append(RememberedYear(founding: dated.founding, years: years, mention: mention))
        }
        // « le festival, qui fête cette année ses 16 ans »: the years a founded subject celebrates.
        for celebrated in CelebratedYears.mentions(in: check, within: span)
        where celebrated.tolerance == 0 && !found.contains(where: { $0.mention.span == celebrated.mention.span })
        {
            let subject =
                AnniversarySubject.namedAfter(celebrated.mention, inSentence: index, check: check)
                ?? AnniversarySubject.around(celebrated.mention, inSentence: index, check: check)
            if let founding = subject?.founding {
                found.append(RememberedYear(founding: founding, years: celebrated.years, mention: celebrated.mention))
            }
        }
        guard let first = found.first, found.allSatisfy({ $0.year == first.year }) else { return nil }
        return first
    }

    private init(founding: Founding, years: Int, mention: Mention) {
        self.year = founding.year + years
        self.remembered = founding.year
        self.mention = mention
        self.evidence = Evidence(
            statement: "“\(mention.text)” of \(founding.year): the sentence speaks in \(founding.year + years); \(founding.evidence.statement)",
            source: founding.evidence.source)
    }

    /// "the five-year anniversary", "a 10 year anniversary": years written as a count before
    /// "anniversary" (``CelebratedYears/anniversaryNoun(after:check:)``), read as that anniversary.
    private static func yearAnniversaries(in span: Span, check: DateCheck) -> [Mention] {
        check.mentions(check.durations, in: span).compactMap { duration in
            guard case .duration(let amount, .year) = duration.value, let years = DurationContext.wholeNumber(amount),
                let noun = CelebratedYears.anniversaryNoun(after: duration, check: check)
            else { return nil }
            return Mention(kind: .anniversary, text: noun.text, span: noun.span, value: .anniversary(years))
        }
    }

    /// Articles before years counted as an anniversary, folded: « les 30 ans de la crue ».
    static let articles: Set<String> = ["les", "ses", "leurs"]

    /// Whether a count of years follows an article that makes it an anniversary.
    private static func countedAfterArticle(_ mention: Mention, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        return first > 0 && articles.contains(check.word(first - 1))
    }
}
