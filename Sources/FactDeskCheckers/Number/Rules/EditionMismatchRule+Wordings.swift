import FactDeskKit

/// Examples of `edition-mismatch` for more ways news numbers an edition: a possessive before
/// « édition », "edition" in a sentence with no date (« Pour sa 42e édition, le festival … », «
/// le festival en est à sa 42e édition », "for its 42nd edition": the edition under way or within
/// ten days); « la 42e du nom » after a sentence naming the series; « La 42e du Festival … »,
/// "The 42nd of the … Festival" (the noun left out; not a ranking: « classé 42e du Festival »);
/// "the festival’s 42nd" after the series' name (a body's or an event's possessive, not a town's); « le 42e de son histoire »,
/// "the 42nd in its history" after it; "the 42nd running of"; a number after a space before
/// "mission" ("the Cosmos 4 mission"); the leaders between a body and its summit ("the 21st G9
/// leaders’ summit", « le 21e sommet des dirigeants du G9 », whether or not the reference data
/// knows the G9); a body's possessive before the ordinal ("The G9’s 21st summit"); the days of
/// a date telling apart two editions held in one year; « à la veille du », "on the eve of" (the
/// edition about to open); « Ce 13e sommet » after a sentence whose only date is history («
/// depuis 1995 »); « la présidence de l’Organisation … lors du 13e sommet de l’organisation »
/// (a body named before the noun in its own sentence).
///
/// Their reference data is that of ``formExamples`` (the Bastia film festival, the 41st under way
/// on the publication date, Monday 24 November 2025; the Hanse summit, the 12th on 5-6 December
/// 2025), that of ``NumberExamples`` for the Cosmos missions, and ``g9Reference``.
extension EditionMismatchRule {
    static let wordingExamples: [RuleExample] = [
        wordingFrench("Pour sa ⟦42e édition⟧, le Festival du film de Bastia met les actrices à l’honneur."),
        wordingFrench("Pour sa 41e édition, le Festival du film de Bastia met les actrices à l’honneur."),
        wordingFrench("La ⟦42e du Festival du film de Bastia⟧ se tient jusqu’à dimanche."),
        wordingFrench("La 41e du Festival du film de Bastia se tient jusqu’à dimanche."),
        wordingFrench("Le film classé 42e du Festival du film de Bastia sort en salles."),
        wordingFrench("Au palmarès, la 42e du Festival du film de Bastia est une comédie."),
        wordingEnglish("The ⟦42nd of the Bastia Film Festival⟧ opened on Saturday."),
        wordingEnglish("The Bastia Film Festival opened in November 2025, the festival’s ⟦42nd⟧."),
        wordingEnglish("The Bastia Film Festival opened in November 2025, the festival’s 41st."),
        wordingEnglish("The Bastia Film Festival opened in November 2025, the town’s 42nd."),
        wordingFrench("Le Festival du film de Bastia en est à sa ⟦42e édition⟧."),
        wordingFrench("Le Festival du film de Bastia en est à sa 41e édition."),
        wordingEnglish("For its ⟦42nd edition⟧, the Bastia Film Festival puts actresses in the spotlight."),
        wordingEnglish("For its 41st edition, the Bastia Film Festival puts actresses in the spotlight."),
        RuleExample(
            "Pour sa 41e édition, le Festival du film de Bastia a mis les actrices à l’honneur.", language: .fr,
            published: CalendarDate(year: 2026, month: 3, day: 2), reference: formReference),
        wordingFrench("Le Festival du film de Bastia s’est ouvert samedi. La ⟦42e⟧ du nom est présidée par une actrice."),
        wordingFrench("Le Festival du film de Bastia s’est ouvert samedi. La 41e du nom est présidée par une actrice."),
        wordingFrench("Le Festival du film de Bastia s’est ouvert samedi, le ⟦42e⟧ de son histoire."),
        wordingFrench("Le Festival du film de Bastia s’est ouvert samedi, le 41e de son histoire."),
        wordingEnglish("The Bastia Film Festival opened on Saturday, the ⟦42nd⟧ in its history."),
        wordingEnglish("The Bastia Film Festival opened on Saturday, the 41st in its history."),
        wordingEnglish("The ⟦42nd running⟧ of the Bastia Film Festival opened on Saturday."),
        wordingEnglish("The 41st running of the Bastia Film Festival opened on Saturday."),
        wordingEnglish("The Bastia Film Festival opened on Saturday with the third running of its short-film race."),
        NumberExamples.english("A new phase of the ⟦Cosmos 4⟧ mission is just beginning.", published: NumberExamples.published),
        NumberExamples.english("A new phase of the Cosmos 5 mission is just beginning.", published: NumberExamples.published),
        g9English("The ⟦21st G9 leaders’ summit⟧ opened on June 10, 2025."),
        g9English("The 20th G9 leaders’ summit opened on June 10, 2025."),
        g9English("The ⟦21st G9 Leaders’ Summit⟧ opened on June 10, 2025."),
        g9English("The G9’s ⟦21st summit⟧ opened on June 10, 2025."),
        g9English("The G9’s 20th summit opened on June 10, 2025."),
        g9French("Le ⟦21e sommet⟧ des dirigeants du G9 s’est ouvert le 10 juin 2025."),
        g9French("Le ⟦21e sommet⟧ des chefs d’État et de gouvernement du G9 s’est ouvert le 10 juin 2025."),
        g9French("Le 20e sommet des dirigeants du G9 s’est ouvert le 10 juin 2025."),
        g9French("Le 12e sommet de la Ligue s’est ouvert le 10 juin 2025 en présence du G9."),
        g9French("Le ⟦30e sommet de la Ligue des ports⟧ s’est tenu du 3 au 4 juillet 2025."),
        g9French("Le 31e sommet de la Ligue des ports s’est tenu du 3 au 4 juillet 2025."),
        g9English("The ⟦31st Ports League summit⟧ was held on January 20, 2025."),
        g9English("The 30th Ports League summit was held on January 20, 2025."),
        g9English("The 31st Ports League summit was held in 2025."),
        eveFrench("À la veille du ⟦XIIIe Sommet de la Hanse⟧, le maire a inauguré un musée."),
        eveFrench("À la veille du XIIe Sommet de la Hanse, le maire a inauguré un musée."),
        eveEnglish("On the eve of the ⟦13th Hanse Summit⟧, the mayor opened a museum."),
        eveEnglish("On the eve of the 12th Hanse Summit, the mayor opened a museum."),
        eveFrench("Lübeck n’avait plus accueilli le Sommet de la Hanse depuis 1995. Ce ⟦13e sommet⟧ se tient à Lübeck."),
        eveFrench("Lübeck n’avait plus accueilli le Sommet de la Hanse depuis 1995. Ce 12e sommet se tient à Lübeck."),
        eveFrench(
            "Le maire prend la présidence de l’Organisation internationale de la Hanse lors du ⟦13e sommet⟧ de l’organisation, vendredi."
        ),
        eveFrench(
            "Le maire prend la présidence de l’Organisation internationale de la Hanse lors du 12e sommet de l’organisation, vendredi."
        ),
    ]

    /// The day before the 12th Hanse summit opens (Thursday 4 December 2025).
    static let eveOfHanseSummit = CalendarDate(year: 2025, month: 12, day: 4)

    private static func eveFrench(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: eveOfHanseSummit, reference: formReference)
    }

    private static func eveEnglish(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: eveOfHanseSummit, reference: formReference)
    }

    /// The summits of the G9, a group the reference data knows only through them (the 20th on
    /// 10-12 June 2025), and those of the Ports League, two a year in Tangier (the 30th on 20-21
    /// January 2025, the 31st on 3-4 July 2025).
    static let g9Reference = InMemoryReference([
        .init(
            id: "g9-summit", kind: .series, names: ["sommet du G9", "G9 summit", "G9 Summit"],
            editions: [wordingEdition(20, (2025, 6, 10), (2025, 6, 12), "Aix")]),
        .init(
            id: "ports-league-summit", kind: .series, names: ["sommet de la Ligue des ports", "Ports League summit"],
            editions: [
                wordingEdition(30, (2025, 1, 20), (2025, 1, 21), "Tanger"),
                wordingEdition(31, (2025, 7, 3), (2025, 7, 4), "Tanger"),
            ]),
    ])

    private static func wordingEdition(
        _ number: Int, _ start: (Int, Int, Int), _ end: (Int, Int, Int), _ place: String
    ) -> ReferenceEdition {
        ReferenceEdition(
            number: number, start: PartialDate(year: start.0, month: start.1, day: start.2),
            end: PartialDate(year: end.0, month: end.1, day: end.2), placeSpellings: [place], source: ReferenceSource())
    }

    private static func wordingFrench(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: formReference)
    }

    private static func wordingEnglish(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: formReference)
    }

    private static func g9French(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: g9Reference)
    }

    private static func g9English(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: g9Reference)
    }
}
