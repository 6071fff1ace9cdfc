import FactDeskKit

/// Examples of `fact-mismatch` for a disaster's toll after a verb that gives it (« a fait 38
/// morts », "left 38 dead", "killed 38 people" when the property's term is the verb), against the Val-Brune pit disaster of 1976 (41 dead in the examples'
/// reference data); and for the Redcliff mine disaster of 1981 (12 dead), named in words that
/// are common but for a first word that takes a capital inside the sentence: a proper name, of
/// that one disaster even decades before the publication date.
extension FactMismatchRule {
    static let tollExamples: [RuleExample] = [
        toll("La catastrophe du puits de Val-Brune avait fait ⟦38 morts⟧ en 1976.", .fr),
        toll("La catastrophe du puits de Val-Brune avait fait 41 morts en 1976.", .fr),
        toll("La catastrophe du puits de Val-Brune, qui a fait ⟦38 victimes⟧, reste dans les mémoires.", .fr),
        toll("La catastrophe du puits de Val-Brune a fait l’objet de 38 rapports.", .fr),
        toll("The Val-Brune pit disaster left ⟦38 dead⟧ in 1976.", .en),
        toll("The Val-Brune pit disaster left 41 dead in 1976.", .en),
        toll("The Val-Brune pit disaster left 38 families in need.", .en),
        toll("The Val-Brune pit disaster, which ⟦killed 38⟧ miners, is remembered.", .en),
        toll("The Val-Brune pit disaster, which killed 41 people, is remembered.", .en),
        toll("The Val-Brune pit disaster killed 38 pit ponies.", .en),
        toll("La catastrophe du puits de Val-Brune a ⟦tué 38⟧ personnes.", .fr),
        toll("La catastrophe du puits de Val-Brune a tué 41 personnes.", .fr),
        // A verb of toll before the count of the property's own noun.
        toll("La catastrophe du puits de Val-Brune a tué ⟦38 ouvriers⟧.", .fr),
        toll("La catastrophe du puits de Val-Brune a tué 41 ouvriers.", .fr),
        toll("La catastrophe du puits de Val-Brune a touché 38 ouvriers.", .fr),
        toll("Decades on, the Redcliff mine disaster and its ⟦14 deaths⟧ still haunt the valley.", .en),
        toll("Decades on, the Redcliff mine disaster and its 12 deaths still haunt the valley.", .en),
        // People, then a relative clause whose verb names the toll.
        toll("The ⟦38 miners who were killed⟧ in the Val-Brune pit disaster had come from three villages.", .en),
        toll("The 41 miners who were killed in the Val-Brune pit disaster had come from three villages.", .en),
        toll("Les ⟦38 mineurs qui sont morts⟧ dans la catastrophe du puits de Val-Brune sont honorés.", .fr),
        toll("Les 41 mineurs qui sont morts dans la catastrophe du puits de Val-Brune sont honorés.", .fr),
    ]

    /// The examples' reference data.
    private static let tollReference = InMemoryReference(
        [
            .init(
                id: "val-brune-pit-disaster", kind: .event,
                names: ["Val-Brune pit disaster", "catastrophe du puits de Val-Brune"],
                start: PartialDate(year: 1976, month: 10, day: 8), end: PartialDate(year: 1976, month: 10, day: 8),
                facts: [NumericFact(property: "deaths", value: 41)]),
            .init(
                id: "redcliff-mine-disaster", kind: .event, names: ["Redcliff mine disaster"],
                start: PartialDate(year: 1981, month: 3, day: 2), end: PartialDate(year: 1981, month: 3, day: 2),
                facts: [NumericFact(property: "deaths", value: 12)]),
        ],
        properties: [
            ReferenceProperty(id: "deaths", terms: [.en: ["dead", "deaths", "killed"], .fr: ["morts", "victimes", "tué", "ouvriers"]])
        ])

    private static func toll(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NumberExamples.published, reference: tollReference)
    }
}
