import FactDeskKit

/// Examples of `fact-mismatch` for a capacity whose number is written in words and joined to its
/// noun by a hyphen, read like "the 31-member alliance": "the six-nation Reed Group", "the
/// eight-member Hill Commission", "the eight-strong commission" after the commission is named,
/// "its six-member jury" of a festival; not after "a" without a name ("a three-member
/// delegation"), nor a word that is no capacity of the reference data ("a two-state solution",
/// "a one-man show", "three-time"), nor an ordinal ("second-hand"). Their reference data: the Reed
/// Group (7 member countries), the Hill Commission (9 members) and the 2025 Lakeside Film
/// Festival (7 jury members).
extension FactMismatchRule {
    static let speltCapacityExamples: [RuleExample] = [
        english("The ⟦six-nation⟧ Reed Group met in Oslo on Monday."),
        english("The ⟦eight-member⟧ Hill Commission will report in May."),
        english("The Hill Commission met on Monday. The ⟦eight-strong⟧ commission will report in May."),
        english("The ⟦twenty-two-member⟧ Hill Commission will report in May."),
        english("The seven-nation Reed Group met in Oslo on Monday."),
        english("The nine-member Hill Commission will report in May."),
        english("The Hill Commission met on Monday. The nine-strong commission will report in May."),
        english("The Hill Commission sent a three-member delegation to Oslo."),
        english("The Reed Group met in Oslo. Lakeland backed a two-state solution."),
        english("The Reed Group met in Oslo, where a three-time champion gave a one-man show."),
        english("The Reed Group met in Oslo. Its members sold second-hand cars."),
        english("The Reed Group held a four-day summit in Oslo."),
    ]

    /// The examples' reference data.
    static let speltCapacityReference = InMemoryReference(
        [
            .init(id: "lakeland", kind: .place, names: ["Lakeland"]),
            .init(id: "oslo", kind: .place, names: ["Oslo"]),
            .init(
                id: "reed-group", kind: .organization, names: ["Reed Group"],
                facts: [NumericFact(property: "member-countries", value: 7)]),
            .init(
                id: "hill-commission", kind: .organization, names: ["Hill Commission"],
                facts: [NumericFact(property: "members", value: 9)]),
            .init(
                id: "lakeside-festival-2025", kind: .event, names: ["2025 Lakeside Film Festival"],
                facts: [NumericFact(property: "jury-members", value: 7)]),
        ],
        properties: [
            ReferenceProperty(id: "member-countries", terms: [.en: ["member countries", "member states"]]),
            ReferenceProperty(id: "members", terms: [.en: ["members"]]),
            ReferenceProperty(id: "jury-members", terms: [.en: ["jury members"]]),
            ReferenceProperty(id: "champions", terms: [.en: ["times"]]),
        ])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: speltCapacityReference)
    }
}
