import FactDeskKit

/// Examples of `fact-mismatch` for a word the reference data lists for several properties
/// ("members", « membres », "films"): the count is held against the property whose facts its
/// subject has ("the Reed Bloc has 12 members" counts member countries, "the Hill Chamber has
/// 90 members" seats). Their reference data: the Reed Bloc (11 member countries), the Hill
/// Chamber (95 seats) and the 2025 Lakeside Film Festival (7 jury members), with "members",
/// « membres » a term of all three properties.
extension FactMismatchRule {
    static let sharedTermExamples: [RuleExample] = [
        english("The Reed Bloc has ⟦12 members⟧."),
        english("The Hill Chamber has ⟦90 members⟧."),
        english("While the Hill Chamber comprises ⟦90 members⟧, only 80 were elected."),
        french("Le Bloc des Roseaux compte ⟦12 membres⟧."),
        french("La Chambre des Collines compte ⟦90 membres⟧."),
        english("The Reed Bloc has 11 members."),
        english("The Hill Chamber has 95 members."),
        english("The jury of the 2025 Lakeside Film Festival has seven members."),
        french("La Chambre des Collines compte 95 membres."),
        english("The Hill Chamber has 40 members from the north."),
        english("The Hill Chamber is made up of ⟦90 members⟧ from 14 parties."),
    ]

    /// The examples' reference data.
    static let sharedTermReference = InMemoryReference(
        [
            .init(
                id: "reed-bloc", kind: .organization, names: ["Reed Bloc", "Bloc des Roseaux"],
                facts: [NumericFact(property: "member-countries", value: 11)]),
            .init(
                id: "hill-chamber", kind: .organization, names: ["Hill Chamber", "Chambre des Collines"],
                facts: [NumericFact(property: "seats", value: 95)]),
            .init(
                id: "lakeside-festival-2025", kind: .event, names: ["2025 Lakeside Film Festival"],
                facts: [NumericFact(property: "jury-members", value: 7)]),
        ],
        properties: [
            ReferenceProperty(id: "jury-members", terms: [.en: ["jury members", "members"], .fr: ["jurés", "membres"]]),
            ReferenceProperty(id: "member-countries", terms: [.en: ["member countries", "members"], .fr: ["pays membres", "membres"]]),
            ReferenceProperty(id: "seats", terms: [.en: ["seats", "members"], .fr: ["sièges", "membres"]]),
        ])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: sharedTermReference)
    }

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: sharedTermReference)
    }
}
