import FactDeskKit

/// Examples of `edition-mismatch` for an edition noun whose complement is only a short head of
/// the series named before (« la 40e édition du Festival », "the 12th edition of the Games"):
/// the head stands for that series when it is a word of its name; a complement that goes on
/// with a name (« du Festival d’Orbec ») or a head of no series named before is left alone.
extension EditionMismatchRule {
    static let shortHeadExamples: [RuleExample] = [
        festival(
            "Le Festival de Valmont s’est ouvert vendredi. La ⟦40e édition⟧ du Festival se tient jusqu’au 23 juin."),
        festival("Le Festival de Valmont s’est ouvert vendredi. La 41e édition du Festival se tient jusqu’au 23 juin."),
        festival("Le Festival de Valmont s’est ouvert vendredi. La 40e édition du Festival d’Orbec se tient en juin."),
        games("The Riverside Games opened on Friday. The ⟦12th edition⟧ of the Games runs until July 10.", .en),
        games("The Riverside Games opened on Friday. The 13th edition of the Games runs until July 10.", .en),
        games(
            "Les Jeux de Riverside se sont ouverts vendredi. La ⟦12e édition⟧ des Jeux dure jusqu’au 10 juillet.", .fr),
        games("Les Jeux de Riverside se sont ouverts vendredi. La 13e édition des Jeux dure jusqu’au 10 juillet.", .fr),
        games("Les Jeux de Riverside se sont ouverts vendredi. La 12e édition du Salon dure jusqu’au 10 juillet.", .fr),
    ]

    /// Saturday 15 June 2024, the day after the festival's 41st edition opened.
    private static let festivalDay = CalendarDate(year: 2024, month: 6, day: 15)
    /// Saturday 2 July 2022, the day after the games' 13th edition opened.
    private static let gamesDay = CalendarDate(year: 2022, month: 7, day: 2)

    private static let shortHeadReference = InMemoryReference([
        .init(
            id: "valmont-festival", kind: .series, names: ["Festival de Valmont", "Valmont Festival"],
            editions: [
                exampleEdition(40, "2023-06-16", "2023-06-25", "Valmont"),
                exampleEdition(41, "2024-06-14", "2024-06-23", "Valmont"),
            ]),
        .init(
            id: "riverside-games", kind: .series, names: ["Riverside Games", "Jeux de Riverside"],
            editions: [
                exampleEdition(12, "2018-07-06", "2018-07-15", "Riverside"),
                exampleEdition(13, "2022-07-01", "2022-07-10", "Riverside"),
            ]),
    ])


    private static func festival(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: festivalDay, reference: shortHeadReference)
    }

    private static func games(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: gamesDay, reference: shortHeadReference)
    }
}
