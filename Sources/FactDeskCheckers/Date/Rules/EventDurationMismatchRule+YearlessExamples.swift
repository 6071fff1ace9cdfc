import FactDeskKit

extension EventDurationMismatchRule {
    /// A length given to an event the reference data knows only with its year, named without it
    /// (``YearlessEventExamples``: four days, 2 to 5 July 2026), and by the name of the festival
    /// it is the yearly event of.
    static let eventsNamedWithoutYear: [RuleExample] = {
        let example = YearlessEventExamples.example
        return [
            example("The ⟦five-day⟧ Harbour Lights Festival opens on Thursday.", .en),
            example("The four-day Harbour Lights Festival opens on Thursday.", .en),
            example("Les ⟦cinq jours⟧ du Festival des Lumières du Port débutent jeudi.", .fr),
            example("Les quatre jours du Festival des Lumières du Port débutent jeudi.", .fr),
        ]
    }()
}
