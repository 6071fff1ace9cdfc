import FactDeskKit

/// Examples of `edition-mismatch` for forms that name a series without one of its names: the
/// initials of its name's core words with its organisation's acronym glued on or named in a
/// complement ("UPAGC", « la CG de l’UPA »), initials shared by two series ("GC") standing for
/// neither; a present sentence with no date read against the session under way; a spaced number
/// after a short name and a noun phrase ("the OCF 7 ocean talks"); initials with periods ("U.P.A.").
extension EditionMismatchRule {
    static let acronymExamples: [RuleExample] = [
        acronym("Speaking on Tuesday at the ⟦40th UPAGC⟧, she urged cuts.", .en, session),
        acronym("Speaking on Tuesday at the 41st UPAGC, she urged cuts.", .en, session),
        acronym("On the sidelines of ⟦UPAGC40⟧ on Tuesday, the two ministers met.", .en, session),
        acronym("On the sidelines of UPAGC41 on Tuesday, the two ministers met.", .en, session),
        acronym("Speaking at ⟦UPAGC 40⟧ on Tuesday, she urged cuts.", .en, session),
        acronym("Mardi, lors de la ⟦40e CG de l’UPA⟧, elle a plaidé pour des économies.", .fr, session),
        acronym("Mardi, lors de la 41e CG de l’UPA, elle a plaidé pour des économies.", .fr, session),
        acronym("Speaking on Tuesday at the ⟦40th GC of the UPA⟧, she urged cuts.", .en, session),
        acronym("Speaking on Tuesday at the 40th GC, she urged cuts.", .en, session),
        acronym("Mardi, la 40e CG du club a approuvé les comptes.", .fr, session),
        acronym("Delegates at the ⟦40th session⟧ of the UPA General Conference remain split over dues.", .en, session),
        acronym("Delegates at the 41st session of the UPA General Conference remain split over dues.", .en, session),
        acronym("Delegates at the 40th session of the UPA General Conference agreed to cut dues.", .en, session),
        acronym("Les délégués de la ⟦40e session⟧ de la Conférence générale de l’UPA restent divisés.", .fr, session),
        acronym("Les délégués de la 40e session de la Conférence générale de l’UPA avaient voté la hausse.", .fr, session),
        acronym("Delegates at the 40th session of the UPA General Conference remain split over dues.", .en, gap),
        acronym("Ministers at the ⟦OCF 6⟧ ocean talks in Lisbon pledged new reserves.", .en, forum),
        acronym("Ministers at the OCF 7 ocean talks in Lisbon pledged new reserves.", .en, forum),
        acronym("Mercredi à Lisbonne, les ministres de la ⟦OCF 6⟧ sur la haute mer ont promis des réserves.", .fr, forum),
        acronym("Mercredi à Lisbonne, les ministres de la OCF 7 sur la haute mer ont promis des réserves.", .fr, forum),
        acronym("Ministers at OCF 7 in Lisbon said 6 ocean talks had failed before.", .en, forum),
        acronym("She addressed the ⟦40th session⟧ of the U.P.A. General Conference on Tuesday.", .en, session),
        acronym("She addressed the 41st session of the U.P.A. General Conference on Tuesday.", .en, session),
    ]

    /// Wednesday 24 September 2025, during the union's 41st session.
    private static let session = CalendarDate(year: 2025, month: 9, day: 24)
    /// Wednesday 11 June 2025, during the forum's seventh edition.
    private static let forum = CalendarDate(year: 2025, month: 6, day: 11)
    /// Monday 3 March 2031, when reference data knows no session under way.
    private static let gap = CalendarDate(year: 2031, month: 3, day: 3)

    private static let acronymReference = InMemoryReference([
        .init(id: "upa", kind: .organization, names: ["Union of Port Authorities", "UPA"]),
        .init(id: "lrt", kind: .organization, names: ["League of River Towns", "LRT"]),
        .init(
            id: "upa-conference", kind: .series,
            names: ["UPA General Conference", "General Conference", "Conférence générale de l’UPA"],
            editions: [
                exampleEdition(40, "2024-09-10", "2025-09-08", "Antwerp"),
                exampleEdition(41, "2025-09-09", "2026-09-07", "Antwerp"),
            ]),
        .init(
            id: "lrt-conference", kind: .series,
            names: ["LRT General Conference", "General Conference", "Conférence générale de la LRT"],
            editions: [
                exampleEdition(12, "2024-11-04", "2024-11-07", "Lyon"),
                exampleEdition(13, "2025-11-24", "2025-11-27", "Porto"),
            ]),
        .init(
            id: "ocean-forum", kind: .series, names: ["OCF", "Ocean Conservation Forum"],
            editions: [
                exampleEdition(6, "2024-06-10", "2024-06-14", "Nice"),
                exampleEdition(7, "2025-06-09", "2025-06-13", "Lisbon", "Lisbonne"),
            ]),
    ])


    private static func acronym(_ text: String, _ language: Language, _ published: CalendarDate?) -> RuleExample {
        RuleExample(text, language: language, published: published, reference: acronymReference)
    }
}
