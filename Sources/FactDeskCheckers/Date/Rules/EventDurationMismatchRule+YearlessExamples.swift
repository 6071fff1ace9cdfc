import FactDeskKit

extension EventDurationMismatchRule {
    /// A length given to an event the reference data knows only with its year, named without it
    /// (``YearlessEventExamples``: four days, 2 to 5 July 2026), by the name of the festival it is
    /// the yearly event of, by the noun of its kind, and by a noun of a whole event in apposition.
    static let eventsNamedWithoutYear: [RuleExample] = {
        let example = YearlessEventExamples.example
        return [
            example("The ⟦five-day⟧ Harbour Lights Festival opens on Thursday.", .en),
            example("The four-day Harbour Lights Festival opens on Thursday.", .en),
            example("Les ⟦cinq jours⟧ du Festival des Lumières du Port débutent jeudi.", .fr),
            example("Les quatre jours du Festival des Lumières du Port débutent jeudi.", .fr),
            // The one festival near the publication date, known by the noun of its kind.
            example("The festival runs for ⟦five days⟧ this year.", .en),
            example("The festival runs for four days this year.", .en),
            example("Le festival durera ⟦cinq jours⟧.", .fr),
            example("Le festival durera quatre jours.", .fr),
            // A length compound before the noun of its kind, after a definite article.
            example("The ⟦five-day⟧ festival will bring 40 bands to the harbour.", .en),
            example("The four-day festival will bring 40 bands to the harbour.", .en),
            example("A five-day festival in another town drew 40 bands.", .en),
            // A length compound in apposition to the event's name, before a noun of a whole event.
            example("Crowds came to the 2026 Harbour Lights Festival, a ⟦five-day⟧ music show, on Thursday.", .en),
            example("Crowds came to the 2026 Harbour Lights Festival, a four-day music show, on Thursday.", .en),
        ]
    }()
}
