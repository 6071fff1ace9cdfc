import FactDeskKit

/// The reference data and publication date the number rules' examples assume: INTERPOL's member
/// countries (195 from November 2023, 196 from November 2024) and its 20 founding members, Europol's, budgets in euros, the
/// INTERPOL General Assembly's 91st to 93rd sessions, Eurojust's budget in millions of euros and its
/// director's term in years, the Lake Party in power since 2011, the Lakes Cup 2025 and its 16 teams, a book fair (an entity, its 2025 event with
/// 300 participants, and the series of its editions, spelt alike or "Polar de Lyon") and the missions Cosmos-4 (2019)
/// and Cosmos-5 (10-21 November 2025), the 2025 Lake election (16 November, turnout 64.5 %) and the
/// Aurora probe's 35 planned flybys and its 3 million US gallons of fuel, and a library's 2,400 volumes.
enum NumberExamples {
    /// The sample drafts' publication date.
    static let published = CalendarDate(year: 2025, month: 11, day: 24)

    /// The examples' reference data.
    static let reference = InMemoryReference(
        [
            .init(
                id: "interpol", kind: .organization,
                names: ["INTERPOL", "Interpol", "Organisation internationale de police criminelle"],
                facts: [
                    NumericFact(
                        property: "member-countries", value: 195, from: PartialDate(year: 2023, month: 11),
                        to: PartialDate(year: 2024, month: 10)),
                    NumericFact(
                        property: "member-countries", value: 196, from: PartialDate(year: 2024, month: 11),
                        source: ReferenceSource(citation: "https://www.interpol.int/Who-we-are/Member-countries")),
                    NumericFact(property: "budget", value: 176_000_000, unit: "EUR", from: PartialDate(year: 2025)),
                    NumericFact(property: "founding-members", value: 20),
                ]),
            .init(
                id: "europol", kind: .organization, names: ["Europol"],
                facts: [NumericFact(property: "member-countries", value: 27, from: PartialDate(year: 2020, month: 2))]),
            .init(id: "atlantic-union", kind: .organization, names: ["Atlantic Union", "Union atlantique", "AU", "UA"]),
            .init(
                id: "eurojust", kind: .organization, names: ["Eurojust"],
                facts: [
                    NumericFact(property: "budget", value: 220, unit: "millions d'euros"),
                    NumericFact(property: "director-term", value: 4, unit: "ans"),
                ]),
            .init(
                id: "lyon-library", kind: .organization, names: ["Lyon Municipal Library"],
                facts: [NumericFact(property: "volumes", value: 2400)]),
            .init(
                id: "lake-party", kind: .organization, names: ["Lake Party", "Parti du Lac"],
                facts: [NumericFact(property: "in-government-from", value: 2011)]),
            .init(
                id: "lyon-council", kind: .organization, names: ["Lyon City Council", "conseil municipal de Lyon"],
                facts: [NumericFact(property: "seats", value: 73)]),
            .init(id: "salon-lyon", kind: .other, names: ["Salon du polar de Lyon"]),
            .init(
                id: "salon-lyon-2025", kind: .event, names: ["Salon du polar de Lyon 2025"],
                facts: [NumericFact(property: "participants", value: 300)]),
            .init(
                id: "salon-lyon-editions", kind: .series, names: ["Salon du polar de Lyon", "Polar de Lyon"],
                editions: [edition(12, "2024-11-21", "2024-11-24", ["Lyon"]), edition(13, "2025-11-20", "2025-11-30", ["Lyon"])]),
            .init(
                id: "cosmos", kind: .series, names: ["Cosmos"],
                editions: [edition(4, "2019-03-01", "2019-03-09", []), edition(5, "2025-11-10", "2025-11-21", [])]),
            .init(
                id: "lakes-cup-2025", kind: .event, names: ["Lakes Cup 2025", "Coupe des Lacs 2025"],
                facts: [NumericFact(property: "teams", value: 16)]),
            .init(
                id: "lake-election-2025", kind: .event, names: ["2025 Lake election", "élection du Lac 2025"],
                start: PartialDate(year: 2025, month: 11, day: 16), end: PartialDate(year: 2025, month: 11, day: 16),
                facts: [NumericFact(property: "turnout", value: 64.5, unit: "%")]),
            .init(
                id: "aurora-probe", kind: .event, names: ["Aurora probe", "sonde Aurora"],
                facts: [
                    NumericFact(property: "flybys", value: 35), NumericFact(property: "fuel", value: 3, unit: "million US gallons"),
                ]),
            .init(id: "marrakech", kind: .place, names: ["Marrakech", "Marrakesh"]),
            .init(
                id: "interpol-general-assembly", kind: .series,
                names: [
                    "Assemblée générale d’INTERPOL", "INTERPOL General Assembly", "General Assembly",
                    "Assemblée générale",
                ],
                editions: [
                    edition(91, "2023-11-28", "2023-12-01", ["Vienne", "Vienna"]),
                    edition(92, "2024-11-04", "2024-11-07", ["Glasgow"]),
                    edition(93, "2025-11-24", "2025-11-27", ["Marrakech", "Marrakesh"]),
                ]),
        ],
        properties: [
            ReferenceProperty(
                id: "member-countries",
                terms: [.fr: ["pays membres", "États membres"], .en: ["member countries", "member states"]]),
            ReferenceProperty(id: "budget", terms: [.fr: ["budget"], .en: ["budget"]]),
            ReferenceProperty(id: "participants", terms: [.fr: ["participants"], .en: ["participants"]]),
            ReferenceProperty(id: "director-term", terms: [.fr: ["mandat de"], .en: ["term of"]]),
            ReferenceProperty(id: "seats", terms: [.fr: ["sièges"], .en: ["seats"]]),
            ReferenceProperty(id: "members", terms: [.fr: ["membres"], .en: ["members"]]),
            ReferenceProperty(id: "teams", terms: [.fr: ["équipes", "sélections"], .en: ["teams"]]),
            ReferenceProperty(
                id: "founding-members", terms: [.fr: ["membres fondateurs", "pays fondateurs"], .en: ["founding members"]]),
            ReferenceProperty(id: "turnout", terms: [.fr: ["taux de participation"], .en: ["turnout", "voter turnout"]]),
            ReferenceProperty(id: "flybys", terms: [.fr: ["survols"], .en: ["flybys", "times"]]),
            ReferenceProperty(id: "fuel", terms: [.fr: ["gallons"], .en: ["gallons"]]),
            ReferenceProperty(id: "volumes", terms: [.fr: ["volumes"], .en: ["volumes"]]),
            ReferenceProperty(id: "in-government-from", terms: [.fr: ["ans au pouvoir"], .en: ["years in power"]]),
        ])

    private static func edition(_ number: Int, _ start: String, _ end: String, _ places: [String]) -> ReferenceEdition {
        func day(_ iso: String) -> PartialDate? {
            CalendarDate(iso: iso).map { PartialDate(year: $0.year, month: $0.month, day: $0.day) }
        }
        return ReferenceEdition(
            number: number, start: day(start), end: day(end), placeSpellings: places, source: ReferenceSource())
    }

    /// An example in French, dated and with the reference data.
    static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: published, reference: reference)
    }

    /// An example in French with another publication date, or none.
    static func french(_ text: String, published: CalendarDate?) -> RuleExample {
        RuleExample(text, language: .fr, published: published, reference: reference)
    }

    /// An example in English with another publication date, or none.
    static func english(_ text: String, published: CalendarDate?) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: reference)
    }

    /// An example in English, dated and with the reference data.
    static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: reference)
    }
}
