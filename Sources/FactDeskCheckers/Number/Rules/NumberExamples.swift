import FactDeskKit

/// The reference data and publication date the number rules' examples assume: INTERPOL's member
/// countries (195 from November 2023, 196 from November 2024), Europol's, a budget in euros, and
/// the INTERPOL General Assembly's 91st to 93rd sessions.
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
                ]),
            .init(
                id: "europol", kind: .organization, names: ["Europol"],
                facts: [NumericFact(property: "member-countries", value: 27, from: PartialDate(year: 2020, month: 2))]),
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

    /// An example in English, dated and with the reference data.
    static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: reference)
    }
}
