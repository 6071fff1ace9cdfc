import FactDeskKit

/// Examples of parts set right after their whole: a whole whose noun holds a name before a dash
/// (``RestatedParts``), a tally of medals and its three colours (``MedalTallies``), a part between
/// dashes (``AdjacentParts/isDashedPart(whole:part:in:)``) and a part whose noun has a complement
/// before « sur les », "out of" (``AdjacentParts``).
enum ApposedPartsExamples {
    /// `internal-inconsistency`: parts that do not make their whole, and the same forms when they do.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("The Green List kept ⟦120 Lake Council seats – 70 urban and 52⟧ rural."),
        NumberExamples.english("The Green List kept 120 Lake Council seats – 70 urban and 50 rural."),
        NumberExamples.french("La liste verte garde ⟦120 sièges au conseil – 70 urbains et 52⟧ ruraux."),
        NumberExamples.french("La liste verte garde 120 sièges au conseil – 70 urbains et 50 ruraux."),
        NumberExamples.english(
            "Norland brought home ⟦21 medals, including 8 gold medals in addition to 7 silver and 4 bronze medals⟧ at the Lake Games."),
        NumberExamples.english("Norland took ⟦21 medals (8 gold, 7 silver and 4 bronze)⟧ in the last Lakes Cup."),
        NumberExamples.french("La Norlande rapporte ⟦21 médailles, dont 8 d’or, 7 d’argent et 4 de bronze⟧."),
        NumberExamples.french("La Norlande rapporte ⟦21 médailles dont 8 médailles d’or, 7 d’argent et 4 de bronze⟧ des Jeux."),
        NumberExamples.english(
            "Norland brought home 19 medals, including 8 gold medals in addition to 7 silver and 4 bronze medals at the Lake Games."),
        NumberExamples.french("La Norlande totalise ⟦21 médailles dont 8 en or, 7 en argent et 4 en bronze⟧."),
        NumberExamples.english("Overall the club has won ⟦90 medals, 40 golds, 30 silvers and 25 bronzes⟧."),
        NumberExamples.french("La Norlande totalise 19 médailles dont 8 en or, 7 en argent et 4 en bronze."),
        NumberExamples.english("Overall the club has won 95 medals, 40 golds, 30 silvers and 25 bronzes."),
        NumberExamples.english("Norland won 19 medals – 8 gold, 7 silver and 4 bronze – the most since 1990."),
        NumberExamples.french("La Norlande rapporte 19 médailles, dont 8 d’or, 7 d’argent et 4 de bronze."),
        NumberExamples.english("Norland won 21 medals, including 8 gold, 7 silver and 4 bronze in rowing."),
        NumberExamples.french("La Norlande rapporte 21 médailles, dont 8 d’or, 7 d’argent et 4 de bronze en aviron."),
        NumberExamples.english("Norland won 21 medals, including 8 gold and 4 bronze."),
        NumberExamples.english("Norland won 21 medals, 8 or 9 of them gold, and 4 silver and 3 bronze."),
    ]

    /// `part-exceeds-whole`: a part above its whole, and parts that fit or count something else.
    static let exceeding: [RuleExample] = [
        NumberExamples.english("The fair fills ⟦40 halls – 52⟧ newly built – across the old port."),
        NumberExamples.english("The fair fills ⟦40 halls -- 52⟧ newly built -- across the old port."),
        NumberExamples.french("Le salon occupe ⟦40 halls – 52⟧ construits cette année – sur le port."),
        NumberExamples.english("The fair fills 40 halls – 12 newly built – across the old port."),
        NumberExamples.french("Le salon occupe 40 halls – 12 construits cette année – sur le port."),
        NumberExamples.english("The fair fills 40 halls – 52 last year – across the old port."),
        NumberExamples.english("The fair fills 40 halls – 52 were planned – across the old port."),
        NumberExamples.english("The fair fills 40 halls – 52 km apart – across the old port."),
        NumberExamples.french("Le salon occupe 40 halls – 52 de plus qu’en 2020 – sur le port."),
        NumberExamples.french("En tout, ⟦12 chefs d’État sur les 9⟧ que compte l’Union des ports ont signé."),
        NumberExamples.english("In all, ⟦12 heads of state out of 9⟧ present signed the pact."),
        NumberExamples.french("En tout, 7 chefs d’État sur les 9 que compte l’Union des ports ont signé."),
        NumberExamples.english("In all, 7 heads of state out of 9 present signed the pact."),
    ]
}
