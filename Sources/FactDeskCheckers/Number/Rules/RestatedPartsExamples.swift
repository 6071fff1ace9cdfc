import FactDeskKit

/// Examples of counts restated as their parts or their groups right after them
/// (``RestatedParts``, ``GroupSizes``) or taken up again after a demonstrative
/// (``DemonstrativeCounts``), and of parts next to a whole written without its noun.
enum RestatedPartsExamples {
    /// `internal-inconsistency`: parts after « soit », "namely", between dashes or after a colon
    /// that do not make their whole, groups of one size whose product is not the count they
    /// split, a count taken up again after "these", « ces » with another value, a majority mark
    /// that is not half the chamber plus one, a count its names in parentheses or between dashes
    /// contradict, and a rate after « soit », "or" that is not its part's share of the whole after
    /// it or before it (« parmi les 22 »), a total on a line of its own after a colon that the
    /// bulleted counts on the lines below do not make (not with « dont », "about", a bullet
    /// without a count or counting days, or lines going on after the list), a share restated after
    /// « soit », "namely" as shares that do not make it; and the same forms when they agree.
    static let inconsistent: [RuleExample] = [
        NumberExamples.french("Le festival a projeté ⟦40 films, soit 25 longs métrages et 18⟧ documentaires."),
        NumberExamples.english("The panel shortlisted ⟦30 films, namely 12 features and 16⟧ documentaries."),
        NumberExamples.french("Les ⟦20 accusés – 14 présents et 8⟧ jugés en leur absence – ont entendu le verdict."),
        NumberExamples.english("The ⟦20 defendants - 14 in court and 8⟧ tried in absentia - heard the verdict."),
        NumberExamples.english("A total of ⟦52 teams took part: 30 from Europe and 25⟧ from Asia."),
        NumberExamples.french("Au total, ⟦52 équipes participent : 30 d’Europe et 25⟧ d’Asie."),
        NumberExamples.english("The cup brings together ⟦24 teams, divided into six groups of five⟧."),
        NumberExamples.english("The ⟦32 clubs play in eight pools of five⟧ clubs each."),
        NumberExamples.french("Le tournoi réunit ⟦24 équipes réparties en six poules de cinq⟧."),
        NumberExamples.french("Les ⟦16 équipes sont réparties en trois groupes de quatre⟧ équipes."),
        NumberExamples.french("Les ⟦16 équipes de la Coupe des Lacs 2025 sont réparties en trois groupes de quatre⟧."),
        NumberExamples.english("He listed three demands on Friday. “If these ⟦four demands⟧ are met, we can go on,” he said."),
        NumberExamples.french("Le ministre a posé trois conditions. Ces ⟦quatre conditions⟧ seront examinées lundi."),
        NumberExamples.english("Some 4,000 volunteers signed up. These ⟦5,000 volunteers⟧ will be trained in May."),
        NumberExamples.french("Quelque 3 000 bénévoles ont été recrutés. Ces ⟦4 000 bénévoles⟧ seront formés en juin."),
        NumberExamples.english("Some 4,000 volunteers signed up. These 3,900 volunteers will be trained in May."),
        NumberExamples.french("Environ 3 000 bénévoles ont été recrutés. Ces 3 000 bénévoles seront formés en juin."),
        NumberExamples.english("He listed three demands on Friday. “If these three demands are met, we can go on,” he said."),
        NumberExamples.english("Police held 12 people; 5 were released. These 5 people were minors."),
        NumberExamples.english("The fair drew 300 exhibitors in 2019. These 250 exhibitors who came back praised it."),
        NumberExamples.french("Le salon a réuni 300 exposants en 2019. Ces 250 exposants qui sont revenus sont ravis."),
        NumberExamples.french("Le ministre a posé trois conditions. Ces trois conditions seront examinées lundi."),
        NumberExamples.french("Le parti a perdu quatre sièges au recomptage et n’en conserve que 87 sièges. Ces quatre sièges sont allés à ses rivaux."),
        NumberExamples.english("The party lost two seats in the recount and now holds 58 seats. These two seats went to the Greens."),
        NumberExamples.french("Le salon a duré dix jours. Ces deux jours de fermeture ont coûté cher."),
        // A count with a definite article and the same two words after it, written again.
        NumberExamples.english("The two relay crews were named in May. The ⟦three relay crews⟧ train daily."),
        NumberExamples.french("Les deux équipes féminines ont été choisies. Les ⟦trois équipes féminines⟧ s’entraînent."),
        NumberExamples.english("The two relay crews were named in May. The two relay crews train daily."),
        NumberExamples.english("The two relay crews were named in May.\n\nThe three relay crews train daily."),
        NumberExamples.english("The 10 first days were calm. The 20 first days were busy."),
        NumberExamples.english("The two relay crews were named. The three relay crews that won last year are back."),
        NumberExamples.french("Les deux équipes de Kesra ont été choisies. Les trois équipes de Lomé s’entraînent."),
        NumberExamples.english("The alliance fell short of the majority mark of ⟦282 in the 543⟧-seat lower house."),
        NumberExamples.english("Of the 651 seats, 326 were won by Labour. The party needed ⟦325⟧ seats for a majority."),
        NumberExamples.french("La majorité absolue, fixée à ⟦298 sièges sur les 577⟧, échappe au bloc central."),
        NumberExamples.english("The alliance fell short of the majority mark of 272 in the 543-seat lower house."),
        NumberExamples.english("The alliance won 240 seats, 32 short of the majority mark in the 543-seat house."),
        NumberExamples.english("Labour won 412 of the 650 seats and an overall majority of 174."),
        NumberExamples.french("La majorité absolue, fixée à 289 sièges sur les 577, échappe au bloc central."),
        NumberExamples.french("Le bloc obtient la majorité absolue avec 300 sièges sur 577."),
        NumberExamples.french("Au Sénat, ⟦185⟧ voix sont nécessaires pour la majorité absolue. Le parti a 100 sièges sur 348."),
        NumberExamples.french("Au Sénat, 175 voix sont nécessaires pour la majorité absolue. Le parti a 100 sièges sur 348."),
        NumberExamples.french("Une majorité des deux tiers, soit 385 sièges sur 577, est requise."),
        NumberExamples.french("Nombre de bénévoles inscrits : ⟦40\n▪ 12 guides,\n▪ 20 chauffeurs,\n▪ 6⟧ cuisiniers."),
        NumberExamples.english("Registered volunteers: ⟦40\n• 12 guides\n• 20 drivers\n• 6⟧ cooks"),
        NumberExamples.english("Registered volunteers: 38\n• 12 guides\n• 20 drivers\n• 6 cooks"),
        NumberExamples.french("Nombre de bénévoles inscrits : 40\n▪ 12 guides, dont 3 interprètes,\n▪ 20 chauffeurs."),
        NumberExamples.english("Registered volunteers: 40\n- 12 guides\n- 20 drivers, about half of them local"),
        NumberExamples.english("Registered volunteers: 40\n• guides\n• drivers\n• 6 cooks"),
        NumberExamples.english("Registered volunteers: 40\n• 12 guides\n• 3 days of training"),
        NumberExamples.english("Registered volunteers: 40\n• 12 guides\n• 20 drivers\nOthers will join them in June."),
        NumberExamples.english("Podium places: 3\n- 1 Lakeland\n- 2 Marland\n- 3 Port-Lac"),
        NumberExamples.english("The summit drew the heads of ⟦five states (Ghana, Kenya and Chad⟧) on Monday."),
        NumberExamples.french("Les chefs de ⟦cinq États – le Mali, le Niger et le Tchad⟧ – ont signé."),
        NumberExamples.english("The summit drew the heads of three states (Ghana, Kenya and Chad) on Monday."),
        NumberExamples.english("The summit drew 50 states (mostly African) on Monday."),
        NumberExamples.french("Les chefs de trois États – le Mali, le Niger et le Tchad – ont signé."),
        NumberExamples.french("Le candidat a obtenu ⟦2 200 000 voix, soit 58 % des 4 000 000⟧ de suffrages exprimés."),
        NumberExamples.english("The mayor won ⟦2,200 votes, or 58% of the 4,000⟧ cast."),
        NumberExamples.french("⟦Quatre réalisatrices figurent parmi les 22 cinéastes en compétition, soit 28 %⟧."),
        NumberExamples.french("Le candidat a obtenu 2 200 000 voix, soit 55 % des 4 000 000 de suffrages exprimés."),
        NumberExamples.english("The mayor won 2,200 votes, or 55% of the 4,000 cast."),
        NumberExamples.french("Quatre réalisatrices figurent parmi les 22 cinéastes en compétition, soit 18 %."),
        NumberExamples.english("Sales reached 2,200 units, or 58% more than the 4,000 expected."),
        NumberExamples.french("Le festival a projeté 40 films, soit 22 longs métrages et 18 documentaires."),
        NumberExamples.french("Le festival a projeté 40 films, soit 12 de plus qu’en 2023."),
        NumberExamples.english("The panel shortlisted 30 films, namely 12 features and 18 documentaries."),
        NumberExamples.french("Les 30 prévenus – 21 présents et 9 jugés par défaut – ont écouté la décision."),
        NumberExamples.english("The 20 defendants - 14 in court and 6 tried in absentia - heard the verdict."),
        NumberExamples.english("A total of 52 teams took part: 30 from Europe and 12 from Asia."),
        NumberExamples.french("Au total, 52 équipes participent : 30 d’Europe et 22 d’Asie."),
        NumberExamples.english("The cup brings together 24 teams, divided into six groups of four."),
        NumberExamples.english("The 30 teams play in six groups of four or five."),
        NumberExamples.english("After 24 matches, six groups of five fans won tickets."),
        NumberExamples.french("Les 24 équipes sont réparties en six groupes de quatre."),
        NumberExamples.french("Les 16 équipes de la Coupe des Lacs 2025 sont réparties en quatre groupes de quatre."),
        NumberExamples.french("Les 22 équipes jouent en cinq poules de quatre ou cinq équipes."),
        NumberExamples.french(
            "L’alliance obtient ⟦31,4 % des voix (2019 : 28,1 %), soit, au niveau national, 24,2 % pour le Parti du Lac et 7,5 %⟧ pour ses alliés."),
        NumberExamples.english("The alliance won ⟦31.4% of the vote, namely 24.2% for the Lake Party and 7.5%⟧ for its allies."),
        NumberExamples.french(
            "L’alliance obtient 31,4 % des voix (2019 : 28,1 %), soit, au niveau national, 24,2 % pour le Parti du Lac et 7,2 % pour ses alliés."),
        NumberExamples.french("L’alliance obtient 31 % des voix, soit 24,2 % pour le Parti du Lac et 7,2 % pour ses alliés."),
        NumberExamples.french("L’alliance obtient 31,4 % des voix, soit 24,2 % pour le Parti du Lac et 7,5 % pour ses alliés, ainsi que 2 % d’indépendants."),
        NumberExamples.french("L’alliance obtient 31,4 % des voix, soit 2,2 points de plus qu’en 2019."),
    ]

    /// `part-exceeds-whole`: a part before "out of", « sur » and a whole written without its noun
    /// ("91 councillors out of 87 who voted") or named as the total ("out of a total of", « sur
    /// un total de »), and the named shares of one ballot above 100 % (``NamedShares``); and parts
    /// that fit, turnouts and changes.
    static let exceeding: [RuleExample] = [
        NumberExamples.english("The motion carried with ⟦91 councillors out of 87⟧ who voted."),
        NumberExamples.french("Le texte a été adopté par ⟦112 députés sur 105⟧ présents."),
        NumberExamples.english("The motion carried with 50 councillors out of 87 who voted."),
        NumberExamples.french("Le texte a été adopté par 62 députés sur 105 présents."),
        NumberExamples.english("The parties used only ⟦22 of their 20⟧ allowed challenges."),
        NumberExamples.english("The parties used only 12 of their 20 allowed challenges."),
        NumberExamples.english("The party won ⟦62 out of a total of 59⟧ seats in the north."),
        NumberExamples.french("Les réalisatrices sont ⟦28 sur un total de 24⟧ noms."),
        NumberExamples.english("The party won 52 out of a total of 59 seats in the north."),
        NumberExamples.french("Les réalisatrices sont quatre sur un total de 24 noms."),
        NumberExamples.french("Résultats provisoires du scrutin : ⟦Awa Diop 48,2 %, Jean Sarr 31,5 % et Paul Ba 25,1 %⟧."),
        NumberExamples.english("The vote count gave ⟦Smith 52%, Jones 38% and Brown 15%⟧ on Monday."),
        NumberExamples.french("Résultats provisoires du scrutin : Awa Diop 48,2 %, Jean Sarr 31,5 % et Paul Ba 20,3 %."),
        NumberExamples.english("The vote count gave Smith 52%, Jones 38% and Brown 10% on Monday."),
        NumberExamples.french("Taux de participation : Dakar 48 %, Thiès 51 % et Kaolack 55 %."),
        NumberExamples.french("Résultats du bac : Paris 92 %, Lyon 90 % et Lille 88 %."),
        NumberExamples.english("In the poll, readers gave Paris 60%, London 55% and Rome 40% as their favourite."),
        NumberExamples.french("Le scrutin a eu lieu dimanche. Voici la participation. Dakar 48 %, Thiès 51 % et Kaolack 55 %."),
        NumberExamples.english("Results were mixed as sales rose in Paris 40%, Lyon 35% and Lille 30%."),
    ]
}
