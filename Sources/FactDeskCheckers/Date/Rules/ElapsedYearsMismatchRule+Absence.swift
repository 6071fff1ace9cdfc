import FactDeskKit

/// Years of absence between two years the text writes: "The rally, last run in 2006, came back
/// in 2015 after a 9-year break", « Organisée jusqu’en 2012, la fête revient en 2019 après sept
/// ans d’absence ». The return is the first year written after the years in their
/// sentence, else the last written before them; the last time before it is the latest earlier
/// year written before the years in their sentence, else in the nearest sentence before that
/// writes years, in the same paragraph. The count may fall one short (the years between the
/// two, without either).
extension ElapsedYearsMismatchRule {
    /// Nouns of an absence after years in a compound ("a 9-year hiatus"), folded.
    static let absenceNouns: Set<String> = ["hiatus", "absence", "break", "gap", "layoff", "pause"]
    /// Words after "after N years" that make them an absence, folded: "after nine years away".
    static let awayWords: Set<String> = ["away", "absence"]
    /// How many sentences back the last year before an absence may be.
    static let absenceSentenceReach = 2

    /// Years of absence between years the text writes.
    static let absenceExamples: [RuleExample] = [
        RuleExample("The rally, last run in ⟦2006, came back in 2015 after a 7-year⟧ break.", language: .en),
        RuleExample("The rally, last run in 2006, came back in 2015 after a 9-year break.", language: .en),
        RuleExample("The rally, last run in 2006, came back in 2015 after an 8-year break.", language: .en),
        RuleExample("Kesra held the rally from 2004 to 2006. It returned in ⟦2015 after a 7-year⟧ absence.", language: .en),
        RuleExample("Kesra held the rally from 2004 to 2006. It returned in 2015 after a 9-year absence.", language: .en),
        RuleExample(
            "Organisée jusqu’en ⟦2012, la fête revient en 2019 après cinq ans⟧ d’absence.", language: .fr),
        RuleExample("Organisée jusqu’en 2012, la fête revient en 2019 après sept ans d’absence.", language: .fr),
        RuleExample("The rally came back in 2015 after a 7-year break.", language: .en),
        // The edition before the year of return, in the reference data (2015, then 2025).
        RuleExample(
            "En ⟦2025, les Fêtes de Kesra renouent avec le public après sept ans⟧ d’absence.", language: .fr,
            reference: absenceReference),
        RuleExample(
            "En 2025, les Fêtes de Kesra renouent avec le public après dix ans d’absence.", language: .fr,
            reference: absenceReference),
        RuleExample(
            "In ⟦2025, the Kesra Regatta welcomed crews again after a 7-year⟧ absence.", language: .en,
            reference: absenceReference),
        RuleExample(
            "In 2025, the Kesra Regatta welcomed crews again after a 9-year absence.", language: .en,
            reference: absenceReference),
    ]

    /// A festival and a regatta held in 2015, then again in 2025.
    private static let absenceReference = InMemoryReference(
        ["Fêtes de Kesra", "Kesra Regatta"].enumerated().map { offset, name in
            InMemoryReference.Subject(
                id: "kesra-series-\(offset)", kind: .series, names: [name],
                editions: [
                    ReferenceEdition(
                        number: 4, start: PartialDate(year: 2015, month: 7, day: 10), end: nil, placeSpellings: ["Kesra"],
                        source: ReferenceSource(location: "reference/series.yml:\(4 + offset * 6):9")),
                    ReferenceEdition(
                        number: 5, start: PartialDate(year: 2025, month: 7, day: 11), end: nil, placeSpellings: ["Kesra"],
                        source: ReferenceSource(location: "reference/series.yml:\(5 + offset * 6):9")),
                ])
        })

    /// The finding for years of absence that the years written around them contradict.
    func absenceFinding(_ duration: Mention, stated: Int, check: DateCheck) -> Finding? {
        guard Self.isAbsence(duration, check: check) else { return nil }
        let index = check.document.sentenceIndex(of: duration.span.start)
        let sentence = check.document.sentences[index]
        let after = Span(start: duration.span.end, end: sentence.span.end)
        let before = Span(start: sentence.span.start, end: duration.span.start)
        let back: WrittenYear
        let last: WrittenYear
        if let following = Self.firstYear(in: after, check: check) {
            guard let earlier = Self.latestYear(in: before, check: check) ?? Self.latestYear(before: index, check: check)
            else { return editionAbsenceFinding(duration, stated: stated, back: following, check: check) }
            (back, last) = (following, earlier)
        } else {
            // « Organisée jusqu’en 2012, la fête revient en 2019 après … »: both years before.
            let written = check.mentions(check.dates, in: before).compactMap(Self.yearOf)
            guard let latest = written.last else { return nil }
            guard
                let earlier = written.dropLast().filter({ $0.year < latest.year }).max(by: { $0.year < $1.year })
                    ?? Self.latestYear(before: index, check: check).flatMap({ $0.year < latest.year ? $0 : nil })
            else {
                return editionAbsenceFinding(duration, stated: stated, back: latest, check: check)
            }
            (back, last) = (latest, earlier)
        }
        let years = back.year - last.year
        guard years >= 2 else { return nil }
        var span = duration.span.union(back.span)
        if last.span.start >= sentence.span.start { span = span.union(last.span) }
        return Self.betweenYearsFinding(
            duration, stated: stated, from: last.year, to: back.year, span: span,
            evidence: [Evidence(statement: "“\(last.text)” to “\(back.text)” is \(years) years")], rule: descriptor,
            check: check)
    }

    /// « Après huit ans d’absence, l’édition 2024 des Fêtes de Kesra … »: with no earlier year in
    /// the text, the edition before the year of return of the one series the sentence names, in
    /// the reference data.
    private func editionAbsenceFinding(
        _ duration: Mention, stated: Int, back: WrittenYear, check: DateCheck
    ) -> Finding? {
        guard let reference = check.reference else { return nil }
        let series = check.names.series(inSentence: check.document.sentenceIndex(of: duration.span.start))
        guard let named = series.first, series.allSatisfy({ $0.subject.id == named.subject.id }) else { return nil }
        let editions = reference.editions(ofSeries: named.subject.id)
        guard editions.contains(where: { $0.start?.year == back.year }),
            let previous = editions.filter({ ($0.start?.year ?? .max) < back.year }).max(by: {
                ($0.start?.year ?? 0) < ($1.start?.year ?? 0)
            }),
            let lastYear = previous.start?.year
        else { return nil }
        guard back.year - lastYear >= 2 else { return nil }
        return Self.betweenYearsFinding(
            duration, stated: stated, from: lastYear, to: back.year, span: duration.span.union(back.span),
            evidence: [
                Evidence(
                    statement: "\(named.subject.name) (\(named.subject.id)): edition \(previous.number) in \(lastYear), the one before \(back.year)",
                    source: previous.source.description)
            ], rule: descriptor, check: check)
    }

    /// Whether the years are an absence: "a 9-year hiatus", "after nine years away", « après
    /// sept ans d’absence », « une absence de sept ans ».
    private static func isAbsence(_ duration: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let next = check.word(range.upperBound)
        if DurationContext.isCompound(duration) { return absenceNouns.contains(next) }
        if ["de", "d'", "of"].contains(next), check.word(range.upperBound + 1) == "absence" { return true }
        if ["after", "apres"].contains(check.word(range.lowerBound - 1)), awayWords.contains(next) { return true }
        return check.word(range.lowerBound - 1) == "de" && check.word(range.lowerBound - 2) == "absence"
    }

    /// A year the text writes: where, its words, and the year.
    struct WrittenYear {
        var span: Span
        var text: String
        var year: Int
    }

    /// The year of a date.
    private static func yearOf(_ mention: Mention) -> WrittenYear? {
        guard case .date(let date, _) = mention.value, let year = date.year else { return nil }
        return WrittenYear(span: mention.span, text: mention.text, year: year)
    }

    /// The first year written in `span`, in a date or alone (« l’édition 2024 »).
    private static func firstYear(in span: Span, check: DateCheck) -> WrittenYear? {
        let dated = check.mentions(check.dates, in: span).lazy.compactMap(yearOf).first
        let tokens = check.document.tokenRange(of: span)
        let bare = tokens.first { check.tokens[$0].isModernYear }.flatMap { index -> WrittenYear? in
            guard let year = Int(check.tokens[index].text) else { return nil }
            return WrittenYear(span: check.tokens[index].span, text: check.tokens[index].text, year: year)
        }
        guard let bare else { return dated }
        guard let dated else { return bare }
        return dated.span.start <= bare.span.start ? dated : bare
    }

    /// The latest year written in `span`, in dates or ranges.
    private static func latestYear(in span: Span, check: DateCheck) -> WrittenYear? {
        var years = check.mentions(check.dates, in: span).compactMap(yearOf)
        for mention in check.mentions(check.ranges, in: span) {
            if case .dateRange(_, let end, _, _) = mention.value, let year = end.year {
                years.append(WrittenYear(span: mention.span, text: mention.text, year: year))
            }
        }
        return years.max { $0.year < $1.year }
    }

    /// The latest year of the nearest sentence before sentence `index` that writes years, within
    /// ``absenceSentenceReach``, in the same paragraph.
    private static func latestYear(before index: Int, check: DateCheck) -> WrittenYear? {
        let document = check.document
        let paragraph = document.paragraphIndex(of: document.sentences[index].span.start)
        for previous in stride(from: index - 1, through: max(0, index - absenceSentenceReach), by: -1) {
            guard document.paragraphIndex(of: document.sentences[previous].span.start) == paragraph else { return nil }
            if let latest = latestYear(in: document.sentences[previous].span, check: check) { return latest }
        }
        return nil
    }
}
