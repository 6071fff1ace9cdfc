import FactDeskKit

/// Examples of `fact-mismatch` for a holder's tally after a verb of winning
/// (``ClaimBuilder/isWinnersTally(before:termEnd:in:)``): the film Harbour Lights won four
/// awards, the River Party 40 seats.
extension FactMismatchRule {
    static let winnersTallyExamples: [RuleExample] = {
        let reference = InMemoryReference(
            [
                .init(
                    id: "harbour-lights", kind: .other, names: ["Harbour Lights"],
                    facts: [NumericFact(property: "awards-won", value: 4)]),
                .init(
                    id: "river-party", kind: .organization, names: ["River Party", "Parti du Fleuve"],
                    facts: [NumericFact(property: "seats", value: 40)]),
            ],
            properties: [
                ReferenceProperty(id: "awards-won", terms: [.fr: ["trophées"], .en: ["awards"]]),
                ReferenceProperty(id: "seats", terms: [.fr: ["sièges"], .en: ["seats"]]),
            ])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: NumberExamples.published, reference: reference)
        }
        return [
            example("Harbour Lights won ⟦five awards⟧, including best film.", .en),
            example("Harbour Lights won four awards, including best film.", .en),
            example("Harbour Lights took home ⟦five awards⟧.", .en),
            example("Harbour Lights a remporté ⟦cinq trophées⟧, dont celui du meilleur film.", .fr),
            example("Harbour Lights a remporté quatre trophées, dont celui du meilleur film.", .fr),
            // A complement of kind or place after the term: some of them.
            example("Harbour Lights won two awards for its music.", .en),
            example("The River Party won 12 seats in the north.", .en),
            example("The River Party won ⟦41 seats⟧.", .en),
        ]
    }()
}
