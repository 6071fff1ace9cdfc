import FactDeskKit

/// Examples of `fact-mismatch` for a count whose draft names nothing with its property, read as
/// the one reference event with it under way or just held (the Rivers Festival 2025, 20-30
/// November 2025, 21 films in competition, published on 24 November 2025); not a count after a
/// personal pronoun, some person's.
extension FactMismatchRule {
    static let recentEventExamples: [RuleExample] = {
        let reference = InMemoryReference(
            [
                .init(
                    id: "rivers-festival-2025", kind: .event, names: ["Rivers Festival 2025"],
                    start: PartialDate(year: 2025, month: 11, day: 20), end: PartialDate(year: 2025, month: 11, day: 30),
                    facts: [NumericFact(property: "films-in-competition", value: 21)])
            ],
            properties: [ReferenceProperty(id: "films-in-competition", terms: [.fr: ["films"], .en: ["films"]])])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: NumberExamples.published, reference: reference)
        }
        return [
            example("This year, ⟦30 films⟧ are in competition.", .en),
            example("This year, 21 films are in competition.", .en),
            example("She has made 30 films since 1990.", .en),
            example("Depuis ses débuts, elle a réalisé 30 films.", .fr),
        ]
    }()
}
