import FactDeskKit

/// Examples of `fact-mismatch` for counts that a verb makes a total: defendants a trial « juge »
/// or who « sont jugés » up to a day or before a court (not « seront jugés par défaut », some of
/// them), teams a competition « verra » play, and a count beside a founding date (« établie en
/// 2001 »), which is history and not the day the count speaks of; and a heading whose event is
/// followed by a place written with « d’ » (« … en Val d’Arve : les 18 équipes »), which is no
/// unknown owner. Their reference data: the
/// Lakeside trial (20 defendants), the Coupe du Littoral 2025 (16 teams) and the Alliance du Port
/// (40 member countries since 2020).
extension FactMismatchRule {
    static let predicateExamples: [RuleExample] = [
        french("Le procès de Lakeside s’est ouvert jeudi. ⟦Dix-huit accusés⟧ sont jugés jusqu’au 10 mai devant la cour."),
        french("Le procès de Lakeside juge ⟦18 accusés⟧."),
        french("La Coupe du Littoral 2025 s’ouvre samedi. La compétition verra ⟦18 équipes⟧ s’affronter."),
        french("L’Alliance du Port, établie en 2001, compte ⟦38 pays membres⟧."),
        french("Coupe du Littoral 2025 en Val d’Arve : les ⟦18 équipes⟧ sont connues"),
        french("Le procès de Lakeside s’est ouvert jeudi. Vingt accusés sont jugés jusqu’au 10 mai devant la cour."),
        french("Le procès de Lakeside s’est ouvert jeudi. Six accusés seront jugés par défaut."),
        french("Le procès de Lakeside juge 20 accusés."),
        french("La Coupe du Littoral 2025 s’ouvre samedi. La compétition verra 16 équipes s’affronter."),
        french("L’Alliance du Port, établie en 2001, compte 40 pays membres."),
        french("Coupe du Littoral 2025 en Val d’Arve : les 16 équipes sont connues"),
    ]

    /// The examples' reference data.
    static let predicateReference = InMemoryReference(
        [
            .init(
                id: "lakeside-trial", kind: .event, names: ["procès de Lakeside"],
                facts: [NumericFact(property: "defendants", value: 20)]),
            .init(
                id: "coupe-du-littoral-2025", kind: .event, names: ["Coupe du Littoral 2025"],
                facts: [NumericFact(property: "teams", value: 16)]),
            .init(
                id: "alliance-du-port", kind: .organization, names: ["Alliance du Port"],
                facts: [NumericFact(property: "member-countries", value: 40, from: PartialDate(year: 2020, month: 1))]),
        ],
        properties: [
            ReferenceProperty(id: "defendants", terms: [.fr: ["accusés"]]),
            ReferenceProperty(id: "teams", terms: [.fr: ["équipes"]]),
            ReferenceProperty(id: "member-countries", terms: [.fr: ["pays membres"]]),
        ])

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: predicateReference)
    }
}
