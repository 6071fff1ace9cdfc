import FactDeskKit

/// The evaluation pairs: short FR/EN stories written for these tests in the manner of agency
/// copy (invented people, places and figures), each version marking with `⟦…⟧` the words the
/// planted divergence must be reported on.
extension ParityEvaluation {
    /// Invented people, and places with a spelling per language.
    static let reference = InMemoryReference([
        .init(id: "ingrid-solberg", kind: .person, names: ["Ingrid Solberg", "Solberg"]),
        .init(id: "tomasz-wierzbicki", kind: .person, names: ["Tomasz Wierzbicki", "Wierzbicki"]),
        .init(id: "amadou-keita-sarr", kind: .person, names: ["Amadou Keita Sarr", "Sarr"]),
        .init(
            id: "geneva", kind: .place, names: [],
            languageNames: [NameSpelling("Genève", language: .fr), NameSpelling("Geneva", language: .en)]),
        .init(
            id: "warsaw", kind: .place, names: [],
            languageNames: [NameSpelling("Varsovie", language: .fr), NameSpelling("Warsaw", language: .en)]),
    ])

    static let pairs: [ParityPair] = [
        // value-mismatch
        ParityPair(
            "value-mismatch",
            fr: """
                Les ministres de l’Agriculture de ⟦27⟧ pays se réunissent lundi à Genève pour deux jours.

                Ils doivent adopter un plan de 4,5 milliards d’euros contre la sécheresse.
                """,
            en: """
                Agriculture ministers from ⟦28⟧ countries meet in Geneva on Monday for two days.

                They are due to adopt a 4.5 billion euro plan against drought.
                """),
        ParityPair(
            "value-mismatch",
            fr: "Le taux de chômage a reculé à ⟦7,4 %⟧ au troisième trimestre, selon l’institut national de statistique.",
            en: "The unemployment rate fell to ⟦7.3%⟧ in the third quarter, the national statistics institute said."),
        ParityPair(
            "value-mismatch",
            fr: """
                Le festival ouvre sa ⟦42e⟧ édition jeudi à Avignon.

                Plus de 300 spectacles sont programmés jusqu’au 26 juillet.
                """,
            en: """
                The festival opens its ⟦43rd⟧ edition in Avignon on Thursday.

                More than 300 shows are scheduled until July 26.
                """),
        ParityPair(
            "value-mismatch",
            fr: "Le scrutin est fixé au ⟦14 mars 2027⟧, a annoncé la commission électorale.",
            en: "The vote is set for ⟦March 15, 2027⟧, the electoral commission announced."),
        ParityPair(
            "value-mismatch",
            fr: "Les négociations ont duré ⟦trois jours⟧ avant la signature de l’accord.",
            en: "The negotiations lasted ⟦four days⟧ before the agreement was signed."),
        ParityPair(
            "value-mismatch",
            fr: """
                Le séisme a fait au moins 38 morts et ⟦215⟧ blessés dans le nord du pays.

                Les secours ont dégagé 12 survivants des décombres dans la nuit.
                """,
            en: """
                The earthquake killed at least 38 people and injured ⟦251⟧ in the north of the country.

                Rescuers pulled 12 survivors from the rubble overnight.
                """),
        ParityPair(
            "value-mismatch",
            fr: "La banque centrale a relevé son taux directeur de 0,25 point, à ⟦4,75 %⟧.",
            en: "The central bank raised its key rate by 0.25 point to ⟦4.5%⟧."),
        ParityPair(
            "value-mismatch",
            fr: """
                Le sommet s’ouvre le ⟦mardi⟧ 9 juin 2026 à Varsovie.

                Une quarantaine de chefs d’État sont attendus.
                """,
            en: """
                The summit opens on ⟦Wednesday⟧, June 9, 2026, in Warsaw.

                Some forty heads of state are expected.
                """),
        ParityPair(
            "value-mismatch",
            fr: "Les ventes de voitures électriques ont bondi de ⟦18 %⟧ en 2025, à 1,6 million d’unités.",
            en: "Sales of electric cars jumped ⟦16%⟧ in 2025 to 1.6 million units."),
        ParityPair(
            "value-mismatch",
            fr: """
                La compagnie supprime ⟦1 450⟧ postes d’ici à 2028.

                Le plan vise 600 millions d’euros d’économies par an.
                """,
            en: """
                The airline is cutting ⟦1,540⟧ jobs by 2028.

                The plan aims to save 600 million euros a year.
                """),
        ParityPair(
            "value-mismatch",
            fr: "La conférence se tient du 3 au ⟦7 octobre⟧ à Nairobi.",
            en: "The conference runs from October 3 to ⟦8⟧ in Nairobi."),
        ParityPair(
            "value-mismatch",
            fr: "Le pont, fermé depuis ⟦2019⟧, rouvrira au printemps après des travaux de 85 millions d’euros.",
            en: "The bridge, closed since ⟦2018⟧, will reopen in the spring after 85 million euros of works."),
        ParityPair(
            "value-mismatch",
            fr: "L’équipe a remporté son ⟦cinquième⟧ titre national samedi face à Lille.",
            en: "The team won its ⟦sixth⟧ national title on Saturday against Lille."),
        ParityPair(
            "value-mismatch",
            fr: """
                La grève a été suivie par ⟦62 %⟧ des enseignants, selon le ministère.

                Les syndicats annoncent un nouveau mouvement le 2 février.
                """,
            en: """
                The strike was followed by ⟦52%⟧ of teachers, according to the ministry.

                Unions announced a new walkout on February 2.
                """),
        ParityPair(
            "value-mismatch",
            fr: "L’incendie a parcouru ⟦12 000⟧ hectares en quatre jours.",
            en: "The fire has burned through ⟦21,000⟧ hectares in four days."),
        ParityPair(
            "value-mismatch",
            fr: "Le chantier doit durer ⟦18 mois⟧, selon la mairie.",
            en: "The works are expected to last ⟦15 months⟧, according to the city hall."),
        // name-mismatch
        ParityPair(
            "name-mismatch",
            fr: "La ministre norvégienne ⟦Ingrid Solberg⟧ a présidé la réunion à Genève.",
            en: "Norwegian minister ⟦Ingrid Solbreg⟧ chaired the meeting in Geneva."),
        ParityPair(
            "name-mismatch",
            fr: """
                Le négociateur polonais ⟦Tomasz Wierzbiki⟧ a quitté Varsovie mardi.

                Il doit rencontrer ses homologues de 14 pays.
                """,
            en: """
                Polish negotiator ⟦Tomasz Wierzbicki⟧ left Warsaw on Tuesday.

                He is due to meet his counterparts from 14 countries.
                """),
        ParityPair(
            "name-mismatch",
            fr: "Le directeur de l’agence, ⟦Amadou Keita Sarr⟧, a salué un accord historique.",
            en: "The agency's director, ⟦Amadou Keïta Sar⟧, hailed a historic agreement."),
        ParityPair(
            "name-mismatch",
            fr: "L’entraîneur ⟦Rodrigo Almeida Fontes⟧ a prolongé son contrat de deux ans.",
            en: "Coach ⟦Rodrigo Almeida Fontez⟧ extended his contract by two years."),
        ParityPair(
            "name-mismatch",
            fr: """
                La romancière ⟦Helga Marthinsen⟧ reçoit le prix pour son neuvième livre.

                La cérémonie aura lieu le 4 décembre à Oslo.
                """,
            en: """
                Novelist ⟦Helga Martinsen⟧ receives the prize for her ninth book.

                The ceremony will take place in Oslo on December 4.
                """),
        ParityPair(
            "name-mismatch",
            fr: "Le maire, ⟦Julien Castagnet⟧, a demandé l’aide de l’État après les inondations.",
            en: "Mayor ⟦Julien Castagnè⟧ asked the state for help after the floods."),
        ParityPair(
            "name-mismatch",
            fr: "La société ⟦Norvalis Energy⟧ a annoncé la fermeture de trois sites.",
            en: "⟦Norvallis Energy⟧ announced the closure of three sites."),
        ParityPair(
            "name-mismatch",
            fr: "Le rapporteur spécial ⟦Mikael Brandström⟧ présentera ses conclusions à Genève.",
            en: "Special rapporteur ⟦Mikael Brandstöm⟧ will present his findings in Geneva."),
        // missing-fact
        ParityPair(
            "missing-fact",
            fr: """
                Le typhon a touché terre samedi dans le sud de l’île.

                Les autorités ont évacué ⟦45 000⟧ habitants des zones côtières.
                """,
            en: """
                The typhoon made landfall on Saturday in the south of the island.

                Authorities evacuated residents from coastal areas.
                """),
        ParityPair(
            "missing-fact",
            fr: "Le procès s’ouvrira devant la cour d’assises, a indiqué le parquet.",
            en: "The trial will open at the criminal court on ⟦January 19⟧, the prosecutor's office said."),
        ParityPair(
            "missing-fact",
            fr: "L’usine, qui emploie ⟦850⟧ personnes, cessera sa production en juin.",
            en: "The plant will stop production in June."),
        ParityPair(
            "missing-fact",
            fr: """
                Le gouvernement a présenté mercredi son projet de budget.

                Le déficit doit être ramené à ⟦3,8 %⟧ du PIB l’an prochain.
                """,
            en: """
                The government presented its draft budget on Wednesday.

                The deficit is to be brought down next year.
                """),
        ParityPair(
            "missing-fact",
            fr: "Les pompiers sont intervenus après l’explosion, qui a fait plusieurs blessés.",
            en: "Firefighters were called after the explosion, which injured ⟦17⟧ people."),
        ParityPair(
            "missing-fact",
            fr: "La ministre ⟦Ingrid Solberg⟧ a défendu le texte devant les députés jeudi.",
            en: "The minister defended the bill before lawmakers on Thursday."),
        ParityPair(
            "missing-fact",
            fr: "Le musée rouvre ses portes après des travaux, a annoncé la direction.",
            en: "The museum reopens after ⟦three years⟧ of works, the management announced."),
        ParityPair(
            "missing-fact",
            fr: """
                Le club a recruté un attaquant brésilien.

                Le transfert est estimé à ⟦35 millions⟧ d’euros.
                """,
            en: """
                The club has signed a Brazilian striker.

                The fee was not disclosed.
                """),
        ParityPair(
            "missing-fact",
            fr: "Le vol a été annulé en raison d’une grève des contrôleurs aériens.",
            en: "The flight was cancelled on ⟦Friday⟧ because of an air traffic controllers' strike."),
        ParityPair(
            "missing-fact",
            fr: "Les exportations de vin ont atteint un record, portées par la demande asiatique.",
            en: "Wine exports hit a record ⟦11.2 billion⟧ euros, driven by Asian demand."),
        // no divergence
        ParityPair(
            nil,
            fr: """
                Plus de 1 200 participants sont attendus du 24 au 27 novembre à Varsovie.

                La 31e édition du salon accueille 12,5 % d’exposants de plus qu’en 2024.
                """,
            en: """
                More than 1,200 participants are expected in Warsaw from November 24 to 27.

                The 31st edition of the fair hosts 12.5% more exhibitors than in 2024.
                """),
        ParityPair(
            nil,
            fr: "La ministre Ingrid Solberg est arrivée lundi 3 mars à Genève pour une visite de trois jours.",
            en: "Minister Ingrid Solberg arrived in Geneva on Monday, March 3, for a three-day visit."),
        ParityPair(
            nil,
            fr: "Quelque 2 000 manifestants ont défilé samedi à Lyon, selon la préfecture.",
            en: "Around 2,000 protesters marched in Lyon on Saturday, according to the prefecture."),
        ParityPair(
            nil,
            fr: """
                Le groupe a publié un bénéfice net de 2,3 milliards d’euros, en hausse de 9 %.

                Son chiffre d’affaires atteint 41 milliards.
                """,
            en: """
                The group posted net profit of 2.3 billion euros, up 9%.

                Its revenue reached 41 billion.
                """),
        ParityPair(
            nil,
            fr: "Tomasz Wierzbicki, 58 ans, dirige la délégation polonaise depuis 2021.",
            en: "Tomasz Wierzbicki, 58, has led the Polish delegation since 2021."),
        ParityPair(
            nil,
            fr: "Les températures ont dépassé 40 degrés dans 17 départements mardi.",
            en: "Temperatures topped 40 degrees in 17 departments on Tuesday."),
        ParityPair(
            nil,
            fr: """
                La Chine et le Brésil ont signé un accord commercial à Pékin.

                L’Italie et l’Espagne doivent suivre en 2026.
                """,
            en: """
                China and Brazil signed a trade agreement in Beijing.

                Italy and Spain are due to follow in 2026.
                """),
        ParityPair(
            nil,
            fr: "Le navire transportait 1 196 conteneurs lorsqu’il s’est échoué le 8 janvier.",
            en: "The ship was carrying nearly 1,200 containers when it ran aground on Jan. 8."),
        ParityPair(
            nil,
            fr: "La course, disputée sur 42,195 kilomètres, a réuni 35 000 coureurs dimanche.",
            en: "The race, run over 42.195 kilometres, drew 35,000 runners on Sunday."),
        ParityPair(
            nil,
            fr: """
                Amadou Keita Sarr a été réélu pour un mandat de cinq ans.

                Il avait été élu pour la première fois en 2016.
                """,
            en: """
                Amadou Keita Sarr was re-elected for a five-year term.

                He was first elected in 2016.
                """),
        ParityPair(
            nil,
            fr: "La 12e session du comité s’est ouverte le 5 mai à Genève, avec 190 délégués.",
            en: "The committee's 12th session opened in Geneva on May 5 with 190 delegates."),
    ]
}
