import FactDeskKit

/// Examples of lists followed by the total they make (``TotalsAfterParts``) and of vote tallies
/// in a body of known size (``VoteTallies``).
enum TallyExamples {
    /// `internal-inconsistency`: a complete list whose total after "for a total of", « soit »,
    /// « pour un total de » or before "in total", « au total » is not its sum; and the same forms
    /// when they agree, a total of another noun, and a difference after « soit ».
    static let totals: [RuleExample] = [
        NumberExamples.english("The club has won ⟦12 league titles, 8 cups and 5 super cups, for a total of 27⟧."),
        NumberExamples.english("The relay team brought home ⟦6 gold, 3 silver and 2 bronze medals, 13⟧ medals in total."),
        NumberExamples.french("Le festival a montré ⟦21 films de fiction, 9 films d’animation et 6 films documentaires, soit 38⟧ films."),
        NumberExamples.french("La délégation rapporte ⟦7 médailles d’or, 5 d’argent et 9 de bronze, 23⟧ médailles au total."),
        NumberExamples.french("Le club a gagné ⟦11 championnats, 7 coupes et 3 supercoupes, pour un total de 20⟧."),
        NumberExamples.english("The club has won 12 league titles, 8 cups and 5 super cups, for a total of 25."),
        NumberExamples.english("The relay team brought home 6 gold, 3 silver and 2 bronze medals, 11 medals in total."),
        NumberExamples.french("Le festival a montré 21 films de fiction, 9 films d’animation et 6 films documentaires, soit 36 films."),
        NumberExamples.french("La délégation rapporte 7 médailles d’or, 5 d’argent et 9 de bronze, 21 médailles au total."),
        NumberExamples.french("Le club a gagné 11 championnats, 7 coupes et 3 supercoupes, pour un total de 21."),
        NumberExamples.french("L’équipe compte 3 victoires et 2 nuls, soit 11 points."),
        NumberExamples.english("The team won two gold and three silver medals on Saturday, for a total of 15."),
        NumberExamples.french("L’équipe a gagné deux titres et trois médailles d’argent samedi, soit 15 médailles."),
        NumberExamples.french("Le festival a montré 12 films et 9 documentaires, soit 3 de plus qu’en 2023."),
    ]

    /// `part-exceeds-whole`: votes for, against and abstentions that add up to more than the
    /// members of the body that voted, read in the sentence ("the 60-member assembly") or in the
    /// reference data (the Lakes Council's 47 members) when the body is the voter; and tallies
    /// that fit, name no body, name a body that did not vote, or a party (whose seats are not the
    /// chamber's members).
    static let votes: [RuleExample] = [
        english("The Lakes Council adopted the text by ⟦30 votes in favour, 12 against and 9⟧ abstentions."),
        french("Le Conseil des Lacs a adopté le texte par ⟦30 voix pour, 12 contre et 9⟧ abstentions."),
        english("The Lakes Council voted ⟦40 to 9⟧, with no abstentions, to renew the mandate."),
        french("Le Conseil des Lacs a approuvé la résolution par ⟦40 voix contre 8⟧."),
        english("The Lakes Council on Monday approved the plan by ⟦40 votes to 10⟧."),
        english("In the 60-member assembly, ⟦41 members voted yes, 12 voted no and 9⟧ abstained."),
        english("The Lakes Council met on Monday. The Council adopted the plan by ⟦30 votes in favour, 12 against and 9⟧ abstentions."),
        french("Le Conseil des Lacs s’est réuni lundi. Le Conseil a adopté le plan par ⟦30 voix pour, 12 contre et 9⟧ abstentions."),
        english("The Lakes Council voted on Monday. The resolution received ⟦30 votes in favour, 12 against and 9⟧ abstentions."),
        english("The Lakes Council voted on Monday. The resolution received 30 votes in favour, 7 against and 9 abstentions."),
        english("The Lakes Council voted on Monday.\n\nThe resolution received 30 votes in favour, 12 against and 9 abstentions."),
        english("The Lakes Council adopted the text by 30 votes in favour, 7 against and 9 abstentions."),
        french("Le Conseil des Lacs a adopté le texte par 20 voix pour, 12 contre et 9 abstentions."),
        english("The Lakes Council voted 30 to 9, with no abstentions, to renew the mandate."),
        english("In the 60-member assembly, 41 members voted yes, 12 voted no and 5 abstained."),
        english("The party congress backed the motion by 300 votes to 90, with 12 abstentions."),
        english("The plan, backed by the Lakes Council, passed by 60 votes to 30 in the regional assembly."),
        english("The Lakes Council met on Monday. The Senate adopted the plan by 30 votes in favour, 12 against and 9 abstentions."),
        english("The River Party voted for the bill, which passed by 60 votes to 30."),
    ]

    /// The reference data of the vote examples: the Lakes Council (47 members) and the River
    /// Party (40 seats).
    static let reference = InMemoryReference(
        [
            .init(
                id: "lakes-council", kind: .organization, names: ["Lakes Council", "Conseil des Lacs"],
                facts: [NumericFact(property: "members", value: 47)]),
            .init(
                id: "river-party", kind: .organization, names: ["River Party", "Parti du Fleuve"],
                facts: [NumericFact(property: "seats", value: 40)]),
        ],
        properties: [
            ReferenceProperty(id: "members", terms: [.fr: ["membres"], .en: ["members"]]),
            ReferenceProperty(id: "seats", terms: [.fr: ["sièges"], .en: ["seats"]]),
        ])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: reference)
    }

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: reference)
    }
}
