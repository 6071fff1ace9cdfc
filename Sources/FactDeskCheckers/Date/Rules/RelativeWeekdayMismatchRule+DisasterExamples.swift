import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// A weekday that a verb of striking gives to a disaster of the reference data, read from
    /// the publication date (Tuesday 10 March 2026) or, without one, from the place the paragraph
    /// names: the Kesra earthquake struck on Sunday 8 March.
    static let disasters: [RuleExample] = {
        let kesra = InMemoryReference.Subject(id: "kesra", kind: .place, names: ["Kesra"])
        let earthquake = InMemoryReference.Subject(
            id: "kesra-earthquake-2026", kind: .event, names: ["2026 Kesra earthquake", "séisme de Kesra"],
            start: PartialDate(year: 2026, month: 3, day: 8), end: PartialDate(year: 2026, month: 3, day: 8),
            placeSpellings: ["Kesra"], source: ReferenceSource(location: "reference/events.yml:31:5"))
        let reference = InMemoryReference([kesra, earthquake])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: EventExamples.published, reference: reference)
        }
        func undated(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: reference)
        }
        return [
            example("A magnitude 6.4 earthquake struck the hills around Kesra early ⟦Saturday⟧, flattening old houses.", .en),
            example("A magnitude 6.4 earthquake struck the hills around Kesra early Sunday, flattening old houses.", .en),
            example("Le séisme qui a frappé Kesra ⟦samedi⟧ a fait une quarantaine de morts.", .fr),
            example("Le séisme qui a frappé Kesra dimanche a fait une quarantaine de morts.", .fr),
            // A magnitude between the noun and the verb; "the disaster" for any disaster.
            example("Un séisme de magnitude 6,1 a secoué ⟦samedi⟧ la région de Kesra.", .fr),
            example("Un séisme de magnitude 6,1 a secoué dimanche la région de Kesra.", .fr),
            example("In Kesra, the disaster struck early ⟦Saturday⟧, when most people were asleep.", .en),
            example("In Kesra, the disaster struck early Sunday, when most people were asleep.", .en),
            // Another quake, an aftershock or another kind of disaster may be of another day.
            example("Another earthquake struck Kesra on Monday, rescuers said.", .en),
            example("Un nouveau séisme a frappé Kesra lundi.", .fr),
            example("An aftershock struck Kesra on Monday.", .en),
            example("A storm hit Kesra on Saturday.", .en),
            // Without a publication date: the one one-day quake of the reference held at the place
            // the paragraph names.
            undated("A strong earthquake struck Kesra early ⟦Saturday⟧, cutting power to the valley.", .en),
            undated("A strong earthquake struck Kesra early Sunday, cutting power to the valley.", .en),
            undated("Les victimes du séisme de ⟦samedi⟧ à Kesra ont été inhumées.", .fr),
            undated("Les victimes du séisme de dimanche à Kesra ont été inhumées.", .fr),
            undated("Another earthquake struck Kesra on Monday.", .en),
            // No place of the quake in the paragraph: any quake.
            undated("A strong earthquake struck the valley early Saturday.", .en),
            // The weekday of another clause is not the quake's.
            example("The earthquake struck Kesra on Sunday, and rescuers arrived on Monday.", .en),
        ]
    }()
}
