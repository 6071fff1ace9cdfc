import FactDeskKit

/// Examples of `edition-mismatch` for editions told relative to the publication date or to the
/// edition at hand: "last year's", "this year's", "next year's" before the ordinal; an ordinal in
/// apposition to the previous or the next edition (« l’édition précédente, la 40e »), read only
/// when an edition is near the publication date and no sentence just before dates another year;
/// a body named in the sentence before an
/// event noun and its adjective (« la 13e Assemblée générale »); and the initials of a name with
/// its complement (« APS » of « Assemblée portuaire de la santé »); and "last year", « l’an
/// dernier » after the ordinal, which dates it rather than a deadline further away in its sentence;
/// a year after another edition (« comme à la précédente édition, en 2023 ») dates that one; and
/// an edition whose days the paragraph writes (« son 32e voyage officiel … du 12 au 15 octobre »)
/// is that one, whatever the tense.
extension EditionMismatchRule {
    static let relativeEditionExamples: [RuleExample] = [
        festival("Last year's ⟦39th Corvino Film Festival⟧ drew record crowds.", .en),
        festival("Last year's 40th Corvino Film Festival drew record crowds.", .en),
        festival("Next year's ⟦43rd Corvino Film Festival⟧ opens in August.", .en),
        festival("Next year's 42nd Corvino Film Festival opens in August.", .en),
        assembly("The Harbour Health Assembly opened on Monday. This year's ⟦30th Assembly⟧ will vote on a budget.", .en),
        assembly("The Harbour Health Assembly opened on Monday. This year's 31st Assembly will vote on a budget.", .en),
        festival("The Corvino Film Festival closed on Saturday. The previous edition, the ⟦39th⟧, was cut short by rain.", .en),
        festival("The Corvino Film Festival closed on Saturday. The previous edition, the 40th, was cut short by rain.", .en),
        RuleExample(
            "The Corvino Film Festival closed in September. The previous edition, the 39th, was cut short by rain.",
            language: .en, published: CalendarDate(year: 2024, month: 12, day: 10), reference: relativeReference),
        festival(
            "The Corvino Film Festival moved to the harbour in 2019. The previous edition, the 38th, was cut short by rain.",
            .en),
        festival("The Corvino Film Festival closed on Saturday. The next edition, the ⟦43rd⟧, opens in August.", .en),
        festival("The Corvino Film Festival closed on Saturday. The next edition, the 42nd, opens in August.", .en),
        festival(
            "Le Festival de Corvino s’est achevé samedi. L’édition précédente, la ⟦39e⟧, avait été écourtée par la pluie.",
            .fr),
        festival(
            "Le Festival de Corvino s’est achevé samedi. L’édition précédente, la 40e, avait été écourtée par la pluie.",
            .fr),
        festival("Le Festival de Corvino s’est achevé samedi. La prochaine édition, la ⟦43e⟧, s’ouvrira fin août.", .fr),
        festival("Le Festival de Corvino s’est achevé samedi. La prochaine édition, la 42e, s’ouvrira fin août.", .fr),
        // The days the paragraph writes are the numbered edition's, whatever the tense says.
        trip("La ministre fera son 32e voyage officiel. Elle ira à Corvino du 12 au 15 octobre.", .fr),
        trip("The minister will make her 32nd official trip. She will visit Corvino from 12 to 15 October.", .en),
        trip("La ministre fera son ⟦33e voyage officiel⟧. Elle ira à Corvino du 12 au 15 octobre.", .fr),
        league("La Ligue des ports réunit cette semaine ses membres à Porto. La ⟦14e Assemblée⟧ générale s’est ouverte lundi."),
        league("La Ligue des ports réunit cette semaine ses membres à Porto. La 13e Assemblée générale s’est ouverte lundi."),
        assembly("Mardi, les délégués de la ⟦30e APS⟧ ont débattu du budget.", .fr),
        assembly("Mardi, les délégués de la 31e APS ont débattu du budget.", .fr),
        festival("Entries close on 30 June 2025, as decided at the 40th Corvino Film Festival last year.", .en),
        festival("Les inscriptions fermeront le 30 juin 2025, comme l’a voulu le 40e Festival de Corvino l’an dernier.", .fr),
        festival("Entries close on 30 June 2025, as decided at the ⟦39th Corvino Film Festival⟧ last year.", .en),
        festival(
            "Le 41e Festival de Corvino, créé en 1984, a attiré plus de monde que lors de la précédente édition, en 2023.",
            .fr),
        festival("The 41st Corvino Film Festival drew bigger crowds than the last edition in 2023.", .en),
        festival("Du 28 août au 7 septembre 2024, Corvino accueille le 41e Festival de Corvino.", .fr),
        festival("The ⟦40th Corvino Film Festival⟧ in 2024 drew bigger crowds than the last edition in 2023.", .en),
    ]

    /// Sunday 8 September 2024, the day after the festival's 41st edition closed.
    private static let festivalEnd = CalendarDate(year: 2024, month: 9, day: 8)
    /// Tuesday 28 May 2024, the day after the assembly's 31st session opened.
    private static let assemblyWeek = CalendarDate(year: 2024, month: 5, day: 28)
    /// Tuesday 25 November 2025, during the league's 13th general assembly.
    private static let leagueWeek = CalendarDate(year: 2025, month: 11, day: 25)

    private static let relativeReference = InMemoryReference([
        .init(id: "ports-league", kind: .organization, names: ["Ports League", "Ligue des ports"]),
        .init(
            id: "harbour-health-assembly", kind: .series,
            names: ["Harbour Health Assembly", "Assemblée portuaire de la santé"],
            editions: [
                exampleEdition(30, "2023-05-22", "2023-05-27", "Valmora"),
                exampleEdition(31, "2024-05-27", "2024-06-01", "Valmora"),
            ]),
        .init(
            id: "corvino-festival", kind: .series, names: ["Corvino Film Festival", "Festival de Corvino"],
            editions: [
                exampleEdition(40, "2023-08-30", "2023-09-09", "Corvino"),
                exampleEdition(41, "2024-08-28", "2024-09-07", "Corvino"),
                exampleEdition(42, "2025-08-27", "2025-09-06", "Corvino"),
            ]),
        .init(
            id: "minister-trips", kind: .series, names: ["official trip", "voyage officiel"],
            editions: [
                exampleEdition(31, "2024-10-01", "2024-10-05", "Valmora"),
                exampleEdition(32, "2024-10-12", "2024-10-15", "Corvino"),
            ]),
        .init(
            id: "ports-league-assembly", kind: .series,
            names: ["Ports League General Assembly", "Assemblée générale de la Ligue des ports"],
            editions: [
                exampleEdition(12, "2024-11-04", "2024-11-07", "Lyon"),
                exampleEdition(13, "2025-11-24", "2025-11-27", "Porto"),
            ]),
    ])

    private static func festival(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: festivalEnd, reference: relativeReference)
    }

    private static func assembly(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: assemblyWeek, reference: relativeReference)
    }

    /// A minister's official trips, read in May 2024, before the 31st and the 32nd.
    private static func trip(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(
            text, language: language, published: CalendarDate(year: 2024, month: 5, day: 20), reference: relativeReference)
    }

    private static func league(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: leagueWeek, reference: relativeReference)
    }
}
