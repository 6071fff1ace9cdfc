import FactDeskKit

/// Examples of parts whose whole was counted in the sentence before and is named back at the
/// head of theirs (``EarlierWholeParts``): « Parmi ces blessés, », « Parmi elles, », "Of them,",
/// "Of the victims,", "Among the wounded were".
enum EarlierWholePartsExamples {
    /// `part-exceeds-whole`: a part above the whole named back, and the forms that stay silent.
    static let exceeding: [RuleExample] = [
        NumberExamples.french("L’éboulement a fait 14 morts et 310 blessés. Parmi ces blessés, ⟦420⟧ sont hospitalisés."),
        NumberExamples.french("Au total, 140 autres personnes ont été blessées. Parmi elles, ⟦160⟧ restent en observation."),
        NumberExamples.english("The flood left 96 people injured. Of them, ⟦130⟧ were flown to the capital."),
        NumberExamples.english("The ferry fire caused 2,410 deaths. Of the victims, ⟦2,900⟧ were pilgrims."),
        NumberExamples.english("Six people died and 75 were wounded. Among the wounded were ⟦90⟧ children."),
        NumberExamples.french("L’éboulement a fait 14 morts et 310 blessés. Parmi ces blessés, 42 sont hospitalisés."),
        NumberExamples.french("Au total, 140 autres personnes ont été blessées. Parmi elles, 16 restent en observation."),
        // Two counts before a pronoun: which one it names back is not told.
        NumberExamples.french("L’éboulement a fait 14 morts et 31 blessés. Parmi eux, 40 sont des randonneurs."),
        // A noun no count of the sentence before is of.
        NumberExamples.english("The storm damaged 300 homes. Of the farms, 450 lost their roofs."),
        // "victims" with a count of the dead and one of the injured: either may be meant.
        NumberExamples.english("The blast killed 20 and injured 75 people. Of the victims, 40 were women."),
        // A whole written as a lower bound is never exceeded.
        NumberExamples.english("The flood left more than 96 people injured. Of them, 130 were flown to the capital."),
        // A whole in another paragraph.
        NumberExamples.english("The flood left 96 people injured.\n\nOf them, 130 were flown to the capital."),
    ]

    /// `part-exceeds-whole`: a score of matches above its series' matches (``SeriesScores``), and
    /// the forms that stay silent.
    static let seriesScores: [RuleExample] = [
        NumberExamples.english("Norland won by six wickets to take an unassailable ⟦3-1 lead in the three-match⟧ Harbour Cup series."),
        NumberExamples.english("The Gulls levelled with a ⟦4-3 win in the 5-game⟧ series."),
        NumberExamples.english("The Gulls hold a ⟦3-2 lead in the best-of-three⟧ final series."),
        NumberExamples.english("Norland won by six wickets to take an unassailable 3-1 lead in the five-match Harbour Cup series."),
        NumberExamples.english("The Gulls hold a 3-1 lead in the best-of-seven final series."),
        // A score of goals in one match of a series is no count of its matches.
        NumberExamples.english("The Gulls won 4-1 in the second game of the three-match series."),
        NumberExamples.english("The Gulls took a 4-1 lead in the second game of the three-match series."),
    ]

    /// `part-exceeds-whole`: seats won above the results declared so far (``DeclaredResults``),
    /// and the forms that stay silent.
    static let declaredResults: [RuleExample] = [
        NumberExamples.english("With 310 results declared, the River Party won ⟦342⟧ seats, the count showed."),
        NumberExamples.french("Avec 310 résultats proclamés, le Parti du fleuve remporte ⟦342⟧ sièges."),
        NumberExamples.english("With 310 of 400 results in, the River Party had ⟦342⟧ seats."),
        NumberExamples.english("With 310 results declared, the River Party won 242 seats, the count showed."),
        NumberExamples.french("Avec 310 résultats proclamés, le Parti du fleuve remporte 242 sièges."),
        // Votes are no seats.
        NumberExamples.english("With 310 results declared, the River Party won 342,000 votes."),
        // A count of another noun first: what the seats are read against is not told.
        NumberExamples.english("With 310 results declared, 12 parties won 342 seats between them."),
    ]
}
