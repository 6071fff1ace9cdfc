import FactDeskKit

extension EventDurationMismatchRule {
    /// A length given to an event the reference data knows only with its year, named without it
    /// (``YearlessEventExamples``: four days, 2 to 5 July 2026), by the name of the festival it is
    /// the yearly event of, and by the noun of its kind.
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
        ]
    }()
}
