import FactDeskKit

/// Examples of `edition-mismatch` for an ordinal whose sentence names another body as its own
/// than the series' (``EditionNumberClaimBuilder/namesOtherBody(ordinal:complement:sentence:series:)``):
/// the session of a board that prepares an assembly is numbered in the board's own series; a
/// series' long name cut short before its acronym is no other body, and tells the series of
/// the ordinal before it ("the 16th Street Arts Festival (FARV)"), as does a body's long name
/// with its acronym in brackets before the series' noun ("the 48th Reef Bloc of Island States
/// (RBIS) Summit", the "RBIS Summit"). A body that opened its
/// session with no day written opened the one of the day.
extension EditionMismatchRule {
    static let otherBodyExamples: [RuleExample] = [
        assembly("The Harbour Assembly opened its ⟦32nd session⟧ in Portmere on Monday.", .en),
        assembly("The Harbour Assembly opened its 31st session in Portmere on Monday.", .en),
        assembly("The Harbour Assembly, chaired by the Mayor, opened its ⟦32nd session⟧ in Portmere on Monday.", .en),
        assembly("The Harbour Assembly this morning opened its ⟦32nd session⟧.", .en),
        assembly("The Harbour Assembly this morning opened its 31st session.", .en),
        assembly("L’Assemblée du Port a ouvert ce matin sa ⟦32e session⟧.", .fr),
        assembly("The Harbour Assembly opened on Monday, as the Steering Board decided at its 58th session.", .en),
        assembly("The Harbour Assembly opened on Monday, as decided by the Steering Board at its 58th session.", .en),
        assembly("The Harbour Assembly opened on Monday, as decided at the 58th session of the Steering Board.", .en),
        assembly("The Harbour Assembly opened on Monday; the ⟦32nd session⟧ of the Assembly runs until Friday.", .en),
        assembly("L’Assemblée du Port a ouvert lundi sa ⟦32e session⟧ à Portmere.", .fr),
        assembly("L’Assemblée du Port a ouvert lundi sa 31e session à Portmere.", .fr),
        assembly("L’Assemblée du Port s’est ouverte lundi, comme l’a voulu le Bureau directeur lors de sa 58e session.", .fr),
        assembly("L’Assemblée du Port s’est ouverte lundi, date fixée par la 58e session du Bureau directeur.", .fr),
        // A long name cut short before the series' acronym is the series', not another body.
        assembly("La ⟦16e édition⟧ du Festival des arts (FARV) s’est ouverte lundi à Portmere.", .fr),
        assembly("La 15e édition du Festival des arts (FARV) s’est ouverte lundi à Portmere.", .fr),
        assembly("La 16e édition du Festival de Lyon s’est ouverte lundi, comme le FARV.", .fr),
        assembly("The ⟦16th edition⟧ of the Street Arts Festival (FARV) opened in Portmere on Monday.", .en),
        assembly("The 16th edition of the Riverside Festival opened on Monday, a week before the FARV.", .en),
        assembly("The ⟦16th Street Arts Festival (FARV)⟧ opened in Portmere on Monday.", .en),
        assembly("The 15th Street Arts Festival (FARV) opened in Portmere on Monday.", .en),
        assembly("Le ⟦16e Festival des arts (FARV)⟧ s’est ouvert lundi à Portmere.", .fr),
        assembly("The ⟦48th Reef Bloc of Island States (RBIS) Summit⟧ opened in Portmere on Monday.", .en),
        assembly("The 47th Reef Bloc of Island States (RBIS) Summit opened in Portmere on Monday.", .en),
        assembly("The 48th Reef Bloc of Island States (RBIS) ministerial meeting opened in Portmere on Monday.", .en),
    ]

    /// Tuesday 14 May 2024, the day after the assembly's 31st session opened.
    private static let assemblyDay = CalendarDate(year: 2024, month: 5, day: 14)

    private static let otherBodyReference = InMemoryReference([
        .init(
            id: "harbour-assembly", kind: .series, names: ["Harbour Assembly", "Assemblée du Port"],
            editions: [
                exampleEdition(30, "2023-05-15", "2023-05-19", "Portmere"),
                exampleEdition(31, "2024-05-13", "2024-05-17", "Portmere"),
            ]),
        .init(
            id: "portmere-arts-festival", kind: .series,
            names: ["Festival des arts de la rue de Portmere", "FARV", "Street Arts Festival of Portmere"],
            editions: [
                exampleEdition(14, "2023-05-15", "2023-05-19", "Portmere"),
                exampleEdition(15, "2024-05-13", "2024-05-17", "Portmere"),
            ]),
        .init(id: "rbis", kind: .organization, names: ["Reef Bloc of Island States", "RBIS"]),
        .init(
            id: "rbis-summit", kind: .series, names: ["RBIS Summit"],
            editions: [
                exampleEdition(46, "2023-05-15", "2023-05-16", "Coralia"),
                exampleEdition(47, "2024-05-13", "2024-05-14", "Portmere"),
            ]),
    ])

    private static func assembly(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: assemblyDay, reference: otherBodyReference)
    }
}
