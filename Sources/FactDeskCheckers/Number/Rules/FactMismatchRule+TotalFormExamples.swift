import FactDeskKit

/// Examples of `fact-mismatch` for more forms of a total: the whole written bare after a part
/// ("70 seats out of 110", « 70 sièges sur 110 »; not a ratio, a region's or a whole far from the
/// total), a body's "membership" ("its membership rose to 38"; not "support for … membership"),
/// a count brought to a figure (« porte à 38 le nombre de pays membres »), "has risen to", « compte
/// ainsi », « oppose 10 candidats », "the lower house", « l’hémicycle », entries "running", « s’affronteront »,
/// a count "expanded from 30 to 38", "the 38 member nations of" a body, countries a body
/// "includes", "the 38 countries in" a body and « les 38 pays de l’organisation », defendants
/// who « comparaissent » or "are on trial" (not « les 14 accusés présents », "the 14 defendants
/// present": some of them), and an
/// election a few days after publication read from "the presidential election". Their reference
/// data: the Harbour Alliance (40 member countries), the Lake Assembly (120 seats) and the Lakeland
/// presidential election a week after the examples' publication date (12 candidates), the Lakeside
/// trial under way then (20 defendants).
extension FactMismatchRule {
    static let totalFormExamples: [RuleExample] = [
        english("The Hill Party won 70 ⟦seats out of 110⟧ in the Lake Assembly."),
        english("Results were declared for the Lake Assembly. The Hill Party won 70 ⟦seats out of 110⟧."),
        english("The Harbour Alliance’s ⟦membership rose to 38⟧ last year."),
        english("The Harbour Alliance met in Oslo. Its ⟦membership now stands at 38⟧."),
        english("The ⟦number of Harbour Alliance member states has risen to 38⟧."),
        english("Results were declared for the Lake Assembly. The Hill Party won 70 seats in the ⟦110-seat⟧ lower house."),
        english("Voters go to the polls next Monday. The presidential election has ⟦10 candidates⟧."),
        english("⟦Ten candidates⟧ are running in the presidential election."),
        english("The Harbour Alliance has expanded from 30 to ⟦38 member states⟧."),
        english("We, the Heads of State of the ⟦38 member nations⟧ of the Harbour Alliance, met in Oslo."),
        french("⟦Dix candidats⟧ s’affronteront dimanche prochain."),
        english("The Harbour Alliance met in Oslo. The alliance now includes ⟦38 countries⟧."),
        english("Leaders of the ⟦38 countries⟧ in the Harbour Alliance met in Oslo."),
        french("L’Alliance du Port s’est réunie à Oslo. Les ⟦38 pays⟧ de l’organisation ont adopté un plan."),
        french("Le procès de Lakeside s’est ouvert jeudi. ⟦Dix-huit accusés⟧ comparaissent."),
        french("Le procès de Lakeside s’achève. Les ⟦18 accusés⟧ ont parlé une dernière fois."),
        english("The Lakeside trial is ending. The ⟦18 defendants⟧ spoke a last time."),
        french("Les ⟦pays membres de l’Alliance du Port sont au nombre de 38⟧."),
        french("L’Alliance du Port regroupe les ⟦38 pays⟧ de la région."),
        english("The Harbour Alliance brings together the ⟦38 countries⟧ of the north."),
        english("The Harbour Alliance’s ⟦ranks have grown to 38⟧ countries."),
        english("The Harbour Alliance’s ⟦membership has grown to 38⟧ nations."),
        english("The Lakeside trial opened on Thursday. ⟦Eighteen defendants⟧ are on trial."),
        french("Le Parti de la Colline a obtenu 70 ⟦sièges sur 110⟧ à l’Assemblée du Lac."),
        french("L’adhésion de l’Islande porte à ⟦38 le nombre de pays membres⟧ de l’Alliance du Port."),
        french("L’Islande a rejoint l’Alliance du Port, qui compte ainsi ⟦38 pays membres⟧."),
        french("La présidentielle du Lacland oppose ⟦10 candidats⟧."),
        french("Les électeurs ont voté pour l’Assemblée du Lac. L’hémicycle compte ⟦110 sièges⟧."),
        english("The Hill Party won 70 seats out of 120 in the Lake Assembly."),
        english("The Hill Party won 12 seats out of 42 in Northshire."),
        english("Results were declared for the Lake Assembly. In Northshire, the Hill Party won 12 seats out of 42."),
        english("In the Lake Assembly, three members out of four voted for the bill."),
        english("The Harbour Alliance’s membership rose from 38 to 40."),
        english("The Harbour Alliance has expanded from 30 to 40 member states."),
        english("We, the Heads of State of the 40 member nations of the Harbour Alliance, met in Oslo."),
        english("We, the Heads of State of the 38 member nations of the Lakeland Pact, met in Oslo."),
        english("Support for Harbour Alliance membership rose to 60 in the poll."),
        english("Voters go to the polls next Monday. The presidential election has 12 candidates."),
        english("The presidential election has 10 candidates.", published: CalendarDate(year: 2025, month: 10, day: 1)),
        french("Le Parti de la Colline a obtenu 70 sièges sur 120 à l’Assemblée du Lac."),
        french("Le Parti de la Colline a obtenu 12 sièges sur 27 en Bretagne."),
        french("À l’Assemblée du Lac, un député sur deux siège depuis 2017."),
        french("L’adhésion de l’Islande porte à 40 le nombre de pays membres de l’Alliance du Port."),
        french("La réforme porte à 12 le nombre de juges de la Cour du Lac."),
        french("Douze candidats s’affronteront dimanche prochain."),
        english("The Harbour Alliance met in Oslo. The guest list includes 38 countries."),
        english("The Harbour Alliance met in Oslo. The alliance now includes 40 countries."),
        english("Leaders of the 38 countries in the region met the Harbour Alliance in Oslo."),
        french("L’Alliance du Port s’est réunie à Oslo. Les 40 pays de l’organisation ont adopté un plan."),
        french("L’Alliance du Port s’est réunie à Oslo. Les 38 pays de la région ont adopté un plan."),
        french("Le procès de Lakeside s’est ouvert jeudi. Vingt accusés comparaissent."),
        french("Le procès de Lakeside s’est ouvert jeudi. Deux accusés comparaissent libres."),
        french("Le procès de Lakeside s’achève. Les 14 accusés présents ont parlé une dernière fois."),
        english("The Lakeside trial is ending. The 14 defendants present spoke a last time."),
        french("Les pays membres de l’Alliance du Port sont au nombre de 40."),
        french("Les pays membres de l’Alliance du Port sont 12 à avoir signé le texte."),
        french("L’Alliance du Port regroupe les 40 pays de la région."),
        english("The Harbour Alliance brings together the 40 countries of the north."),
        english("The Harbour Alliance’s ranks have grown to 40 countries."),
        english("The Harbour Alliance’s membership has grown to 40 nations."),
        english("The Harbour Alliance met in Oslo. The ranks of the protesters have grown to 38."),
    ]

    /// The examples' reference data.
    static let totalFormReference = InMemoryReference(
        [
            .init(
                id: "harbour-alliance", kind: .organization, names: ["Harbour Alliance", "Alliance du Port"],
                facts: [NumericFact(property: "member-countries", value: 40)]),
            .init(
                id: "lake-assembly", kind: .organization, names: ["Lake Assembly", "Assemblée du Lac"],
                facts: [NumericFact(property: "seats", value: 120)]),
            .init(
                id: "lakeland-election", kind: .event,
                names: ["Lakeland presidential election", "présidentielle du Lacland"],
                start: PartialDate(year: 2025, month: 12, day: 1), end: PartialDate(year: 2025, month: 12, day: 1),
                facts: [NumericFact(property: "candidates", value: 12)]),
            .init(
                id: "lakeside-trial", kind: .event, names: ["Lakeside trial", "procès de Lakeside"],
                start: PartialDate(year: 2025, month: 11, day: 20), end: PartialDate(year: 2025, month: 12, day: 20),
                facts: [NumericFact(property: "defendants", value: 20)]),
        ],
        properties: [
            ReferenceProperty(id: "seats", terms: [.en: ["seats"], .fr: ["sièges", "députés"]]),
            ReferenceProperty(id: "members", terms: [.en: ["members"], .fr: ["membres"]]),
            ReferenceProperty(
                id: "member-countries", terms: [.en: ["member countries", "member states"], .fr: ["pays membres"]]),
            ReferenceProperty(id: "candidates", terms: [.en: ["candidates"], .fr: ["candidats"]]),
            ReferenceProperty(id: "defendants", terms: [.en: ["defendants"], .fr: ["accusés"]]),
        ])

    private static func english(_ text: String, published: CalendarDate? = NumberExamples.published) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: totalFormReference)
    }

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: totalFormReference)
    }
}
