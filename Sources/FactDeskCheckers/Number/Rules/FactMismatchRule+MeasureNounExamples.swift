import FactDeskKit

/// Examples of `fact-mismatch` for a measure brought in by its noun and "of" / « de » ("has a
/// capacity of 100 MW", « d’une longueur de 1 500 mètres »): the figure is the whole measure, not
/// some of it. Their reference data: the Kesra Power Station (120 MW) and the Kesra Bridge
/// (1,500 metres long).
extension FactMismatchRule {
    static let measureNounExamples: [RuleExample] = [
        english("The Kesra Power Station has a capacity of ⟦12 MW⟧."),
        english("With a capacity of ⟦12 MW⟧, the Kesra Power Station opened on Friday."),
        french("Le pont de Kesra, d’une longueur de ⟦150 mètres⟧, a été inauguré mardi."),
        english("The Kesra Power Station has a capacity of 120 MW."),
        french("Le pont de Kesra, d’une longueur de 1 500 mètres, a été inauguré mardi."),
        // "of" after another noun may still bring in some of the measure, far below it.
        english("The Kesra Power Station sold a share of 12 MW to the grid."),
    ]

    /// The examples' reference data.
    static let measureNounReference = InMemoryReference(
        [
            .init(
                id: "kesra-power-station", kind: .other, names: ["Kesra Power Station"],
                facts: [NumericFact(property: "capacity", value: 120)]),
            .init(
                id: "kesra-bridge", kind: .other, names: ["Kesra Bridge", "pont de Kesra"],
                facts: [NumericFact(property: "length", value: 1500)]),
        ],
        properties: [
            ReferenceProperty(id: "capacity", terms: [.en: ["MW", "megawatts"], .fr: ["MW", "mégawatts"]]),
            ReferenceProperty(id: "length", terms: [.en: ["metres", "km"], .fr: ["mètres", "km"]]),
        ])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: measureNounReference)
    }

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: measureNounReference)
    }
}
