import FactDeskKit

/// Examples of a turnout's figures given apart in one paragraph (``TurnoutFigures``), and of
/// number words of names that count nothing (``NumbersInNames``).
enum TurnoutFiguresExamples {
    /// `internal-inconsistency`: a turnout that is not the voters' share of the registered; and
    /// turnouts that are, or that another year, an hour of the day or valid votes leave unread;
    /// and a capitalised number word of a name before a list of names.
    static let inconsistent: [RuleExample] = [
        NumberExamples.french(
            "La commune comptait 20 000 inscrits sur les listes. Au total, 12 000 électeurs ont voté. Le taux de participation atteint ⟦64 %⟧."),
        NumberExamples.english(
            "The district has 50,000 registered voters. On Sunday, 30,000 voters turned out. Turnout was ⟦66%⟧."),
        NumberExamples.french(
            "Le corps électoral réunit 80 000 personnes. Au total, 50 000 se sont rendues aux urnes. La participation est de ⟦58,40 %⟧."),
        NumberExamples.french(
            "La commune comptait 20 000 inscrits sur les listes. Au total, 12 000 électeurs ont voté. Le taux de participation atteint 60 %."),
        NumberExamples.english(
            "The district has 50,000 registered voters. On Sunday, 30,000 voters turned out. Turnout was 60.8%."),
        NumberExamples.french(
            "En 2018, la commune comptait 20 000 inscrits. En 2024, 12 000 électeurs ont voté et la participation atteint 64 %."),
        NumberExamples.french(
            "La commune compte 20 000 inscrits. Au total, 12 000 électeurs ont voté. À 17 heures, la participation était de 45 %."),
        NumberExamples.english("The district has 50,000 registered voters. It counted 30,000 valid votes, and turnout was 66%."),
        NumberExamples.english("Five Valleys preview: Arden stay top, Corran edge past Lisle\n\nArden beat Corran in the Five Valleys on Sunday."),
        NumberExamples.french("Le tournoi des Quatre Vents : Arden et Lisle se qualifient."),
        NumberExamples.english("The Big Seven cup: Arden and Lisle went through."),
        NumberExamples.english("⟦Five Kenyan runners: Arden and Lisle made the final⟧."),
    ]

    /// `part-exceeds-whole`: more voters than registered voters, more valid votes than voters, in
    /// one paragraph; and counts that fit or have no role.
    static let exceeding: [RuleExample] = [
        NumberExamples.french("La commune comptait 20 000 inscrits. Au total, ⟦26 000⟧ électeurs ont voté."),
        NumberExamples.english("The district has 50,000 registered voters. In all, ⟦52,000⟧ voters cast a ballot."),
        NumberExamples.french("On a compté 12 000 votants. Le bureau a retenu ⟦12 400⟧ suffrages exprimés."),
        NumberExamples.french("La commune comptait 20 000 inscrits. Au total, 12 000 électeurs ont voté."),
        NumberExamples.english("The district has 50,000 registered voters and 52,000 residents."),
        NumberExamples.french("On a compté 12 000 votants. Le bureau a retenu 11 400 suffrages exprimés."),
    ]
}
