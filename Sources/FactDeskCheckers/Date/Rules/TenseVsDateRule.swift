import FactDeskKit

/// Rule `tense-vs-date`: a verb in the future for a date already past on the publication date,
/// or in the past for a date still to come ("se tiendra le 3 mars 2024" in a piece of 2025).
///
/// Only where the verb is clear (``TenseReader``): right before the date, with nothing but
/// articles, prepositions, adverbs and names between; never inside quotation marks, never for a
/// verb that schedules ("est prévue le", "was postponed to"), never for a date in a street name
/// ("avenue du 8 Mai 1945"). Only dates whose year is written count: a year the extractor
/// inferred from the publication date says nothing.
struct TenseVsDateRule: DateRule {
    static let published = CalendarDate(iso: "2025-11-24")

    let descriptor = RuleDescriptor(
        id: "tense-vs-date", severity: .info,
        summary: "A future verb for a date already past at publication, or a past verb for a date to come.",
        examples: [
            RuleExample("La conférence se tiendra le ⟦3 mars 2024⟧ à Genève.", language: .fr, published: published),
            RuleExample("Le sommet a eu lieu le ⟦14 janvier 2026⟧.", language: .fr, published: published),
            RuleExample("The summit will be held on ⟦March 3, 2024⟧ in Geneva.", language: .en, published: published),
            RuleExample("The talks took place on ⟦January 14, 2026⟧.", language: .en, published: published),
            RuleExample("La conférence se tiendra le 3 mars 2026 à Genève.", language: .fr, published: published),
            RuleExample("Le sommet a eu lieu le 14 janvier 2025.", language: .fr, published: published),
            RuleExample("The summit will be held on March 3, 2026, in Geneva.", language: .en, published: published),
            RuleExample(
                "« Nous nous réunirons le 3 mars 2024 », avait-il promis.", language: .fr, published: published),
            RuleExample(
                "La réunion, prévue le 3 mars 2024, a été reportée au 14 janvier 2026.", language: .fr,
                published: published),
            RuleExample("Le cortège se retrouvera avenue du 8 Mai 1945.", language: .fr, published: published),
            RuleExample("La conférence se tiendra le 3 mars 2024 à Genève.", language: .fr),
        ])

    func findings(in check: DateCheck) -> [Finding] {
        guard let published = check.published else { return [] }
        let reader = check.tenses
        return (check.dates + check.ranges).compactMap { mention -> Finding? in
            guard let period = Self.days(of: mention) else { return nil }
            let isPast = period.last < published
            let isFuture = period.first > published
            guard isPast || isFuture, QuoteEditing.containsYear(mention.text) else { return nil }
            let first = check.document.tokenIndex(from: mention.span.start)
            guard !isInStreetName(first, check: check) else { return nil }
            let sentence = check.document.sentences[check.document.sentenceIndex(of: mention.span.start)]
            guard let tense = reader.tense(before: first, in: sentence.tokens),
                (tense == .future && isPast) || (tense == .past && isFuture)
            else { return nil }
            return check.finding(
                descriptor, at: mention.span,
                message: check.wording.tenseVsDate(quoted: mention.text, tense: tense, published: published),
                evidence: [
                    Evidence(
                        statement:
                            "published \(published.isoDay); \(period.first.isoDay)\(period.first == period.last ? "" : " to \(period.last.isoDay)") is \(isPast ? "before" : "after") it"
                    )
                ])
        }
    }

    /// The first and last days a date or range covers, when its years are known.
    static func days(of mention: Mention) -> (first: CalendarDate, last: CalendarDate)? {
        let start: PartialDate
        let end: PartialDate
        switch mention.value {
        case .date(let date, _): (start, end) = (date, date)
        case .dateRange(let first, let last, _, _): (start, end) = (first, last)
        default: return nil
        }
        guard let startYear = start.year, let endYear = end.year else { return nil }
        let lastMonth = end.month ?? 12
        guard let first = CalendarDate(year: startYear, month: start.month ?? 1, day: start.day ?? 1),
            let last = CalendarDate(
                year: endYear, month: lastMonth, day: end.day ?? CalendarDate.daysIn(month: lastMonth, year: endYear))
        else { return nil }
        return (first, last)
    }

    /// Street nouns before "du" and a date that names a street: "avenue du 8 Mai 1945".
    static let streetNouns: Set<String> = [
        "rue", "avenue", "boulevard", "bd", "place", "allee", "quai", "pont", "cours", "impasse", "square",
    ]

    private func isInStreetName(_ first: Int, check: DateCheck) -> Bool {
        ["du", "de"].contains(check.word(first - 1)) && Self.streetNouns.contains(check.word(first - 2))
    }
}

extension DateWording {
    /// "« 3 mars 2024 » : le verbe est au futur, mais cette date était passée à la publication (24 novembre 2025)."
    func tenseVsDate(quoted words: String, tense: Tense, published: CalendarDate) -> String {
        let publication = date(PartialDate(year: published.year, month: published.month, day: published.day))
        switch (language, tense) {
        case (.fr, .future):
            return quoted(words) + colon
                + "le verbe est au futur, mais cette date était passée à la publication (\(publication))."
        case (.fr, .past):
            return quoted(words) + colon
                + "le verbe est au passé, mais cette date était à venir à la publication (\(publication))."
        case (.en, .future):
            return quoted(words) + colon
                + "the verb is in the future tense, but this date had passed by publication (\(publication))."
        case (.en, .past):
            return quoted(words) + colon
                + "the verb is in the past tense, but this date was still to come at publication (\(publication))."
        }
    }
}
