import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// Undated pieces whose paragraph names an event of the reference data with its year: the
    /// 2026 Varna fair, an edition of the Varna fair series, open from Monday 11 to Sunday 17 May 2026.
    static let yearNamedEditions: [RuleExample] = {
        let series = InMemoryReference.Subject(
            id: "varna-fair", kind: .series,
            names: ["Foire internationale de Varna", "foire de Varna", "Varna International Fair", "Varna Fair"])
        let fair = InMemoryReference.Subject(
            id: "varna-fair-2026", kind: .event,
            names: ["foire de Varna 2026", "Varna Fair 2026", "31st session of the Varna Fair"],
            start: PartialDate(year: 2026, month: 5, day: 11), end: PartialDate(year: 2026, month: 5, day: 17),
            placeSpellings: ["Varna"], source: ReferenceSource(location: "reference/events.yml:21:5"))
        let reference = InMemoryReference([series, fair])
        func undated(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: reference)
        }
        return [
            undated(
                "La Foire internationale de Varna ouvre ses portes ⟦ce mardi⟧. Pour les exposants, la foire de Varna 2026 sera un test.",
                .fr),
            undated(
                "La Foire internationale de Varna ouvre ses portes ce lundi. Pour les exposants, la foire de Varna 2026 sera un test.",
                .fr),
            undated(
                "The Varna International Fair closes its doors on ⟦Saturday⟧. Sellers say the Varna Fair 2026 went well.", .en),
            undated(
                "The Varna International Fair closes its doors on Sunday. Sellers say the Varna Fair 2026 went well.", .en),
            // Another year in the paragraph may be the edition the verb speaks of.
            undated(
                "La Foire internationale de Varna ouvre ses portes ce mardi. La foire de Varna 2026 fera mieux qu’en 2024.",
                .fr),
            // The verb's subject is not the fair.
            undated(
                "Le marché aux fleurs ouvre ses portes ce mardi. Pour les exposants, la foire de Varna 2026 sera un test.", .fr),
            // An event whose name opens with its number is named as one with its year.
            undated("The 31st session of the Varna Fair opens its doors on ⟦Tuesday⟧.", .en),
            undated("The 31st session of the Varna Fair opens its doors on Monday.", .en),
            // A stretch of years that holds the event's is no other edition.
            undated("The 31st session of the Varna Fair opens on ⟦Tuesday⟧ and sets its plan for 2026-2029.", .en),
            undated("The 31st session of the Varna Fair opens on Tuesday and recalls its plan for 2021-2024.", .en),
            // Without its year, the paragraph does not say which edition opens.
            undated("La Foire internationale de Varna ouvre ses portes ce mardi. Les exposants sont prêts.", .fr),
        ]
    }()

    /// Undated pieces that number an edition of a series of the reference data, or write its
    /// days without a year: the 14th Baltic Fisheries Congress ran from Tuesday 8 to Friday 11
    /// September 2026, the 15th from Tuesday 7 to Friday 10 September 2027.
    static let numberedEditions: [RuleExample] = {
        let congress = InMemoryReference.Subject(
            id: "baltic-fisheries-congress", kind: .series,
            names: ["Baltic Fisheries Congress", "Congrès baltique de la pêche", "congrès baltique de la pêche"],
            editions: [
                ReferenceEdition(
                    number: 14, start: PartialDate(year: 2026, month: 9, day: 8),
                    end: PartialDate(year: 2026, month: 9, day: 11), placeSpellings: ["Klaipėda", "Klaipeda"],
                    source: ReferenceSource(location: "reference/fisheries.yml:12:9")),
                ReferenceEdition(
                    number: 15, start: PartialDate(year: 2027, month: 9, day: 7),
                    end: PartialDate(year: 2027, month: 9, day: 10), placeSpellings: ["Gdańsk", "Gdansk"],
                    source: ReferenceSource(location: "reference/fisheries.yml:13:9")),
            ])
        let reference = InMemoryReference([congress])
        func undated(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: reference)
        }
        return [
            undated("Quotas will dominate the 14th Baltic Fisheries Congress, which opened ⟦Monday⟧ in Klaipeda.", .en),
            undated("Quotas will dominate the 14th Baltic Fisheries Congress, which opened Tuesday in Klaipeda.", .en),
            undated("Le quinzième congrès baltique de la pêche a débuté ⟦lundi⟧ à Gdansk, avec 600 délégués.", .fr),
            undated("Le quinzième congrès baltique de la pêche a débuté mardi à Gdansk, avec 600 délégués.", .fr),
            undated("The 15th Baltic Fisheries Congress closed on ⟦Thursday⟧ with a vote on quotas.", .en),
            undated("The 15th Baltic Fisheries Congress closed on Friday with a vote on quotas.", .en),
            // Its days without a year: only the 14th runs from 8 to 11 September.
            undated("The Baltic Fisheries Congress (September 8-11) opened ⟦Monday⟧ in Klaipeda.", .en),
            undated("The Baltic Fisheries Congress (September 8-11) opened Tuesday in Klaipeda.", .en),
            // Only the 15th ends on 10 September.
            undated("Le congrès baltique de la pêche ouvre ses portes ⟦ce lundi⟧, jusqu’au 10 septembre.", .fr),
            undated("Le congrès baltique de la pêche ouvre ses portes ce mardi, jusqu’au 10 septembre.", .fr),
            // No edition begins or ends on 9 September.
            undated("Le congrès baltique de la pêche ouvre ses portes ce lundi, jusqu’au 9 septembre.", .fr),
            // Two numbered editions in the paragraph: either may be the one that opened.
            undated(
                "The 15th Baltic Fisheries Congress opened Monday. Delegates recalled the 14th Baltic Fisheries Congress.",
                .en),
            // A number the reference data does not list gives no days.
            undated("The 16th Baltic Fisheries Congress opened Monday in Riga.", .en),
            // Another year in the paragraph may be the edition the verb speaks of.
            undated("Le 14e congrès baltique de la pêche a débuté mardi, comme en 2024.", .fr),
            // People met for the numbered edition: none of its days (Tuesday to Friday) is a Monday.
            undated("Les ministres se sont réunis ⟦lundi⟧ à Klaipeda pour le 14e congrès baltique de la pêche.", .fr),
            undated("Les ministres se sont réunis mercredi à Klaipeda pour le 14e congrès baltique de la pêche.", .fr),
            undated("Delegates gathered on ⟦Sunday⟧ for the 15th Baltic Fisheries Congress in Gdansk.", .en),
            undated("Delegates gathered on Thursday for the 15th Baltic Fisheries Congress in Gdansk.", .en),
            // The number before an event noun of the series: "the 14th session of …".
            undated("The 14th session of the Baltic Fisheries Congress opened ⟦Monday⟧ in Klaipeda.", .en),
            undated("The 14th session of the Baltic Fisheries Congress opened Tuesday in Klaipeda.", .en),
            undated("La 15e session du congrès baltique de la pêche s’est ouverte ⟦lundi⟧ à Gdansk.", .fr),
            undated("La 15e session du congrès baltique de la pêche s’est ouverte mardi à Gdansk.", .fr),
            // Talks before the congress, or without its name, may be of any day.
            undated("The ministers met on Monday, ahead of the 15th Baltic Fisheries Congress.", .en),
            undated("The ministers met on Monday in Gdansk. The 15th Baltic Fisheries Congress opened a day later.", .en),
        ]
    }()
}
