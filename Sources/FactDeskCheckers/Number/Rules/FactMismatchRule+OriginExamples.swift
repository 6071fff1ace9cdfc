import FactDeskKit

/// Examples of `fact-mismatch` for the countries a fair's exhibitors come from ("1,200
/// exhibitors from 48 countries", « 1 200 exposants venus de 48 pays »): all of the fair's, not
/// some; and for a figure of the fair's days ahead that held on the publication date. Their
/// reference data: the 2025 Lakeside Book Fair, 1 to 5 December 2025 (1,200 exhibitors; 48
/// countries announced until 30 November, 52 from its opening), read on 24 November 2025.
extension FactMismatchRule {
    static let originExamples: [RuleExample] = [
        origin("The Lakeside Book Fair 2025 opens with 1,200 exhibitors from ⟦36 countries⟧.", .en),
        origin("The Lakeside Book Fair 2025 opens with 1,200 exhibitors from 48 countries.", .en),
        origin("Le Salon du livre de Lakeside 2025 ouvre avec 1 200 exposants venus de ⟦36 pays⟧.", .fr),
        origin("Le Salon du livre de Lakeside 2025 ouvre avec 1 200 exposants venus de 48 pays.", .fr),
        origin("The Lakeside Book Fair 2025 opens with 40 exhibitors from 12 African countries.", .en),
        // Figures of the days ahead, as known on the publication date.
        origin("The Lakeside Book Fair 2025, from December 1 to 5, gathers exhibitors from 48 countries.", .en),
        origin("The Lakeside Book Fair 2025, from December 1 to 5, gathers exhibitors from ⟦40 countries⟧.", .en),
    ]

    /// The examples' reference data.
    private static let originReference = InMemoryReference(
        [
            .init(
                id: "lakeside-book-fair-2025", kind: .event,
                names: ["Lakeside Book Fair 2025", "Salon du livre de Lakeside 2025"],
                start: PartialDate(year: 2025, month: 12, day: 1), end: PartialDate(year: 2025, month: 12, day: 5),
                facts: [
                    NumericFact(property: "exhibitors", value: 1200),
                    NumericFact(property: "countries", value: 48, to: PartialDate(year: 2025, month: 11, day: 30)),
                    NumericFact(property: "countries", value: 52, from: PartialDate(year: 2025, month: 12, day: 1)),
                ])
        ],
        properties: [
            ReferenceProperty(id: "exhibitors", terms: [.en: ["exhibitors"], .fr: ["exposants"]]),
            ReferenceProperty(id: "countries", terms: [.en: ["countries"], .fr: ["pays"]]),
        ])

    private static func origin(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NumberExamples.published, reference: originReference)
    }
}
