import FactDeskKit

/// Years later between two years the text writes: "won the cup in 1998 and, 20 years later, in
/// 2022, reached the final again", « En 1998, le club gagnait la coupe ; vingt ans plus tard, en
/// 2022, il retrouve la finale »; and years earlier, the other way ("The notes came in 2002. Three
/// years earlier, in 1999, …", « trois ans auparavant », « trois ans plus tôt »). The year of
/// the clause right after the years ("later, in 2022", « plus tard, en 2022 », "later it
/// returned in 2022") is read against the last year written before the years in their
/// sentence, else the one year of the nearest sentence before that writes years, within three, in
/// the same paragraph; with no year after "later" and two before it in the sentence, the first
/// against the last (« Créée en 1976, l’amicale existe toujours en 2026, 50 ans plus tard »). The count may fall one short (the days of the years are unknown).
/// Years later are never read from the publication ("24 years later, it reached the final in
/// 2022" in a piece of 2026).
extension ElapsedYearsMismatchRule {
    /// How many tokens after "later" / « plus tard » (and a comma) the later year may stand, in
    /// the same clause.
    static let laterYearReach = 8

    /// Years later between two years of the text, read without a publication date.
    static let laterExamples: [RuleExample] = [
        RuleExample("The club won the cup in ⟦1998, and 20 years later it reached the final in 2022⟧.", language: .en),
        RuleExample("The club won the cup in 1998, and 24 years later it reached the final in 2022.", language: .en),
        RuleExample("The club won the cup in 1998, and 23 years later it reached the final in 2022.", language: .en),
        RuleExample("En ⟦1998, le club gagnait la coupe ; vingt ans plus tard, en 2022⟧, il retrouve la finale.", language: .fr),
        RuleExample("En 1998, le club gagnait la coupe ; vingt-quatre ans plus tard, en 2022, il retrouve la finale.", language: .fr),
        RuleExample("The club won the cup in 1998; 20 years later, it plans to build a stadium.", language: .en),
        RuleExample("In 1998 the club won the cup. Two years later, in a 2022 interview, the coach recalled it.", language: .en),
        RuleExample("The notes came in 2011. ⟦Four years earlier, in 2008⟧, the coins were minted.", language: .en),
        RuleExample("The notes came in 2011. Three years earlier, in 2008, the coins were minted.", language: .en),
        RuleExample(
            "Le kesrin a remplacé le franc le 1er mars 2011. C’était une première. ⟦Quatre ans auparavant, le 1er mars 2008⟧, la banque était née.",
            language: .fr),
        RuleExample(
            "Le kesrin a remplacé le franc le 1er mars 2011. C’était une première. Trois ans auparavant, le 1er mars 2008, la banque était née.",
            language: .fr),
        RuleExample("Le kesrin a remplacé le franc en 2011. ⟦Quatre ans plus tôt, en 2008⟧, la banque était née.", language: .fr),
        RuleExample("Créée en ⟦1976, l’amicale existe toujours en 2026, 40 ans⟧ plus tard.", language: .fr),
        RuleExample("Créée en 1976, l’amicale existe toujours en 2026, 50 ans plus tard.", language: .fr),
        RuleExample("Founded in ⟦1976, the club still played in 2026, 40 years⟧ later.", language: .en),
        // Years later are told from the text's own years, never from the publication's.
        RuleExample(
            "The club won the cup in 1998. 24 years later, it reached the final in 2022.", language: .en,
            published: CalendarDate(iso: "2026-07-10")),
        RuleExample(
            "The club won the cup in 1998. ⟦20 years later, it reached the final in 2022⟧.", language: .en,
            published: CalendarDate(iso: "2026-07-10")),
        RuleExample(
            "Le club a gagné la coupe en 1998. 24 ans plus tard, il a atteint la finale en 2022.", language: .fr,
            published: CalendarDate(iso: "2026-07-10")),
    ]

    /// The finding for years later that the two years written around them contradict.
    func laterFinding(_ duration: Mention, stated: Int, check: DateCheck) -> Finding? {
        // "four years earlier, in 1999": the year in the clause after is the earlier one.
        guard let (afterLater, isEarlier) = Self.laterWords(after: duration, check: check) else { return nil }
        let sentence = check.sentence(of: duration)
        // « Créée en 1976, l’amicale existe toujours en 2026, 50 ans plus tard »: both years before.
        let yearsBefore = check.mentions(check.dates, in: Span(start: sentence.span.start, end: duration.span.start))
            .compactMap { Self.year(in: $0) }
        if !isEarlier, let first = yearsBefore.first, let last = yearsBefore.last, last.year > first.year,
            afterLater >= sentence.tokens.upperBound || [".", ";"].contains(check.tokens[afterLater].text)
        {
            return laterFinding(duration, stated: stated, from: first, to: last, span: first.mention.span.union(duration.span), check: check)
        }
        guard let clause = Self.clauseYear(after: afterLater, in: sentence, check: check),
            let before = Self.earlierYear(before: duration, check: check)
        else { return nil }
        let (earlier, later) = isEarlier ? (clause, before) : (before, clause)
        let (first, last) = earlier.mention.span.start < later.mention.span.start ? (earlier, later) : (later, earlier)
        let span = first.mention.span.start >= sentence.span.start
            ? first.mention.span.union(last.mention.span) : duration.span.union(last.mention.span)
        return laterFinding(duration, stated: stated, from: earlier, to: later, span: span, check: check)
    }

    /// The year written in the clause right after "later" (token `afterLater` on): "later, in
    /// 2022", "later it returned to the final in 2022".
    private static func clauseYear(after afterLater: Int, in sentence: Sentence, check: DateCheck)
        -> (mention: Mention, year: Int)?
    {
        guard afterLater < sentence.tokens.upperBound else { return nil }
        let start = check.tokens[afterLater].text == "," ? afterLater + 1 : afterLater
        return year(
            in: check.mentions(check.dates, in: sentence.span).first {
                let index = check.document.tokenIndex(from: $0.span.start)
                return index >= start && index <= start + laterYearReach
                    && !(start..<index).contains { check.tokens[$0].kind == .punctuation }
            })
    }

    /// Whether the years are told from another year of the text: "later", "earlier" and their
    /// French words, with a year in the clause after them ("20 years later, it reached the final
    /// in 2022"). Such years are never counted to the publication.
    static func isToldFromClauseYear(_ duration: Mention, check: DateCheck) -> Bool {
        guard let (afterLater, _) = laterWords(after: duration, check: check) else { return false }
        return clauseYear(after: afterLater, in: check.sentence(of: duration), check: check) != nil
    }

    /// The finding for years later that the years from `earlier` to `later` contradict, at `span`.
    private func laterFinding(
        _ duration: Mention, stated: Int, from earlier: (mention: Mention, year: Int), to later: (mention: Mention, year: Int),
        span: Span, check: DateCheck
    ) -> Finding? {
        Self.betweenYearsFinding(
            duration, stated: stated, from: earlier.year, to: later.year, span: span,
            evidence: [
                Evidence(
                    statement: "“\(earlier.mention.text)” to “\(later.mention.text)” is \(later.year - earlier.year) years")
            ], rule: descriptor, check: check)
    }

    /// The finding of `rule` for years stated between two years, `from` and `to`, that they
    /// contradict: the count may fall one short (the days of the years are unknown).
    static func betweenYearsFinding(
        _ duration: Mention, stated: Int, from: Int, to: Int, span: Span, evidence: [Evidence], rule: RuleDescriptor,
        check: DateCheck
    ) -> Finding? {
        let years = to - from
        guard years >= 1, ![years - 1, years].contains(stated) else { return nil }
        return check.finding(
            rule, at: span,
            message: check.wording.elapsedYears(quoted: duration.text, between: from, and: to, years: years),
            evidence: evidence)
    }

    /// A date mention with its year.
    private static func year(in mention: Mention?) -> (mention: Mention, year: Int)? {
        guard let mention, case .date(let date, _) = mention.value, let year = date.year else { return nil }
        return (mention, year)
    }

    /// Words right after years that count them back from a year written before: "four years
    /// earlier", « quatre ans auparavant » (« plus tôt » is read apart).
    static let earlierWords: Set<String> = ["earlier", "auparavant"]

    /// Where "later", "earlier", « plus tard », « plus tôt », « auparavant » right after the
    /// years end, and whether they count back. `nil` when no such word follows.
    static func laterWords(after duration: Mention, check: DateCheck) -> (end: Int, isEarlier: Bool)? {
        let after = check.document.tokenRange(of: duration.span).upperBound
        if check.word(after) == "later" { return (after + 1, false) }
        if check.word(after) == "plus", ["tard", "tot"].contains(check.word(after + 1)) {
            return (after + 2, check.word(after + 1) == "tot")
        }
        return earlierWords.contains(check.word(after)) ? (after + 1, true) : nil
    }
    /// How many sentences back the year the years count from may be.
    static let earlierSentenceReach = 3

    /// The last year written before the years in their sentence, else the one year of the
    /// nearest sentence before, within ``earlierSentenceReach``, that writes years, in the same paragraph.
    private static func earlierYear(before duration: Mention, check: DateCheck) -> (mention: Mention, year: Int)? {
        let document = check.document
        let index = document.sentenceIndex(of: duration.span.start)
        let sentence = document.sentences[index]
        let before = Span(start: sentence.span.start, end: duration.span.start)
        if let last = check.mentions(check.dates, in: before).last { return year(in: last) }
        let paragraph = document.paragraphIndex(of: sentence.span.start)
        for previous in stride(from: index - 1, through: max(0, index - earlierSentenceReach), by: -1) {
            guard document.paragraphIndex(of: document.sentences[previous].span.start) == paragraph else { return nil }
            let years = check.mentions(check.dates, in: document.sentences[previous].span).compactMap { year(in: $0) }
            guard let first = years.first else { continue }
            return years.allSatisfy({ $0.year == first.year }) ? first : nil
        }
        return nil
    }
}
