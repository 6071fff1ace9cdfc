import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// A weekday that dates an event's noun without a verb, and a sentence that speaks of the
    /// event by the noun of its kind alone: published on Tuesday 10 March 2026, the reference
    /// data holds the Dravo earthquake of Sunday 8 March, the Ostrian presidential vote of
    /// Sunday 1 March, the Varna Cup final of Saturday 7 March and the Regular Meeting of the
    /// Varna Council from Monday 9 to Wednesday 11 March, and nothing else of their kinds near that day.
    static let kindNouns: [RuleExample] = {
        let dravo = InMemoryReference.Subject(id: "dravo", kind: .place, names: ["Dravo"])
        let earthquake = InMemoryReference.Subject(
            id: "dravo-earthquake-2026", kind: .event, names: ["2026 Dravo earthquake", "séisme de Dravo"],
            start: PartialDate(year: 2026, month: 3, day: 8), end: PartialDate(year: 2026, month: 3, day: 8),
            placeSpellings: ["Dravo"], source: ReferenceSource(location: "reference/events.yml:40:5"))
        let vote = InMemoryReference.Subject(
            id: "ostria-presidential-2026", kind: .event,
            names: ["élection présidentielle ostrienne de 2026", "2026 Ostrian presidential election"],
            start: PartialDate(year: 2026, month: 3, day: 1), end: PartialDate(year: 2026, month: 3, day: 1),
            placeSpellings: ["Ostria"], source: ReferenceSource(location: "reference/events.yml:44:5"))
        let varna = InMemoryReference.Subject(id: "varna", kind: .place, names: ["Varna"])
        let final = InMemoryReference.Subject(
            id: "varna-cup-final-2026", kind: .event, names: ["Varna Cup final", "finale de la coupe de Varna"],
            start: PartialDate(year: 2026, month: 3, day: 7), end: PartialDate(year: 2026, month: 3, day: 7),
            placeSpellings: ["Varna"], source: ReferenceSource(location: "reference/events.yml:48:5"))
        let meeting = InMemoryReference.Subject(
            id: "varna-council-meeting-2026", kind: .event,
            names: ["Regular Meeting of the Varna Council", "réunion ordinaire du conseil de Varna"],
            start: PartialDate(year: 2026, month: 3, day: 9), end: PartialDate(year: 2026, month: 3, day: 11),
            placeSpellings: ["Varna"], source: ReferenceSource(location: "reference/events.yml:52:5"))
        let reference = InMemoryReference([dravo, earthquake, vote, varna, final, meeting])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: EventExamples.published, reference: reference)
        }
        return [
            // The noun, then a place and the weekday: the quake's day.
            example("Families who lost relatives in the earthquake in northern Dravo on ⟦Saturday⟧ are still waiting for tents.", .en),
            example("Families who lost relatives in the earthquake in northern Dravo on Sunday are still waiting for tents.", .en),
            example("⟦Saturday’s⟧ earthquake left some 300 families without a roof.", .en),
            example("Sunday’s earthquake left some 300 families without a roof.", .en),
            // The place of another event near the piece: the sentence may be about that one.
            example("Families who lost relatives in the earthquake on ⟦Saturday⟧ are still waiting for tents.", .en),
            example("Families in Varna who lost relatives in the earthquake on Saturday are still waiting for tents.", .en),
            example("Les victimes du séisme de ⟦samedi⟧ ont été inhumées.", .fr),
            example("Les victimes du séisme de dimanche ont été inhumées.", .fr),
            // A one-day vote fixes its weekday, however long before the piece it was held.
            example("Près de six millions d’électeurs étaient appelés ⟦samedi⟧ aux urnes pour choisir un président.", .fr),
            example("Près de six millions d’électeurs étaient appelés dimanche aux urnes pour choisir un président.", .fr),
            example("Home fans packed the stands for the final in Varna late on ⟦Sunday⟧ night.", .en),
            example("Home fans packed the stands for the final in Varna late on Saturday night.", .en),
            // A final played, by its name.
            example("The Varna Cup final was played on ⟦Sunday⟧ in front of 40,000 fans.", .en),
            example("The Varna Cup final was played on Saturday in front of 40,000 fans.", .en),
            example("La finale de la coupe de Varna se jouait ⟦dimanche⟧ soir.", .fr),
            example("La finale de la coupe de Varna se jouait samedi soir.", .fr),
            example("La finale de la coupe de Varna, disputée ⟦dimanche dernier⟧, a attiré 40 000 personnes.", .fr),
            example("La finale de la coupe de Varna, disputée samedi dernier, a attiré 40 000 personnes.", .fr),
            // Finishing or completing a one-day event is done on its day.
            example("Some 9,000 runners will finish the Varna Cup final on ⟦Sunday⟧.", .en),
            example("Some 9,000 runners will finish the Varna Cup final on Saturday.", .en),
            example("Most fans completed the Varna Cup final tour of the city on Sunday.", .en),
            // "The Meeting" alone is the one meeting of the reference data near the piece.
            example("The Meeting ends on ⟦Thursday⟧ in Varna.", .en),
            example("The Meeting ends on Wednesday in Varna.", .en),
            example("La réunion se clôturera ⟦jeudi⟧.", .fr),
            example("La réunion se clôturera mercredi.", .fr),
            // "The event" is the one of the sentence before.
            example("Some 40,000 fans watched the Varna Cup final. The event ended on ⟦Sunday⟧ with fireworks.", .en),
            example("Some 40,000 fans watched the Varna Cup final. The event ended on Saturday with fireworks.", .en),
            example("Quelque 40 000 supporters ont suivi la finale de la coupe de Varna. L’événement s’est achevé ⟦dimanche⟧.", .fr),
            example("Quelque 40 000 supporters ont suivi la finale de la coupe de Varna. L’événement s’est achevé samedi.", .fr),
            // A verb between the noun and the weekday dates something else.
            example("The toll from the earthquake rose on Monday to 212.", .en),
            example("Rescuers searched on Monday for people buried by the earthquake.", .en),
            // Another quake may be of another day.
            example("Another earthquake in the hills on Monday cut the road again.", .en),
        ]
    }()

    /// An acronym in brackets inside an event's name ("the Baltic Sea Union (BSU) Leaders'
    /// Meeting 2026", held on Tuesday 10 and Wednesday 11 March 2026), published on Tuesday 10 March 2026.
    static let bracketedAcronyms: [RuleExample] = {
        let reference = InMemoryReference([
            .init(
                id: "bsu-leaders-meeting-2026", kind: .event,
                names: ["Baltic Sea Union (BSU) Leaders' Meeting 2026"],
                start: PartialDate(year: 2026, month: 3, day: 10), end: PartialDate(year: 2026, month: 3, day: 11),
                source: ReferenceSource())
        ])
        func example(_ text: String) -> RuleExample {
            RuleExample(text, language: .en, published: EventExamples.published, reference: reference)
        }
        return [
            example("The Baltic Sea Union (BSU) Leaders' Meeting 2026 kicked off in Tallinn on ⟦Monday⟧."),
            example("The Baltic Sea Union (BSU) Leaders' Meeting 2026 kicked off in Tallinn on Tuesday."),
        ]
    }()

    /// A weekday's possessive before a race the reference data keeps on an entity (its
    /// founding) and on a series spelt the same (its editions: the 48th on Sunday 8 March 2026),
    /// published on Tuesday 10 March 2026.
    static let sharedSpellingRaces: [RuleExample] = {
        let reference = InMemoryReference([
            .init(id: "varna-marathon", kind: .other, names: ["Varna Marathon"], founded: PartialDate(year: 1979)),
            .init(
                id: "varna-marathon-editions", kind: .series, names: ["Varna Marathon"],
                editions: [
                    ReferenceEdition(
                        number: 48, start: PartialDate(year: 2026, month: 3, day: 8),
                        end: PartialDate(year: 2026, month: 3, day: 8), placeSpellings: [], source: ReferenceSource())
                ]),
        ])
        func example(_ text: String) -> RuleExample {
            RuleExample(text, language: .en, published: EventExamples.published, reference: reference)
        }
        return [
            example("Ana Ruiz won ⟦Saturday's⟧ 48th Varna Marathon in 2:24:10."),
            example("Ana Ruiz won Sunday's 48th Varna Marathon in 2:24:10."),
        ]
    }()
}
