import FactDeskKit

/// Examples of an ordinal of times followed by the earlier times it counts (``TimesAfterList``),
/// and of a count of times followed by the years of those times (``TimesWithYears``).
enum TimesAfterListExamples {
    /// `internal-inconsistency`: an ordinal that is not one more than the times listed after it,
    /// and ordinals that are, or whose list is not the earlier times; a count of times that is not
    /// the number of years listed after it, and counts that are, or whose list is only some.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("It is the ⟦fourth time that Norland hosts the fair, after Lakeport 1998 and Hillview 2009⟧."),
        NumberExamples.english(
            "Norland will stage the fair for the ⟦third time following Lakeport in 1998, northern Hillview in 2009 and Dunmore in 2016⟧."),
        NumberExamples.french("C’est la ⟦quatrième fois que la Norlande accueille la foire, après Port-Lac en 1998 et Colline en 2009⟧."),
        NumberExamples.english("It is the third time that Norland hosts the fair, after Lakeport 1998 and Hillview 2009."),
        NumberExamples.english("Norland will stage the fair for the third time following Lakeport in 1998 and 2009."),
        NumberExamples.french("C’est la troisième fois que la Norlande accueille la foire, après Port-Lac en 1998 et Colline en 2009."),
        NumberExamples.english("It is the fourth time Norland hosts the fair, after, among others, Lakeport 1998 and Hillview 2009."),
        NumberExamples.english("It is the second time in a row, after a 2019 defeat and a 2021 draw that hurt the club."),
        NumberExamples.french("C’est la cinquième fois que le club gagne, après sa victoire de 2019 et celle de 2021."),
        NumberExamples.english("It is the fifth time Norland hosts the fair, after Lakeport 2019."),
        NumberExamples.english("Norland has won the cup ⟦five times already - in 1971, 1990, 2003 and in 2019⟧."),
        NumberExamples.english("Norland has won the cup ⟦three times (1971, 1990, 2003, 2019⟧)."),
        NumberExamples.french("La Norlande a remporté la coupe à ⟦quatre reprises (1971, 1990 et 2019⟧)."),
        NumberExamples.french("La Norlande a remporté la coupe ⟦cinq fois : en 1971, 1990, 2003 et 2019⟧."),
        NumberExamples.english("Norland has won the cup four times already - in 1971, 1990, 2003 and in 2019."),
        NumberExamples.english("Norland has won the cup four times (1971, 1990, 2003, 2019)."),
        NumberExamples.french("La Norlande a remporté la coupe à trois reprises (1971, 1990 et 2019)."),
        NumberExamples.french("La Norlande a remporté la coupe quatre fois : en 1971, 1990, 2003 et 2019."),
        NumberExamples.english("Norland has won the cup five times (including 1971, 1990 and 2019)."),
        NumberExamples.english("Norland has won the cup five times: in 1990 and 2019 at home, and three times abroad."),
        NumberExamples.french("La Norlande a gagné cinq fois, dont 1990 et 2019 à domicile."),
        // A comma before "in", « en » opens the years too.
        NumberExamples.french("Port-Lac a accueilli la foire à ⟦trois reprises, en 1998 et 2006⟧."),
        NumberExamples.french("Port-Lac a accueilli la foire à deux reprises, en 1998 et 2006."),
        NumberExamples.english("Port-Lac hosted the fair ⟦four times, in 1998, 2006 and 2014⟧."),
        NumberExamples.english("Port-Lac hosted the fair three times, in 1998, 2006 and 2014."),
        NumberExamples.english("Port-Lac hosted the fair four times, in 1998 and 2006 at the old port."),
        // Wins or titles, or a count alone before its years: more years than the count only.
        NumberExamples.english("With ⟦four (1998, 2001, 2004, 2007, 2012⟧), Ana Ruiz holds the Kesra open record."),
        NumberExamples.english("With five (1998, 2001, 2004, 2007, 2012), Ana Ruiz holds the Kesra open record."),
        NumberExamples.english("Ana Ruiz has won ⟦three titles (1998, 2001, 2004 and 2007⟧) at the Kesra open."),
        NumberExamples.english("Ana Ruiz has won six titles (1998, 2001, 2004 and 2007) at the Kesra open, doubles included."),
        NumberExamples.french("Ana Ruiz compte ⟦trois victoires (1998, 2001, 2004 et 2007⟧) à l’open de Kesra."),
        NumberExamples.french("Ana Ruiz compte quatre victoires (1998, 2001, 2004 et 2007) à l’open de Kesra."),
        NumberExamples.french("Ana Ruiz mène le palmarès avec ⟦quatre (1998, 2001, 2004, 2007, 2012⟧)."),
        NumberExamples.french("Ana Ruiz mène le palmarès avec sept (1998-2001, 2004, 2007)."),
    ]
}
