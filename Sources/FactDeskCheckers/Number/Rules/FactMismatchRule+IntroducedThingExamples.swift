import FactDeskKit
import Foundation

/// Examples of `fact-mismatch` for a figure of a subject named in the sentence before, through a
/// definite description or a possessive ("The earthquake had a magnitude of …", « Sa magnitude était
/// de … »), and not for the figure of a new thing its sentence introduces with an indefinite
/// article or pronoun ("a 5.1 magnitude tremor", "one with a magnitude of 4.3", « une réplique
/// de magnitude 5,1 »). Their reference data: the Harbor Bay earthquake, of magnitude 7.0.
extension FactMismatchRule {
    static let introducedThingExamples: [RuleExample] = [
        english("The Harbor Bay earthquake struck on Monday. The earthquake had a ⟦magnitude of 6.4⟧."),
        english("The Harbor Bay earthquake struck on Monday. Its ⟦magnitude was 6.4⟧, the agency said."),
        french("Le séisme de Harbor Bay a frappé lundi. Le séisme avait une ⟦magnitude de 6,4⟧."),
        french("Le séisme de Harbor Bay a frappé lundi. Sa ⟦magnitude était de 6,4⟧."),
        english("The Harbor Bay earthquake struck on Monday. The strongest aftershock was a 5.1 magnitude tremor."),
        english(
            "The Harbor Bay earthquake struck on Monday. Two aftershocks followed, one with a magnitude of 4.3 and another with a 5.0 magnitude."
        ),
        english("The Harbor Bay earthquake struck on Monday. A tremor with a magnitude of 5.2 followed at noon."),
        english("The Harbor Bay earthquake struck on Monday. The earthquake had a magnitude of 7.0."),
        french("Le séisme de Harbor Bay a frappé lundi. Une réplique de magnitude 5,1 a suivi."),
        french("Le séisme de Harbor Bay a frappé lundi. Une forte réplique avec une magnitude de 5,1 a suivi dans la soirée."),
    ]

    /// The examples' reference data.
    static let introducedThingReference = InMemoryReference(
        [
            .init(
                id: "harbor-bay-earthquake", kind: .event, names: ["Harbor Bay earthquake", "séisme de Harbor Bay"],
                facts: [NumericFact(property: "magnitude", value: Decimal(string: "7.0")!)])
        ],
        properties: [ReferenceProperty(id: "magnitude", terms: [.en: ["magnitude"], .fr: ["magnitude"]])])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: introducedThingReference)
    }

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: introducedThingReference)
    }
}
