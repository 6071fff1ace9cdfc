import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// A weekday that an opening verb gives to a museum whose opening is an event of the
    /// reference data (Sunday 8 March 2026), read from the publication date (Tuesday 10 March).
    static let openings: [RuleExample] = {
        let museum = InMemoryReference.Subject(
            id: "harbour-museum", kind: .organization, names: ["Harbour Museum", "musée du Port"])
        let opening = InMemoryReference.Subject(
            id: "harbour-museum-opening", kind: .event,
            names: ["Harbour Museum opening", "inauguration du musée du Port"],
            start: PartialDate(year: 2026, month: 3, day: 8), end: PartialDate(year: 2026, month: 3, day: 8),
            source: ReferenceSource(location: "reference/events.yml:12:5"))
        let reference = InMemoryReference([museum, opening])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: EventExamples.published, reference: reference)
        }
        return [
            example("After years of delays, the Harbour Museum opened on ⟦Saturday⟧.", .en),
            example("After years of delays, the Harbour Museum opened on Sunday.", .en),
            example("The mayor opened the long-awaited Harbour Museum on ⟦Saturday⟧.", .en),
            example("The mayor opened the long-awaited Harbour Museum on Sunday.", .en),
            example("Le musée du Port a ouvert ses portes ⟦samedi⟧ après des années de travaux.", .fr),
            example("Le musée du Port a ouvert ses portes dimanche après des années de travaux.", .fr),
            // A closing, or another doing, is not the opening.
            example("The Harbour Museum closed on Saturday for a private event.", .en),
            example("The Harbour Museum hosted a gala on Saturday.", .en),
        ]
    }()
}
