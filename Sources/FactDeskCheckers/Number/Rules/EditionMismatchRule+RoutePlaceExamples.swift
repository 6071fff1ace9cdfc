import FactDeskKit

/// Examples of `edition-mismatch` for towns that do not place an edition: a town the venue is
/// located by (« au nord de Lyon », "near Leeds": the Valleys summit, the 4th in Lyon in 1991 and
/// the 17th in Brennac in 2024) and the towns of a race's route (the Alpine Loop, which knows
/// no places: its 41st edition in 2025).
extension EditionMismatchRule {
    static let routePlaceExamples: [RuleExample] = [
        valleys("Au château de Brennac, au nord de Lyon, s’est ouvert le ⟦XVIe Sommet des vallées⟧."),
        valleys("Au château de Brennac, au nord de Lyon, s’est ouvert le XVIIe Sommet des vallées."),
        // A landmark alone tells no edition: the 16th might have met near Lyon.
        valleys("Le XVIe Sommet des vallées s’est tenu près de Lyon."),
        valleysEnglish("The ⟦16th Valleys Summit⟧ opened in Brennac, north of Lyon."),
        valleysEnglish("The 16th Valleys Summit opened near Lyon."),
        loop("Le directeur de la Boucle alpine s’en félicite. Pour sa ⟦42e édition⟧ en 2025, la course partira de Gênes en Italie et arrivera à Lyon."),
        loop("Le directeur de la Boucle alpine s’en félicite. Pour sa 41e édition en 2025, la course partira de Gênes en Italie et arrivera à Lyon."),
        // A town that is no stage of a route may be another event's venue.
        loop("Le directeur de la Boucle alpine s’en félicite. Pour sa 42e édition en 2025, le festival aura lieu à Bastia."),
        loop("Le directeur de la Boucle alpine s’en félicite. Pour sa 42e édition en 2025, le festival arrivera à Bastia."),
    ]

    private static let routePlaceReference = InMemoryReference([
        .init(
            id: "valleys-summit", kind: .series, names: ["Sommet des vallées", "Valleys Summit"],
            editions: [
                exampleEdition(4, "1991-05-01", "1991-05-03", "Lyon"),
                exampleEdition(17, "2024-10-04", "2024-10-05", "Brennac"),
            ]),
        .init(
            id: "alpine-loop", kind: .series, names: ["Boucle alpine", "Alpine Loop"],
            editions: [
                exampleEdition(40, "2024-06-29", "2024-07-21"),
                exampleEdition(41, "2025-07-05", "2025-07-27"),
            ]),
    ])

    private static func valleys(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: nil, reference: routePlaceReference)
    }

    private static func valleysEnglish(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: nil, reference: routePlaceReference)
    }

    private static func loop(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: nil, reference: routePlaceReference)
    }
}
