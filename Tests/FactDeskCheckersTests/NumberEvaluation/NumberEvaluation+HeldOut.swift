/// Cases written after the rules were tuned on ``french``, ``english`` and ``news``, in phrasings
/// those sets do not use, to see how the checker fares on text it was not fitted to; their
/// scores are printed apart.
extension NumberEvaluation {
    static let heldOut: [NumberCase] = [
        // Counts, stated in other ways.
        fr("Aujourd’hui, pas moins de 196 pays adhèrent à INTERPOL, qui en compte 196 membres."),
        fr("Les délégués des 196 pays membres d’INTERPOL ont pris place lundi."),
        fr("Les délégués des 192 pays membres d’INTERPOL ont pris place lundi.", "fact-mismatch: 192 pays membres"),
        fr("INTERPOL, forte de ses 196 pays membres, a ouvert ses travaux."),
        fr("INTERPOL, forte de ses 191 pays membres, a ouvert ses travaux.", "fact-mismatch: 191 pays membres"),
        fr("Avec cent quatre-vingt-seize pays membres, INTERPOL reste la plus grande organisation policière."),
        fr(
            "Avec cent quatre-vingt-dix pays membres, INTERPOL reste la plus grande organisation policière.",
            "fact-mismatch: cent quatre-vingt-dix pays membres"),
        fr("En 2022, INTERPOL comptait 195 pays membres.", "fact-mismatch: 195 pays membres"),
        fr("En 2024, INTERPOL comptait 195 pays membres."),
        en("Delegates from all 196 INTERPOL member countries took their seats on Monday."),
        en("Delegates from all 190 INTERPOL member countries took their seats.", "fact-mismatch: 190 INTERPOL member countries"),
        en("Backed by its 196 member countries, INTERPOL opened the session."),
        en("Back in 2021, INTERPOL had 194 member countries."),
        en("Back in 2021, INTERPOL had 196 member countries.", "fact-mismatch: 196 member countries"),
        en("The European Union, with its 27 member states, sent observers."),
        en("The European Union, with its 25 member states, sent observers.", "fact-mismatch: 25 member states"),
        // Budgets, staff and populations.
        fr("INTERPOL dispose d’un budget de 176 millions d’euros."),
        fr("INTERPOL dispose d’un budget de 250 millions d’euros.", "fact-mismatch: budget de 250 millions"),
        fr("Paris, qui compte 2,1 millions d’habitants, accueillera la réunion."),
        fr("Paris, qui compte 3 millions d’habitants, accueillera la réunion.", "fact-mismatch: 3 millions d’habitants"),
        en("INTERPOL's 1,100 staff work in Lyon and in regional offices."),
        // Editions.
        fr("La 93e Assemblée générale d’INTERPOL a réuni les délégués à Marrakech."),
        fr("La 95e Assemblée générale d’INTERPOL a réuni les délégués à Marrakech.", "edition-mismatch: 95e Assemblée générale d’INTERPOL"),
        en("Marrakesh hosts the 93rd INTERPOL General Assembly this week."),
        en("Marrakesh hosts the 90th INTERPOL General Assembly this week.", "edition-mismatch: 90th INTERPOL General Assembly"),
        // Parts and shares.
        fr("Parmi les 196 pays membres d’INTERPOL, 180 étaient représentés."),
        fr("Sur les 196 pays membres d’INTERPOL, 205 étaient représentés.", "part-exceeds-whole: 196 pays membres d’INTERPOL, 205"),
        en("Of INTERPOL's 196 member countries, 240 sent a minister.", "part-exceeds-whole: 196 member countries, 240"),
        fr("Le oui l’emporte avec 52 % contre 48 %."),
        en("The motion passed with 71% in favour and 29% against."),
        en("The motion passed with 71% in favour and 39% against.", "part-exceeds-whole: 71% in favour and 39%"),
        // French number format.
        fr("Le coût atteint 12.5 millions d’euros.", "number-format: 12.5"),
        fr("Le coût atteint 12,5 millions d’euros."),
        fr("Les recettes s’élèvent à 1,250,000 euros.", "number-format: 1,250,000"),
        en("The cost reached 12.5 million euros."),
        // Consistency within a draft.
        fr(
            "INTERPOL réunit 196 pays membres.\n\nLe communiqué final évoque les 197 pays membres d’INTERPOL.",
            "fact-mismatch: 197 pays membres", "internal-inconsistency: 197 pays membres"),
        en("INTERPOL's 196 member countries voted. All 196 member countries signed the declaration."),
        // Not claims: times, scores, addresses, article numbers, phone numbers, years.
        fr("La séance reprend à 14 h 30, salle 196."),
        fr("Le texte figure à l’article 196 du règlement d’INTERPOL."),
        en("The Raja beat Wydad 3-1 on Sunday, in front of 45,000 fans."),
        en("Call +33 4 72 44 70 00 to reach INTERPOL's headquarters at 200 quai Charles de Gaulle."),
        fr("Fondée en 1923, INTERPOL a installé son siège à Lyon en 1989."),
    ]
}
