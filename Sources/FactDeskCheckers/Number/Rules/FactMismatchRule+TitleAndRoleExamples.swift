import FactDeskKit

/// Examples of `fact-mismatch` for a holder's tally of titles written "N-time" before the
/// property's term, in an apposition ("Reyes, a five-time major champion"), after a copula, or
/// before the holder's name — not for someone unnamed ("beat a five-time major champion"), nor
/// without the term after it ("a five-time visitor"); and for a count after a role its subject
/// serves as ("will sit as the Official Opposition with 35 seats"), which names no other owner —
/// not after "as" as a conjunction ("as Lakeland Unity took 35 seats"); and for a capacity whose
/// longer term opens with the word after the hyphen ("96-player draws"). Their reference data:
/// Ana Reyes (4 major titles), the Green Party (31 seats) and the Lakeside Open (128-player draws).
extension FactMismatchRule {
    static let titleAndRoleExamples: [RuleExample] = [
        english("Ana Reyes, a ⟦five-time major champion⟧, reached the final in Oslo."),
        english("Ana Reyes, a ⟦5-time major champion⟧, reached the final in Oslo."),
        english("In Oslo, Ana Reyes is a ⟦five-time major champion⟧."),
        english("The crowd cheered the ⟦five-time major champion⟧ Ana Reyes in Oslo."),
        english("Ana Reyes, a four-time major champion, reached the final in Oslo."),
        english("Ana Reyes beat a five-time major champion in the final in Oslo."),
        english("Ana Reyes, a five-time visitor to Oslo, reached the final."),
        english("The Green Party will sit as the Official Opposition with ⟦35 seats⟧, up from 20."),
        english("The Green Party will sit as the Official Opposition with 31 seats, up from 20."),
        english("The Green Party lost ground as Lakeland Unity took 35 seats in the north."),
        english("The Lakeside Open has ⟦96-player draws⟧ this year."),
        english("The Lakeside Open has 128-player draws this year."),
        english("Crowds cheered as ⟦five-time major champion⟧ Ana Reyes walked on court."),
    ]

    /// The examples' reference data.
    static let titleAndRoleReference = InMemoryReference(
        [
            .init(id: "oslo", kind: .place, names: ["Oslo"]),
            .init(
                id: "ana-reyes", kind: .person, names: ["Ana Reyes", "Reyes"],
                facts: [NumericFact(property: "major-titles", value: 4)]),
            .init(
                id: "green-party", kind: .organization, names: ["Green Party"],
                facts: [NumericFact(property: "seats", value: 31)]),
            .init(
                id: "lakeside-open", kind: .event, names: ["Lakeside Open"],
                facts: [NumericFact(property: "singles-draw", value: 128)]),
        ],
        properties: [
            ReferenceProperty(id: "major-titles", terms: [.en: ["major champion", "major titles"]]),
            ReferenceProperty(id: "seats", terms: [.en: ["seats"]]),
            ReferenceProperty(id: "singles-draw", terms: [.en: ["player draws"]]),
        ])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: titleAndRoleReference)
    }
}
