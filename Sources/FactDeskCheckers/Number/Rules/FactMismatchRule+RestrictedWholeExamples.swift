import FactDeskKit

/// Examples of `fact-mismatch` for the whole of a part ("N of the M …") whose term a participle
/// restricts: when the part is the reference value, the restriction may be the part's and the
/// sentence is left alone. Their reference data: the Kesra council, 40 of whose members are
/// elected by the districts.
extension FactMismatchRule {
    static let restrictedWholeExamples: [RuleExample] = [
        example("At the Kesra council, 40 of the 52 members elected by the districts sat on Monday."),
        example("At the Kesra council, 38 of the ⟦52 members elected by⟧ the districts sat on Monday."),
        example("The Kesra council has ⟦52 members elected by⟧ the districts."),
    ]

    private static let restrictedWholeReference = InMemoryReference(
        [
            .init(
                id: "kesra-council", kind: .organization, names: ["Kesra council"],
                facts: [NumericFact(property: "members-elected", value: 40)])
        ],
        properties: [ReferenceProperty(id: "members-elected", terms: [.en: ["members elected by"]])])

    private static func example(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: restrictedWholeReference)
    }
}
