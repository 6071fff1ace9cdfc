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

    /// A count whose sentence writes the first and last days of one reference event with its
    /// property, far from publication (the Isles Regatta 2026, 5-11 January 2026, 14 clubs).
    static let writtenDaysExamples: [RuleExample] = {
        let reference = InMemoryReference(
            [
                .init(
                    id: "isles-regatta-2026", kind: .event, names: ["Isles Regatta 2026"],
                    start: PartialDate(year: 2026, month: 1, day: 5), end: PartialDate(year: 2026, month: 1, day: 11),
                    facts: [NumericFact(property: "clubs", value: 14)]),
                .init(id: "kesra", kind: .place, names: ["Kesra"]),
            ],
            properties: [ReferenceProperty(id: "clubs", terms: [.fr: ["clubs"], .en: ["clubs"]])])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: NumberExamples.published, reference: reference)
        }
        return [
            example("From January 5 to 11, Kesra hosts crews of ⟦16 clubs⟧ on the bay.", .en),
            example("From January 5 to 11, Kesra hosts crews of 14 clubs on the bay.", .en),
            example("Du 5 au 11 janvier, Kesra reçoit les équipages de ⟦16 clubs⟧ dans la baie.", .fr),
            example("Du 5 au 11 janvier, Kesra reçoit les équipages de 14 clubs dans la baie.", .fr),
            // Other days are another event's.
            example("From January 6 to 11, Kesra hosts crews of 16 clubs on the bay.", .en),
        ]
    }()
}
