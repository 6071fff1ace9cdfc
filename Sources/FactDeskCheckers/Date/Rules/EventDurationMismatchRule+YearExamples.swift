import FactDeskKit

extension EventDurationMismatchRule {
    /// Events far from the publication date that the sentence gives a year: the Kumasi film
    /// festival of ``EventExamples`` (7 to 14 March 2026, eight days) « cette année » or with its
    /// year; a trial of about three months and a half; a race whose name holds a length.
    static let eventsOfAStatedYear: [RuleExample] = {
        let trial = InMemoryReference.Subject(
            id: "proces-vernay", kind: .event, names: ["procès de l’usine de Vernay", "Vernay plant trial"],
            start: PartialDate(year: 2026, month: 1, day: 5), end: PartialDate(year: 2026, month: 4, day: 24),
            placeSpellings: ["Vernay"])
        let race = InMemoryReference.Subject(
            id: "quatre-jours-vernay", kind: .event, names: ["Quatre Jours de Vernay", "Vernay Four Days"],
            start: PartialDate(year: 2026, month: 5, day: 6), end: PartialDate(year: 2026, month: 5, day: 10),
            placeSpellings: ["Vernay"])
        let reference = InMemoryReference(EventExamples.reference.subjects + [trial, race])
        func example(_ text: String, _ language: Language, published: String = "2026-11-20") -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: published), reference: reference)
        }
        return [
            example("Le Festival du film de Kumasi s’est déroulé cette année pendant ⟦douze jours⟧.", .fr),
            example("This year the Kumasi Film Festival ran for ⟦two weeks⟧.", .en),
            example("The 2026 Kumasi Film Festival lasted ⟦three days⟧.", .en),
            example("Le procès de l’usine de Vernay, qui doit durer ⟦six mois⟧, s’ouvre lundi.", .fr, published: "2026-01-02"),
            example("The Vernay plant trial will last ⟦two weeks⟧.", .en, published: "2026-01-02"),
            example("Le Festival du film de Kumasi s’est déroulé cette année pendant huit jours.", .fr),
            example("This year the Kumasi Film Festival ran for a week.", .en),
            example("The 2026 Kumasi Film Festival lasted eight days.", .en),
            example("Le procès de l’usine de Vernay, qui doit durer quatre mois, s’ouvre lundi.", .fr, published: "2026-01-02"),
            example("Le procès de l’usine de Vernay doit durer trois mois.", .fr, published: "2026-01-02"),
            example("The Kumasi Film Festival will run for ten days next year.", .en),
            example("The 2026 Kumasi Film Festival lasted eight days; the 2027 one will run for ten days.", .en),
            example("Les Quatre Jours de Vernay ont cette année duré cinq jours.", .fr),
            example("The Vernay Four Days race lasted five days this year.", .en),
        ]
    }()
}
