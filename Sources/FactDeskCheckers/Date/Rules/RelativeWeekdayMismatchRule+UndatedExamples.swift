import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// Undated pieces whose paragraph names an event of the reference data with its year: the
    /// 2026 Varna fair, an edition of the Varna fair series, open from Monday 11 to Sunday 17 May 2026.
    static let yearNamedEditions: [RuleExample] = {
        let series = InMemoryReference.Subject(
            id: "varna-fair", kind: .series,
            names: ["Foire internationale de Varna", "foire de Varna", "Varna International Fair", "Varna Fair"])
        let fair = InMemoryReference.Subject(
            id: "varna-fair-2026", kind: .event, names: ["foire de Varna 2026", "Varna Fair 2026"],
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
            // Without its year, the paragraph does not say which edition opens.
            undated("La Foire internationale de Varna ouvre ses portes ce mardi. Les exposants sont prêts.", .fr),
        ]
    }()
}
