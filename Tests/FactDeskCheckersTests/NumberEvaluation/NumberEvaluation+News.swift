/// Sentences as news reports write them, with the subsets, asides and plans that are not claims
/// of a total.
extension NumberEvaluation {
    static let news: [NumberCase] = [
        fr("Parmi les 196 pays membres d’INTERPOL, 12 n’ont pas envoyé de délégation."),
        fr("Une dizaine de pays membres se sont abstenus lors du vote."),
        fr("Les représentants de 12 pays membres d’INTERPOL ont quitté la salle."),
        fr("INTERPOL a formé 1 500 policiers dans 60 pays membres."),
        fr("Depuis 2023, trois nouveaux pays membres ont rejoint INTERPOL."),
        fr("Les 196 pays membres d’INTERPOL représentent 95 % de la population mondiale."),
        fr("D’ici 2030, INTERPOL espère compter 200 pays membres."),
        fr("Au total, les 196 pays membres d’INTERPOL ont adopté 12 résolutions à Marrakech."),
        fr("C’est la deuxième fois que le Maroc accueille l’Assemblée générale."),
        fr("INTERPOL a tenu sa 93e Assemblée générale à Marrakech, du 24 au 27 novembre."),
        fr(
            "INTERPOL a tenu sa 92e Assemblée générale à Marrakech, du 24 au 27 novembre.",
            "edition-mismatch: 92e Assemblée générale"),
        fr("Quelque 1 100 agents travaillent au siège d’INTERPOL, à Lyon."),
        fr("Le siège d’INTERPOL, à Lyon, emploie 1 100 agents venus de 100 pays."),
        fr("Avec 195 pays membres en 2024, INTERPOL était déjà la plus grande organisation policière."),
        fr("Fondée en 1923, l’organisation INTERPOL compte aujourd’hui 196 pays membres."),
        fr("Quant à Europol, ses 27 pays membres financent son budget."),
        fr("Le nombre d’États membres de l’Union européenne est passé de 28 à 27 en 2020."),
        fr("Le nombre d’États membres de l’Union européenne est passé à 27 en 2020."),
        fr(
            "Le nombre d’États membres de l’Union européenne s’élève à 26.",
            "fact-mismatch: nombre d’États membres de l’Union européenne s’élève à 26"),
        fr("INTERPOL, forte de ses 196 pays membres, a ouvert sa session."),
        fr("INTERPOL, forte de ses 169 pays membres, a ouvert sa session.", "fact-mismatch: 169 pays membres"),
        fr(
            "Les chefs de police de 196 pays membres se sont retrouvés à Marrakech pour l’Assemblée générale d’INTERPOL."
        ),
        fr(
            "Les chefs de police de 169 pays membres se sont retrouvés à Marrakech pour l’Assemblée générale d’INTERPOL.",
            "fact-mismatch: 169 pays membres"),
        en("Delegates from 40 member countries attended a side event at the INTERPOL General Assembly."),
        en("INTERPOL said 95 member countries had signed the declaration."),
        en("The 196 member countries of INTERPOL will meet again next year."),
        en("By 2030, INTERPOL aims to have 200 member countries."),
        en("Police chiefs from 196 member countries gathered in Marrakesh for INTERPOL's General Assembly."),
        en(
            "Police chiefs from 169 member countries gathered in Marrakesh for INTERPOL's General Assembly.",
            "fact-mismatch: 169 member countries"),
        en("INTERPOL's 1,100 staff come from more than 100 countries."),
        en("Over 190 member countries sent delegations."),
        en("INTERPOL, which has 196 member countries, is based in Lyon."),
        en("INTERPOL, which has 169 member countries, is based in Lyon.", "fact-mismatch: 169 member countries"),
        en("With a budget of €176m, INTERPOL funds projects in 196 member countries."),
        en("The European Union's 27 member states back INTERPOL's work."),
        en("The European Union's 29 member states back INTERPOL's work.", "fact-mismatch: 29 member states"),
        en("Only 12 member countries voted against the resolution."),
        en("INTERPOL's General Assembly, its 93rd, opened in Marrakesh."),
        en("INTERPOL's 92nd General Assembly opened in Marrakesh.", "edition-mismatch: 92nd General Assembly"),
        en("It was the second time Morocco hosted the General Assembly."),
        en("The assembly drew 1,200 delegates from 196 member countries.", "unverified-claim: 196 member countries"),
        en(
            "The police organisation says it has 169 member countries.\n\nINTERPOL was founded in Vienna.",
            "fact-mismatch: 169 member countries"),
        en(
            "The police organisation says it has 169 member countries.\n\nINTERPOL and Europol signed a pact.",
            "unverified-claim: 169 member countries"),
        fr(
            "L’institution revendique désormais les 169 pays membres.\n\nINTERPOL siège à Lyon.",
            "fact-mismatch: 169 pays membres"),
    ]
}
