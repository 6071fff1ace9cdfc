import FactDeskKit

/// Examples of `fact-mismatch` for counts whose words leave their noun out or name it another
/// way: members of a body whose membership has a longer term (« les 40 membres de la Ligue »,
/// « rassemble 40 États et gouvernements » for « États et gouvernements membres »),
/// « compte 40 pays membres », « forte de 40 États et gouvernements », « les sept Sages » (« les 7 «Sages» », « les sept sages ») of a council named in the sentence or before, « en compte 120 » for the noun named before, « 12 sièges sur
/// les 120 de l’Assemblée », « le nombre d’accusés, 31, », a rate after « a été de », founders
/// after « fondée par », in a cleft (« C’est en 1970 que 14 pays … ») whose body is the one
/// founded that year, « Reed et les 30 autres accusés » (31 defendants). Their reference data: the League of Rivers (40 states and governments,
/// founded in 1970 by 14 countries), the Lake Council (7 members), the Lake Assembly (120 seats),
/// the Quay Street trial (31 defendants), the 2025 River election (16 November, turnout 61.3 %)
/// and a presidential election named only « élection présidentielle » (Val-Vert, 5 October 2025,
/// 9 candidates), which is the draft's only within a year of its publication date or, without
/// one, in a draft that names Val-Vert.
extension FactMismatchRule {
    static let countFormExamples: [RuleExample] = [
        countForm("Les ⟦42 membres⟧ de la Ligue des Rivières sont réunis à Lyon."),
        countForm("La Ligue des Rivières compte ⟦42 membres⟧, dont 30 de plein droit."),
        countForm("Le Conseil du Lac, dont les ⟦neuf Sages⟧ ont validé les résultats, a proclamé l’élection."),
        countForm("Le Conseil du Lac a validé les résultats. Sans recours, les ⟦9 «Sages»⟧ proclament l’élu."),
        countForm("Le Conseil du Lac a siégé lundi. Les ⟦neuf sages⟧ ont proclamé l’élu."),
        countForm("La majorité absolue est fixée à 61 sièges. L’Assemblée du Lac ⟦en compte 122⟧."),
        countForm("Le Parti du Lac remporte 40 ⟦sièges sur les 122⟧ de l’Assemblée du Lac."),
        countForm("Le procès de la rue du Quai s’est ouvert. Le ⟦nombre d’accusés, 33⟧, est inédit."),
        countForm("Le ⟦taux de participation a été de 63,1 %⟧ à l’élection des Rivières 2025."),
        countForm("Le ⟦taux de participation a été évalué à 63,1 %⟧ à l’élection des Rivières 2025."),
        countForm("La ⟦participation s’est établie à 63,1 %⟧ à l’élection des Rivières 2025."),
        countForm("La Ligue des Rivières a été fondée en 1970 par ⟦11 pays fondateurs⟧."),
        countForm("C’est le 2 mai 1970 que ⟦11 pays fondateurs⟧ se sont réunis à Lyon."),
        countForm("En mai 1970, ⟦11 pays fondateurs⟧ créaient la Ligue des Rivières."),
        countForm("La Ligue des Rivières rassemble ⟦42 États et gouvernements⟧."),
        countForm("La Ligue des Rivières se réunit. Les ⟦42 États et gouvernements⟧ de l’organisation sont à Lyon."),
        countForm("La Ligue des Rivières compte ⟦42 pays⟧ membres."),
        countForm("La Ligue des Rivières, forte de ⟦42 États et gouvernements⟧, se réunit à Lyon."),
        countForm("Tom Reed et les ⟦29 autres accusés⟧ du procès de la rue du Quai comparaissent."),
        countForm("Tom Reed et les 30 autres accusés du procès de la rue du Quai comparaissent."),
        countForm("Tom Reed et les 12 autres accusés présents au procès de la rue du Quai ont parlé."),
        countForm("L’élection présidentielle a réuni ⟦11 candidats⟧."),
        RuleExample(
            "Au Val-Vert, l’élection présidentielle a réuni ⟦11 candidats⟧.", language: .fr,
            reference: countFormReference),
        RuleExample(
            "L’élection présidentielle a réuni 11 candidats.", language: .fr,
            published: CalendarDate(year: 2017, month: 4, day: 24), reference: countFormReference),
        RuleExample("L’élection présidentielle a réuni 11 candidats.", language: .fr, reference: countFormReference),
        countForm("La Ligue des Rivières compte 40 pays membres."),
        countForm("Les 40 membres de la Ligue des Rivières sont réunis à Lyon."),
        countForm("La Ligue des Rivières rassemble 40 États et gouvernements."),
        countForm("Le sommet de la Ligue des Rivières accueille 12 États et gouvernements."),
        countForm("Le Conseil du Lac, dont les sept Sages ont validé les résultats, a proclamé l’élection."),
        countForm("Le Conseil du Lac a validé les résultats. Sans recours, les 7 «Sages» proclament l’élu."),
        countForm("Sans recours, les 9 «Sages» proclament l’élu."),
        countForm("Les trois sages-femmes du Conseil du Lac ont été reçues."),
        countForm("La majorité absolue est fixée à 61 sièges. L’Assemblée du Lac en compte 120."),
        countForm("Le Parti du Lac remporte 40 sièges sur les 120 de l’Assemblée du Lac."),
        countForm("Le Parti du Lac remporte 12 sièges sur les 30 en jeu dans le Nord."),
        // A whole followed by another property's term counts that: the candidates, not the seats.
        countForm("L’Assemblée du Lac compte au total 120 sièges, répartis sur 9 candidats."),
        // A count that a whole is spread over is all of its kind.
        countForm("Le procès de la rue du Quai porte sur 120 faits, répartis sur ⟦33 accusés⟧."),
        countForm("Le procès de la rue du Quai porte sur 120 faits, répartis sur 31 accusés."),
        countForm("Le procès de la rue du Quai s’est ouvert. Le nombre d’accusés, 31, est inédit."),
        countForm("Le taux de participation a été de 61,3 % à l’élection des Rivières 2025."),
        countForm("Le taux de participation a été évalué à 61,3 % à l’élection des Rivières 2025."),
        countForm("La Ligue des Rivières a été fondée en 1970 par 14 pays fondateurs."),
        countForm("C’est le 2 mai 1970 que 14 pays fondateurs se sont réunis à Lyon."),
        countForm("C’est en 1990 que 11 pays fondateurs ont quitté la ligue."),
        countForm("La Ligue des Rivières, fondée en 1970, compte 40 membres, dont ⟦11 pays fondateurs⟧."),
        countForm("La Ligue des Rivières, fondée en 1970, compte 40 membres, dont 14 pays fondateurs."),
    ]

    static let countFormReference = InMemoryReference(
        [
            .init(id: "lyon", kind: .place, names: ["Lyon"]),
            .init(
                id: "river-league", kind: .organization, names: ["Ligue des Rivières", "League of Rivers"],
                founded: PartialDate(year: 1970),
                facts: [
                    NumericFact(property: "states-and-governments", value: 40),
                    NumericFact(property: "founding-members", value: 14),
                ]),
            .init(
                id: "lake-council", kind: .organization, names: ["Conseil du Lac", "Lake Council"],
                facts: [NumericFact(property: "members", value: 7)]),
            .init(
                id: "lake-assembly", kind: .organization, names: ["Assemblée du Lac", "Lake Assembly"],
                facts: [NumericFact(property: "seats", value: 120)]),
            .init(id: "lake-party", kind: .organization, names: ["Parti du Lac", "Lake Party"]),
            .init(
                id: "quay-trial", kind: .event, names: ["procès de la rue du Quai", "Quay Street trial"],
                facts: [NumericFact(property: "defendants", value: 31)]),
            .init(
                id: "river-election-2025", kind: .event, names: ["élection des Rivières 2025", "2025 River election"],
                start: PartialDate(year: 2025, month: 11, day: 16), end: PartialDate(year: 2025, month: 11, day: 16),
                facts: [NumericFact(property: "turnout", value: 61.3, unit: "%")]),
            .init(
                id: "val-vert-presidential-2025", kind: .event, names: ["élection présidentielle"],
                start: PartialDate(year: 2025, month: 10, day: 5), end: PartialDate(year: 2025, month: 10, day: 5),
                placeSpellings: ["Val-Vert"], facts: [NumericFact(property: "candidates", value: 9)]),
        ],
        properties: [
            ReferenceProperty(
                id: "states-and-governments",
                terms: [.fr: ["États et gouvernements membres"], .en: ["member states and governments"]]),
            ReferenceProperty(id: "members", terms: [.fr: ["membres"], .en: ["members"]]),
            ReferenceProperty(id: "founding-members", terms: [.fr: ["pays fondateurs"], .en: ["founding countries"]]),
            ReferenceProperty(id: "seats", terms: [.fr: ["sièges"], .en: ["seats"]]),
            ReferenceProperty(id: "defendants", terms: [.fr: ["accusés"], .en: ["defendants"]]),
            ReferenceProperty(id: "candidates", terms: [.fr: ["candidats"], .en: ["candidates"]]),
            ReferenceProperty(id: "turnout", terms: [.fr: ["taux de participation", "participation"], .en: ["turnout"]]),
        ])

    private static func countForm(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: countFormReference)
    }
}
