import FactDeskKit

/// Invented reference data for the examples of rules that read a remembered event: a flood in
/// Kumasi on Friday 11 March 2011, remembered in pieces of March 2026, and a prisoner's release
/// on 4 May 1996.
enum RemembranceExamples {
    static let flood = InMemoryReference.Subject(
        id: "kumasi-flood-2011", kind: .event, names: ["Kumasi flood", "inondation de Kumasi"],
        start: PartialDate(year: 2011, month: 3, day: 11), end: PartialDate(year: 2011, month: 3, day: 11),
        source: ReferenceSource(location: "reference/events.yml:20:5"))
    static let release = InMemoryReference.Subject(
        id: "amara-kesse-release", kind: .event, names: ["release of Amara Kesse"],
        start: PartialDate(year: 1996, month: 5, day: 4), end: PartialDate(year: 1996, month: 5, day: 4),
        source: ReferenceSource(location: "reference/events.yml:30:5"))
    static let reference = InMemoryReference([flood, release])

    /// A day of the flood's month and day, named with the flood: the flood's year when the
    /// sentence tells it, none when the sentence remembers it (no publication date).
    static let weekdayExamples: [RuleExample] = [
        RuleExample("On ⟦Thursday, March 11⟧, the Kumasi flood swept the lower town.", language: .en, reference: reference),
        RuleExample("On Friday, March 11, the Kumasi flood swept the lower town.", language: .en, reference: reference),
        RuleExample(
            "On Wednesday, March 11, the town marked the 15th anniversary of the Kumasi flood.", language: .en,
            reference: reference),
        RuleExample(
            "Mercredi 11 mars, la ville a commémoré l’inondation de Kumasi.", language: .fr, reference: reference),
    ]

    /// Anniversaries of the flood, counted from its year, named after the anniversary or before
    /// it, and of a founding named through the noun of the founding.
    static let anniversaryExamples: [RuleExample] = [
        // An event named "NOUN of OWNER" written with the owner's possessive.
        RuleExample(
            "The foundation marks the ⟦20th anniversary of Amara Kesse’s release⟧.", language: .en,
            published: CalendarDate(iso: "2026-05-04"), reference: reference),
        RuleExample(
            "The foundation marks the 30th anniversary of Amara Kesse’s release.", language: .en,
            published: CalendarDate(iso: "2026-05-04"), reference: reference),
        RuleExample(
            "The town marks the ⟦13th anniversary of the Kumasi flood⟧ this week.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "The town marks the 15th anniversary of the Kumasi flood this week.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "La ville commémore le ⟦13e anniversaire de l’inondation de Kumasi⟧.", language: .fr,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "La ville commémore le 15e anniversaire de l’inondation de Kumasi.", language: .fr,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        // Words that qualify the name between.
        RuleExample(
            "The town marks the ⟦13th anniversary of the devastating Kumasi flood⟧ this week.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "The town marks the 15th anniversary of the devastating Kumasi flood this week.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "La ville commémore le ⟦13e anniversaire de la terrible inondation de Kumasi⟧.", language: .fr,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        // The flood named before the anniversary: with a possessive, and right before it in English.
        RuleExample(
            "The Kumasi flood’s ⟦13th anniversary⟧ was marked in the lower town.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "The Kumasi flood’s 15th anniversary was marked in the lower town.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "Crowds came to the Kumasi flood ⟦13th anniversary⟧ vigil.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "Crowds came to the Kumasi flood 15th anniversary vigil.", language: .en,
            published: CalendarDate(iso: "2026-03-10"), reference: reference),
        RuleExample(
            "Staff mark the ⟦ninth anniversary of the creation of the INTERPOL Innovation Centre⟧.", language: .en,
            published: AnniversaryMismatchRule.published, reference: AnniversaryMismatchRule.reference),
        RuleExample(
            "Staff mark the tenth anniversary of the creation of the INTERPOL Innovation Centre.", language: .en,
            published: AnniversaryMismatchRule.published, reference: AnniversaryMismatchRule.reference),
    ]
}
