import FactDeskKit

/// Examples of a bare count above its subject's total in the reference data, against an
/// invented blast in Kesra (9 dead) and the trial that followed it (8 jurors); "people" and
/// « personnes » are terms of the toll.
enum ReferenceTotalsExamples {
    /// `part-exceeds-whole`: a count above the total, and the forms that stay silent.
    static let exceeding: [RuleExample] = [
        example("In the Kesra blast, ⟦40 people⟧ were killed.", .en),
        example("Dans l’explosion de Kesra, ⟦40 personnes⟧ ont été tuées.", .fr),
        example("In the Kesra blast, 9 people were killed.", .en),
        // People an act picked out are no part of the toll.
        example("After the Kesra blast, 600 people were rehoused.", .en),
        example("Après l’explosion de Kesra, près de 600 personnes ont été relogées.", .fr),
        // A total the text breaks down itself, one part being the reference's.
        example("Au procès de l’explosion de Kesra, 19 jurés : 8 titulaires et 11 remplaçants.", .fr),
        example("At the Kesra blast trial, 19 jurors (8 sitting and 11 in reserve) were sworn in.", .en),
        example("Au procès de l’explosion de Kesra, ⟦19 jurés⟧ siègent.", .fr),
    ]

    private static let reference = InMemoryReference(
        [
            .init(
                id: "kesra-blast", kind: .event, names: ["Kesra blast", "explosion de Kesra"],
                start: PartialDate(year: 2024, month: 6, day: 3), end: PartialDate(year: 2024, month: 6, day: 3),
                facts: [NumericFact(property: "deaths", value: 9)]),
            .init(
                id: "kesra-blast-trial", kind: .event, names: ["Kesra blast trial", "procès de l’explosion de Kesra"],
                start: PartialDate(year: 2025, month: 9, day: 1), end: PartialDate(year: 2025, month: 12, day: 19),
                facts: [NumericFact(property: "jurors", value: 8)]),
        ],
        properties: [
            ReferenceProperty(
                id: "deaths",
                terms: [.en: ["dead", "killed", "people"], .fr: ["morts", "personnes tuées", "personnes"]]),
            ReferenceProperty(id: "jurors", terms: [.en: ["jurors"], .fr: ["jurés"]]),
        ])

    private static func example(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NumberExamples.published, reference: reference)
    }
}
