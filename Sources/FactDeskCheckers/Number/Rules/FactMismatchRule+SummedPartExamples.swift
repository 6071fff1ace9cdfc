import FactDeskKit
import Foundation

/// Examples of `fact-mismatch` for a figure that sums the things counted just before it (« 18
/// côtes pour un total de 41 kilomètres »): a total of those, some of the subject's
/// (`part-exceeds-whole` reads it against the whole). The Kesra Classic 2026, an invented
/// one-day race of 231.6 km.
extension FactMismatchRule {
    /// The Kesra Classic 2026 and its distance, in kilometres.
    static let summedPartReference = InMemoryReference(
        [
            .init(
                id: "kesra-classic-2026", kind: .event, names: ["Kesra Classic 2026", "Classique de Kesra 2026"],
                start: PartialDate(year: 2026, month: 4, day: 12), end: PartialDate(year: 2026, month: 4, day: 12),
                facts: [NumericFact(property: "distance", value: Decimal(string: "231.6")!, unit: "km")])
        ],
        properties: [
            ReferenceProperty(id: "distance", terms: [.fr: ["kilomètres"], .en: ["kilometres"]])
        ])

    /// An example read a week before the race with ``summedPartReference``.
    static func summedPartExample(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(
            text, language: language, published: CalendarDate(year: 2026, month: 4, day: 4), reference: summedPartReference)
    }

    static let summedPartExamples: [RuleExample] = {
        let example = summedPartExample
        return [
            example("The Kesra Classic 2026 runs over a total of ⟦250 kilometres⟧.", .en),
            example("The Kesra Classic 2026 runs over a total of 232 kilometres.", .en),
            example("The Kesra Classic 2026 starts on Sunday. Riders face 18 climbs for a total of 41 kilometres.", .en),
            example(
                "La Classique de Kesra 2026 part dimanche. Les coureurs affrontent 18 côtes pour un total de 41 kilomètres.",
                .fr),
            example("La Classique de Kesra 2026 se court sur un total de ⟦250 kilomètres⟧.", .fr),
        ]
    }()
}
