import FactDeskKit

/// Examples of `edition-mismatch` for two series that share a name ("General Conference", of the
/// port authorities' union and of the river towns' league): the body named nearest tells which,
/// and nothing does when none is named. The union's sessions run from September to September,
/// so a year holds two of them: a weekday told from the publication date tells which one. A name
/// that opens with an article (« Les Nuits ») gives way to the longer series name after the
/// article (« les Nuits du Port de Kesra »).
extension EditionMismatchRule {
    static let sharedNameExamples: [RuleExample] = [
        shared("Speaking on Tuesday at the ⟦40th session⟧ of the UPA General Conference, she urged cuts.", .en, late),
        shared("Speaking on Tuesday at the 41st session of the UPA General Conference, she urged cuts.", .en, late),
        shared("La ⟦40e session⟧ de la Conférence générale de l’UPA s’ouvrira mardi.", .fr, early),
        shared("La 41e session de la Conférence générale de l’UPA s’ouvrira mardi.", .fr, early),
        shared("The ⟦42nd session⟧ of the UPA General Conference opened on Tuesday.", .en, opening),
        shared("The 41st session of the UPA General Conference opened on Tuesday.", .en, opening),
        shared("The 41st session of the UPA General Conference closed on Monday.", .en, opening),
        shared("The LRT gathered its members this week. The ⟦12th General Conference⟧ opened on Monday.", .en, league),
        shared("The ⟦12th General Conference⟧ of the LRT opened on Monday.", .en, league),
        shared("La ⟦12e Conférence générale de la LRT⟧ s’est ouverte lundi.", .fr, league),
        shared("The LRT gathered its members this week. The 13th General Conference opened on Monday.", .en, league),
        shared("The 13th General Conference of the LRT opened on Monday.", .en, league),
        shared("The 12th General Conference opened on Monday.", .en, league),
        shared("La 12e Conférence générale s’est ouverte lundi.", .fr, league),
        shared(
            "La ⟦31e édition⟧ du festival, les Nuits du Port de Kesra, s’est achevée dimanche 7 décembre 2025.", .fr, nil),
        shared("La 30e édition du festival, les Nuits du Port de Kesra, s’est achevée dimanche 7 décembre 2025.", .fr, nil),
        shared(
            "The ⟦31st edition⟧ of the festival, the Nights of Kesra Port, ended on Sunday, December 7, 2025.", .en, nil),
        shared("The 30th edition of the festival, the Nights of Kesra Port, ended on Sunday, December 7, 2025.", .en, nil),
    ]

    /// Thursday 4 September 2025, before the union's 41st session opens on Tuesday 9 September.
    private static let early = CalendarDate(year: 2025, month: 9, day: 4)
    /// Thursday 11 September 2025, two days after the union's 41st session opened.
    private static let opening = CalendarDate(year: 2025, month: 9, day: 11)
    /// Wednesday 24 September 2025, during the union's 41st session.
    private static let late = CalendarDate(year: 2025, month: 9, day: 24)
    /// Tuesday 25 November 2025, during the league's 13th conference.
    private static let league = CalendarDate(year: 2025, month: 11, day: 25)

    private static let sharedNameReference = InMemoryReference([
        .init(id: "upa", kind: .organization, names: ["Union of Port Authorities", "UPA"]),
        .init(id: "lrt", kind: .organization, names: ["League of River Towns", "LRT"]),
        .init(
            id: "upa-conference", kind: .series,
            names: ["UPA General Conference", "General Conference", "Conférence générale de l’UPA", "Conférence générale"],
            editions: [
                exampleEdition(40, "2024-09-10", "2025-09-08", "Antwerp"),
                exampleEdition(41, "2025-09-09", "2026-09-07", "Antwerp"),
            ]),
        .init(
            id: "lrt-conference", kind: .series,
            names: ["LRT General Conference", "General Conference", "Conférence générale de la LRT", "Conférence générale"],
            editions: [
                exampleEdition(12, "2024-11-04", "2024-11-07", "Lyon"),
                exampleEdition(13, "2025-11-24", "2025-11-27", "Porto"),
            ]),
        .init(id: "nights-association", kind: .organization, names: ["Les Nuits", "The Nights"]),
        .init(
            id: "kesra-port-nights", kind: .series, names: ["Nuits du Port de Kesra", "Nights of Kesra Port"],
            editions: [
                exampleEdition(30, "2025-12-03", "2025-12-07", "Kesra"),
                exampleEdition(31, "2026-12-02", "2026-12-06", "Kesra"),
            ]),
    ])


    private static func shared(_ text: String, _ language: Language, _ published: CalendarDate?) -> RuleExample {
        RuleExample(text, language: language, published: published, reference: sharedNameReference)
    }
}
