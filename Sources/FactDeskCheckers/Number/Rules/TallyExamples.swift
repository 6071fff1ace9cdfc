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
        NumberExamples.french("Le festival a montré 12 films et 9 documentaires, soit 3 de plus qu’en 2023."),
    ]

    /// `part-exceeds-whole`: votes for, against and abstentions that add up to more than the
    /// members of the body that voted, read in the sentence ("the 60-member assembly") or in the
    /// reference data (the Lyon City Council's 73 seats) when the body is the voter; and tallies
    /// that fit, name no body, or name a body that did not vote.
    static let votes: [RuleExample] = [
        NumberExamples.english("The Lyon City Council adopted the budget by ⟦50 votes in favour, 20 against and 9⟧ abstentions."),
        NumberExamples.french("Le conseil municipal de Lyon a adopté le texte par ⟦60 voix pour, 10 contre et 5⟧ abstentions."),
        NumberExamples.english("The Lyon City Council voted ⟦70 to 9⟧, with no abstentions, to close the road."),
        NumberExamples.english("The Lyon City Council on Monday approved the plan by ⟦60 votes to 20⟧."),
        NumberExamples.french("Le conseil municipal de Lyon a approuvé le plan par ⟦66 voix contre 8⟧."),
        NumberExamples.english("In the 60-member assembly, ⟦41 members voted yes, 12 voted no and 9⟧ abstained."),
        NumberExamples.english("The Lyon City Council met on Monday. The Council adopted the plan by ⟦50 votes in favour, 20 against and 4⟧ abstentions."),
        NumberExamples.french("Le conseil municipal de Lyon s’est réuni lundi. Le Conseil a adopté le plan par ⟦50 voix pour, 20 contre et 4⟧ abstentions."),
        NumberExamples.english("The Lyon City Council adopted the budget by 50 votes in favour, 10 against and 9 abstentions."),
        NumberExamples.french("Le conseil municipal de Lyon a adopté le texte par 40 voix pour, 10 contre et 5 abstentions."),
        NumberExamples.english("The Lyon City Council voted 60 to 9, with no abstentions, to close the road."),
        NumberExamples.english("In the 60-member assembly, 41 members voted yes, 12 voted no and 5 abstained."),
        NumberExamples.english("The party congress backed the motion by 300 votes to 90, with 12 abstentions."),
        NumberExamples.english("The Lyon City Council met on Monday. The Council adopted the plan by 50 votes in favour, 10 against and 4 abstentions."),
        NumberExamples.english("The Lyon City Council met on Monday. The Senate adopted the plan by 50 votes in favour, 20 against and 4 abstentions."),
        NumberExamples.english("The plan, backed by the Lyon City Council, passed by 60 votes to 30 in the regional assembly."),
        NumberExamples.english("INTERPOL members backed the plan by 150 votes in favour, 20 against and 10 abstentions."),
    ]
}
