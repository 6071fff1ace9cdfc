import FactDeskKit

/// Examples of `edition-mismatch` for an edition's place written with an elided article
/// (« Côte d’Émeraude »), which drafts split after the apostrophe: the Coastal Games, the 9th on
/// the Côte d’Émeraude in 2024 and the 8th in Portmere in 2022.
extension EditionMismatchRule {
    static let elidedPlaceExamples: [RuleExample] = [
        coastal("La ⟦8e édition⟧ des Jeux côtiers se tiendra sur la Côte d’Émeraude."),
        coastal("La 9e édition des Jeux côtiers se tiendra sur la Côte d’Émeraude."),
        coastal("La 8e édition des Jeux côtiers s’est tenue à Portmere."),
    ]

    private static let coastalReference = InMemoryReference([
        .init(
            id: "coastal-games", kind: .series, names: ["Jeux côtiers", "Coastal Games"],
            editions: [
                exampleEdition(8, "2022-06-01", "2022-06-10", "Portmere"),
                exampleEdition(9, "2024-06-01", "2024-06-10", "Côte d’Émeraude"),
            ])
    ])

    private static func coastal(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: nil, reference: coastalReference)
    }
}
