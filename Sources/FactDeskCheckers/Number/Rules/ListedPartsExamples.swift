import FactDeskKit

/// Examples of lists of counts in running text that break down a whole (``ListedParts``).
enum ListedPartsExamples {
    /// `internal-inconsistency`: a whole said to be made of its parts, or split into halves, that
    /// does not add up, and a toll given as a bound that the exact toll contradicts
    /// (``BoundedTolls``); and lists that may not be the whole, or that add up.
    static let inconsistent: [RuleExample] = [
        NumberExamples.french("Avec ⟦40 bateaux, la flotte est composée de 12 voiliers, 18 catamarans, 11 canots et une⟧ barge."),
        NumberExamples.french("Les ⟦40 bateaux se répartissent entre 12 voiliers, 18 catamarans et 12⟧ canots."),
        NumberExamples.english("The ⟦40 boats are split into 12 yachts, 18 catamarans and 12⟧ dinghies."),
        // After a comma, the one count its sentence writes before the words of composition.
        NumberExamples.french(
            "Le salon attire ⟦4 200 exposants cette année, répartis entre 1 500 dans le hall A, 1 900 dans le hall B et 900⟧ dehors."),
        NumberExamples.french(
            "Le salon attire 4 300 exposants cette année, répartis entre 1 500 dans le hall A, 1 900 dans le hall B et 900 dehors."),
        NumberExamples.english("The club fields ⟦70 crews this summer, split into 30 for rowing, 25 for sailing and 20⟧ for canoeing."),
        NumberExamples.english("The club fields 75 crews this summer, split into 30 for rowing, 25 for sailing and 20 for canoeing."),
        NumberExamples.english(
            "The club fields 70 crews from 12 towns this summer, split into 30 for rowing, 25 for sailing and 20 for canoeing."),
        NumberExamples.french("Les ⟦neuf jurés, six femmes et quatre⟧ hommes, remettront le prix."),
        NumberExamples.french("Le jury compte ⟦neuf membres : six femmes et quatre⟧ hommes."),
        NumberExamples.french("Le jury, composé de ⟦six femmes et quatre hommes, compte neuf⟧ membres."),
        NumberExamples.french("La flotte réunit ⟦40 bateaux : 12 voiliers, 18 catamarans, 11⟧ canots et une barge."),
        NumberExamples.french("Avec 40 bateaux, la flotte est composée de 12 voiliers, 18 catamarans, 9 canots et une barge."),
        NumberExamples.french("La flotte réunit 40 bateaux : 12 voiliers, 18 catamarans, 9 canots et une barge."),
        NumberExamples.french("Les 40 bateaux se répartissent entre 12 voiliers, 18 catamarans et 10 canots."),
        NumberExamples.french("Avec 40 bateaux, la flotte est composée de 12 voiliers, 18 catamarans, ainsi que des canots."),
        NumberExamples.english("The club has 3,000 members and a board made up of 5 women and 4 men."),
        NumberExamples.french("Les neuf jurés, cinq femmes et quatre hommes, remettront le prix."),
        NumberExamples.french("Le jury compte neuf membres : cinq femmes et quatre hommes."),
        NumberExamples.french("Le tirage au sort désigne les ⟦36 jurés, 12 titulaires et 26⟧ suppléants."),
        NumberExamples.french("Chaque équipe joue (⟦6 matchs, trois à domicile et quatre⟧ en déplacement)."),
        NumberExamples.french("Le tirage au sort désigne les 36 jurés, 12 titulaires et 24 suppléants."),
        NumberExamples.french("Chaque équipe joue (6 matchs, trois à domicile et trois en déplacement)."),
        NumberExamples.english("The motion got 300 votes, 200 for and 90 against, with 10 abstentions."),
        NumberExamples.english("The 20-page report, made up of 12 chapters and 4 annexes, was adopted."),
        NumberExamples.english("The club sold 300 cars, 200 trucks and 50 buses."),
        NumberExamples.french("Le jury, composé de cinq femmes et quatre hommes, compte neuf membres."),
        NumberExamples.english("He scored 12 points, 5 rebounds and 3 assists, a record."),
        NumberExamples.english("The ⟦11-member panel, which is made up of four judges and eight⟧ citizens, retired."),
        NumberExamples.english("A ⟦9-member panel composed of five women and three⟧ men will decide."),
        NumberExamples.english("The ⟦12-member jury, made up of eight women and five⟧ men, was sworn in."),
        NumberExamples.english("The 12-member jury, made up of eight women and four men, was sworn in."),
        NumberExamples.english("The 11-member panel, which is made up of four judges and seven citizens, retired."),
        NumberExamples.english("A 9-member panel composed of five women and four men will decide."),
        NumberExamples.english("⟦Over 4,300⟧ people died in the storm. Officials said the toll is now at 4,266."),
        NumberExamples.french("La tempête a fait ⟦plus de 2 100⟧ morts. Selon le dernier bilan, elle a fait 2 012 morts."),
        NumberExamples.english("Over 4,200 people died in the storm. Officials said the toll is now at 4,266."),
        NumberExamples.english("Over 4,300 people are dead. The death toll in Norland is now at 1,266."),
        NumberExamples.french("La tempête a fait plus de 2 000 morts. Selon le dernier bilan, elle a fait 2 012 morts."),
    ]

    /// `part-exceeds-whole`: some parts of a whole, brought in by « dont », "including", or after
    /// « Sur les … , » opening a sentence or clause, that add up to more than it (the finding
    /// quotes the whole and the parts), past an approximate whole by more than its last significant
    /// digit (« environ 420 emplois, dont 310, 95 et 40 »); and parts that fit,
    /// and counts a conjunction adds to a whole named inside a clause ("of 12 members, and …").
    static let exceeding: [RuleExample] = [
        NumberExamples.french("Les ⟦51 accusés, dont 18 détenus et 35⟧ libres, comparaissent lundi."),
        NumberExamples.french("⟦Neuf jurés, dont six femmes et quatre⟧ hommes, remettront le prix."),
        NumberExamples.french("Sur les ⟦51 accusés, 18 comparaissent détenus, 35 libres et un⟧ est en fuite."),
        NumberExamples.english("The quake injured ⟦900 people, including 600 children and 400⟧ elderly residents."),
        NumberExamples.french("Parmi ces ⟦40 bateaux, on dénombre 12 voiliers, 18 catamarans et 12⟧ canots."),
        NumberExamples.french("Parmi ces 40 bateaux, on dénombre 12 voiliers, 18 catamarans et 10 canots."),
        NumberExamples.english("Of the total of ⟦140 delegates, 96 were ministers, eight observers, 22 experts and 16⟧ guests."),
        NumberExamples.english("Of the total of 140 delegates, 94 were ministers, eight observers, 22 experts and 16 guests."),
        NumberExamples.french("Sur un total de ⟦140 délégués, 96 sont ministres, huit observateurs, 22 experts et 16⟧ invités."),
        NumberExamples.french("Les 51 accusés, dont 18 détenus et 32 libres, comparaissent lundi."),
        NumberExamples.french("Sur les 51 accusés, 18 comparaissent détenus, 32 libres et un est en fuite."),
        NumberExamples.english("The quake injured more than 900 people, including 600 children and 400 elderly residents."),
        NumberExamples.french("Le bilan fait état de 120 blessés, dont 60 enfants et 40 femmes."),
        NumberExamples.french("Hier, parmi les ⟦40 bateaux, 30 voiliers et 15⟧ canots ont pris le départ."),
        NumberExamples.english("The forum met with the presence of 12 members, and seven guest states and 10 agencies."),
        NumberExamples.french("Le choix s’est fait parmi 12 projets, et huit prix et 9 mentions ont été remis."),
        NumberExamples.english("Of the 12 members, and of the 10 guests, 9 spoke and 8 voted."),
        NumberExamples.english("The toll rose to more than 41 000, including more than 12 000 in the north and 2 300 in the south."),
        // A count just before the whole that the parts make: the whole is its complement.
        NumberExamples.french(
            "Le concours propose 480 épreuves réparties sur ses deux sessions, dont 310 à l’écrit, 160 à l’oral et 10 en option."),
        NumberExamples.english("The exam sets 480 papers across its two sittings, including 310 written and 170 oral."),
        NumberExamples.french(
            "Le concours propose 48 épreuves réparties sur ses ⟦deux sessions, dont 310⟧ à l’écrit, 160 à l’oral et 10 en option."),
        // A comma before "and" after a single count closes an aside: no list.
        NumberExamples.english("The storm damaged 4,100 homes, including 12 schools, and 5,000 were flooded."),
        // An approximate whole rounds its parts' sum only to its last significant digit.
        NumberExamples.french("L’usine créera environ ⟦420 emplois, dont 310 à la production, 95 à la logistique et 40⟧ à l’entretien."),
        NumberExamples.french("L’usine créera environ 450 emplois, dont 310 à la production, 95 à la logistique et 40 à l’entretien."),
        NumberExamples.english("The plant will create about ⟦420 jobs, including 310 in production, 95 in logistics and 40⟧ in upkeep."),
        NumberExamples.english("The plant will create about 400 jobs, including 310 in production, 55 in logistics and 40 in upkeep."),
        // A year is no count the parts may be of.
        NumberExamples.french("Son record date de 2004 : l’équipe avait gagné ⟦12 courses, dont 31⟧ en montagne."),
        NumberExamples.english("The team won ⟦12 races in 2004, including 31⟧ in the mountains."),
    ]

    /// `part-exceeds-whole`: a part next to its whole without article (« Sur 62 partants, »), or a
    /// count of one kind on a whole of the same kind (« votants sur … inscrits »), results from a
    /// count of matches ("31 wins from 28 matches"), people out of people past a clause, a length of
    /// a length in one unit ("620 km of the 540 km canal"); and periods,
    /// other kinds and parts that fit (``AdjacentParts``).
    static let adjacent: [RuleExample] = [
        NumberExamples.french("Sur ⟦40 partants, 45⟧ ont vu l’arrivée."),
        NumberExamples.french("Des ⟦40 bateaux au départ, 45⟧ ont rallié le port."),
        NumberExamples.french("Le scrutin a réuni ⟦8 100 votants sur 7 300⟧ inscrits."),
        NumberExamples.french("La liste obtient ⟦4 400 voix sur les 4 300⟧ suffrages exprimés."),
        NumberExamples.french("La ligue connaît déjà ⟦cinq de ses quatre⟧ demi-finalistes."),
        NumberExamples.french("Sur les ⟦40 bateaux partis du port de Colline hier, 45⟧ sont arrivés."),
        NumberExamples.french("Sur 40 partants, 35 ont vu l’arrivée."),
        // A length of a length in one unit.
        NumberExamples.english("Crews have now relined ⟦620 km of the 540⟧ km canal."),
        NumberExamples.english("Crews have now relined 420 km of the 540 km canal."),
        NumberExamples.french("Les équipes ont déjà posé ⟦620 km des 540⟧ km du câble."),
        NumberExamples.french("Les équipes ont déjà posé 420 km des 540 km du câble."),
        NumberExamples.english("Crews have now relined 620 km of the 540 miles of canal."),
        NumberExamples.french("La ligue connaît déjà trois de ses quatre demi-finalistes."),
        NumberExamples.french("Sur trois jours, 150 000 visiteurs sont venus."),
        NumberExamples.french("Le scrutin a réuni 5 100 votants sur 7 300 inscrits."),
        NumberExamples.french("L’attaquant a marqué 12 buts sur 10 matchs."),
        NumberExamples.english("The club ended the season with ⟦31 wins from 28⟧ matches."),
        NumberExamples.french("Le club termine la saison avec ⟦31 victoires en 28⟧ matchs."),
        NumberExamples.english("The club ended the season with 21 wins from 28 matches."),
        NumberExamples.english("The striker scored 31 goals in 28 matches."),
        // People out of people, a clause between.
        NumberExamples.english("In Kesra, ⟦5,400 cyclists rolled off the line out of the 4,500⟧ entered cyclists."),
        NumberExamples.english("In Kesra, 5,400 cyclists rolled off the line out of the 6,500 entered cyclists."),
        NumberExamples.english("Rescuers carried 40 people out of the 12 burning buildings."),
    ]
}
