import FactDeskKit

/// Examples of `fact-mismatch` for French past participles after a counted noun: one written
/// inside a longer term (« 22 films présentés en compétition » for « films en compétition ») is
/// read as that term; one after a one-word term (« 4 000 films visionnés ») picks out those an act
/// chose, which the property does not count. Their reference data: the 2025 Lakeside Film
/// Festival (21 films in competition).
extension FactMismatchRule {
    static let participleExamples: [RuleExample] = [
        french("Le Festival de Lakeside 2025 a dévoilé les ⟦22 films présentés en compétition⟧."),
        french("Le Festival de Lakeside 2025 a dévoilé les ⟦22 films⟧ de la compétition."),
        french("Le Festival de Lakeside 2025 a dévoilé les 21 films présentés en compétition."),
        french("Le Festival de Lakeside 2025 a reçu 4 000 films visionnés par le comité."),
    ]

    /// The examples' reference data.
    static let participleReference = InMemoryReference(
        [
            .init(
                id: "lakeside-festival-2025", kind: .event, names: ["Festival de Lakeside 2025"],
                facts: [NumericFact(property: "films-in-competition", value: 21)])
        ],
        properties: [
            ReferenceProperty(id: "films-in-competition", terms: [.fr: ["films en compétition", "films"]])
        ])

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: participleReference)
    }
}
