import FactDeskKit

/// Examples of `fact-mismatch` for a trial's and a tournament's counts in other words than the
/// property's: "a jury of 11 residents" (its jurors; not "a jury of seven men and five women"),
/// « les 21 hommes jugés », "all 21 accused", « 21 hommes étaient jugés », "21 people are being
/// tried" (its defendants; not "Among them, 12 men stood trial", « Outre Marsh, 19 hommes sont
/// jugés », "Marsh and 19 men stood trial"), the host cities or stadiums an
/// event "will be played in" or « se jouera dans » when the count ends its clause (not "in three
/// host cities in Lakeland", not "nine host cities: five in Lakeland and four in Marland", not
/// "Group matches will be played in three stadiums"), founders after a full date and a place
/// (« fondé le 1er mars 1960 à Port-Lac par huit pays »), and counts told of one group ("Group B
/// has four teams", « chaque groupe compte quatre équipes »), which are some of the whole. Their
/// reference data: the Oak Street trial (20 defendants, 12 jurors, 18 counts), the Lakes Trophy 2025 (16
/// teams, six host cities, eight stadiums), the Polar Research Centre (9 founding members) and the
/// Harbour Alliance (40 member countries), its summits and their 2025 edition in Port-Lac.
/// A count after a colon and an indefinite generic head (« un procès fleuve : 21 accusés », "A
/// sprawling trial opens today: 21 defendants") is the subject's that the next sentence names
/// right after a description (« Dans cette affaire des vols de la rue du Chêne », "In this case,
/// the Oak Street trial", « Ce procès de la rue du Chêne »), or the body named inside that name
/// ("This session, the Harbour Alliance summit"); not one named there otherwise, nor in the next
/// paragraph. Those a court tries (« la cour va juger 21 accusés », « où sont jugés 19 accusés »)
/// and those a tournament brings together (« réunissent 18 équipes ») are totals.
/// Words of a name written in lowercase after an indefinite article ("a harbour alliance", « une
/// alliance du port ») are a common noun phrase, not the name.
extension FactMismatchRule {
    static let trialAndVenueExamples: [RuleExample] = [
        english("A ⟦jury of 11⟧ residents convicted Marsh in the Oak Street trial."),
        french("Un ⟦jury de 11⟧ citoyens a jugé Marsh au procès de la rue du Chêne."),
        english("All ⟦21 accused⟧ in the Oak Street trial were convicted on Friday."),
        french("Les ⟦21 hommes jugés⟧ au procès de la rue du Chêne ont été condamnés vendredi."),
        french("Au procès de la rue du Chêne, ⟦21 hommes étaient jugés⟧ depuis lundi."),
        english("In the Oak Street trial, ⟦21 people are being tried⟧ for fraud."),
        english("The Lakes Trophy 2025 will be played in ⟦seven host cities⟧."),
        french("Le Trophée des Lacs 2025 se jouera dans ⟦sept villes hôtes⟧."),
        english("The tournament opens today. The Lakes Trophy 2025 will take place at ⟦nine stadiums⟧, its organisers said."),
        french("Le Centre de recherche polaire a été fondé le 1er mars 1960 à Port-Lac par ⟦huit pays⟧."),
        english("PORT-LAC, May 3 (Lakes Press) - Marsh was found guilty on all ⟦21 counts⟧. The Oak Street trial ended on Friday."),
        french("PORT-LAC (LPA) - Marsh a été reconnu coupable des ⟦21 chefs d'accusation⟧. Le procès de la rue du Chêne s'est achevé vendredi."),
        english("A jury of 12 residents convicted Marsh in the Oak Street trial."),
        english("The jury of seven men and five women convicted Marsh in the Oak Street trial."),
        french("Le jury de sept hommes et cinq femmes a jugé Marsh au procès de la rue du Chêne."),
        english("All 20 accused in the Oak Street trial were convicted on Friday."),
        french("Les 20 hommes jugés au procès de la rue du Chêne ont été condamnés vendredi."),
        french("Au procès de la rue du Chêne, 20 hommes étaient jugés depuis lundi."),
        english("In the Oak Street trial, 20 people are being tried for fraud."),
        english("Among them, 12 men stood trial in the Oak Street trial."),
        french("Outre Marsh, 19 hommes sont jugés au procès de la rue du Chêne."),
        english("Marsh and 19 men stood trial in the Oak Street trial."),
        french("Au procès de la rue du Chêne, dont 12 hommes sont jugés pour vol, le verdict est attendu."),
        english("The Lakes Trophy 2025 will be played in six host cities."),
        english("The Lakes Trophy 2025 will be played in six host cities: four in Lakeland and two in Marland."),
        english("The Lakes Trophy 2025 will be played in three host cities in Lakeland and three in Marland."),
        english("Group matches of the Lakes Trophy 2025 will be played in three stadiums."),
        french("Le Trophée des Lacs 2025 se jouera dans six villes hôtes, dont quatre au bord du lac."),
        english("Group B has four teams at the Lakes Trophy 2025."),
        french("Le groupe B du Trophée des Lacs 2025 réunit quatre équipes."),
        french("Au Trophée des Lacs 2025, chaque groupe compte quatre équipes."),
        french("Le Centre de recherche polaire a été fondé le 1er mars 1960 à Port-Lac par neuf pays."),
        english("PORT-LAC, May 3 (Lakes Press) - Marsh was found guilty on all 18 counts. The Oak Street trial ended on Friday."),
        english("Marsh (LPA) was found guilty on all 21 counts. The Oak Street trial ended on Friday."),
        french("Lundi s’ouvre à Port-Lac un procès fleuve : ⟦21 accusés⟧ devront répondre de vols. Dans cette affaire des vols de la rue du Chêne, le principal accusé nie tout."),
        english("A sprawling trial opens today in Port-Lac: ⟦21 defendants⟧ face theft charges. In this case, the Oak Street trial, the main defendant denies everything."),
        french("S’ouvre lundi un procès fleuve : ⟦19 accusés⟧ seront jugés. Ce procès de la rue du Chêne durera un mois."),
        french("Lundi s’ouvre à Port-Lac un procès fleuve : 20 accusés devront répondre de vols. Dans cette affaire des vols de la rue du Chêne, le principal accusé nie tout."),
        english("A sprawling trial opens today in Port-Lac: 20 defendants face theft charges. In this case, the Oak Street trial, the main defendant denies everything."),
        french("Lundi s’ouvre à Port-Lac un procès fleuve : 21 accusés devront répondre de vols. Le procès de la rue du Chêne, lui, est reporté."),
        french("Lundi s’ouvre à Port-Lac un procès fleuve : 21 accusés devront répondre de vols. Dans cette affaire, les enquêteurs citent les vols de la rue du Chêne."),
        english("A sprawling trial opens today in Port-Lac: 21 defendants face theft charges.\n\nIn this case, the Oak Street trial, the main defendant denies everything."),
        english("A sprawling trial opens today in Port-Lac: 21 defendants face theft charges. The Oak Street trial is adjourned."),
        english("A week-long session opens in Port-Lac on Monday: ⟦38 member countries⟧ are represented. This session, the Harbour Alliance summit, will elect a chair."),
        english("A week-long session opens in Port-Lac on Monday: 40 member countries are represented. This session, the Harbour Alliance summit, will elect a chair."),
        french("La cour va juger ⟦21 accusés⟧ au procès de la rue du Chêne."),
        french("Au procès de la rue du Chêne, où sont jugés ⟦19 accusés⟧, le verdict est attendu vendredi."),
        french("Les organisateurs du Trophée des Lacs 2025 réunissent ⟦18 équipes⟧ à Port-Lac."),
        french("La cour va juger 20 accusés au procès de la rue du Chêne."),
        french("Au procès de la rue du Chêne, où sont jugés 20 accusés, le verdict est attendu vendredi."),
        french("Les organisateurs du Trophée des Lacs 2025 réunissent 16 équipes à Port-Lac."),
        english("A harbour alliance of 12 member countries was set up in Port-Lac on Friday."),
        french("Une alliance du port de 12 pays membres a vu le jour à Port-Lac vendredi."),
        english("Leaders of the ⟦38 member countries⟧ attended the Harbour Alliance summit in Port-Lac."),
        english("Leaders of the 40 member countries attended the Harbour Alliance summit in Port-Lac."),
        french("Fondée en 1960 par 12 pays, l’Alliance du Port ⟦en compte aujourd’hui 38⟧."),
        french("Fondée en 1960 par 12 pays, l’Alliance du Port en compte aujourd’hui 40."),
    ]

    /// The examples' reference data.
    static let trialAndVenueReference = InMemoryReference(
        [
            .init(id: "lakeland", kind: .place, names: ["Lakeland"]),
            .init(id: "marland", kind: .place, names: ["Marland"]),
            .init(id: "port-lac", kind: .place, names: ["Port-Lac"]),
            .init(id: "john-marsh", kind: .person, names: ["John Marsh", "Marsh"]),
            .init(
                id: "oak-trial", kind: .event,
                names: ["Oak Street trial", "procès de la rue du Chêne", "vols de la rue du Chêne"],
                facts: [
                    NumericFact(property: "defendants", value: 20), NumericFact(property: "jurors", value: 12),
                    NumericFact(property: "counts", value: 18),
                ]),
            .init(
                id: "lakes-trophy-2025", kind: .event, names: ["Lakes Trophy 2025", "Trophée des Lacs 2025"],
                facts: [
                    NumericFact(property: "teams", value: 16), NumericFact(property: "host-cities", value: 6),
                    NumericFact(property: "stadiums", value: 8),
                ]),
            .init(
                id: "harbour-alliance", kind: .organization, names: ["Harbour Alliance", "Alliance du Port"],
                facts: [NumericFact(property: "member-countries", value: 40)]),
            .init(
                id: "harbour-summits", kind: .series, names: ["Harbour Alliance summit"],
                editions: [
                    ReferenceEdition(
                        number: 3, start: PartialDate(year: 2025, month: 11, day: 20),
                        end: PartialDate(year: 2025, month: 11, day: 21), placeSpellings: ["Port-Lac"],
                        source: ReferenceSource())
                ]),
            .init(
                id: "harbour-summit-2025", kind: .event, names: ["Harbour Alliance summit in Port-Lac"],
                start: PartialDate(year: 2025, month: 11, day: 20), end: PartialDate(year: 2025, month: 11, day: 21)),
            .init(
                id: "polar-centre", kind: .organization,
                names: ["Polar Research Centre", "Centre de recherche polaire"],
                facts: [NumericFact(property: "founding-members", value: 9)]),
        ],
        properties: [
            ReferenceProperty(id: "defendants", terms: [.en: ["defendants"], .fr: ["accusés"]]),
            ReferenceProperty(id: "jurors", terms: [.en: ["jurors"], .fr: ["jurés"]]),
            ReferenceProperty(id: "counts", terms: [.en: ["counts"], .fr: ["chefs d'accusation"]]),
            ReferenceProperty(id: "teams", terms: [.en: ["teams"], .fr: ["équipes"]]),
            ReferenceProperty(id: "host-cities", terms: [.en: ["host cities"], .fr: ["villes hôtes"]]),
            ReferenceProperty(id: "stadiums", terms: [.en: ["stadiums"], .fr: ["stades"]]),
            ReferenceProperty(id: "member-countries", terms: [.en: ["member countries"], .fr: ["pays membres"]]),
            ReferenceProperty(id: "founding-members", terms: [.en: ["founding members"], .fr: ["membres fondateurs"]]),
        ])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: trialAndVenueReference)
    }

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: trialAndVenueReference)
    }
}
