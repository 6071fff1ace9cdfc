import FactDeskKit

/// Examples of `fact-mismatch` for counts placed by the words around them: an existential "there
/// are", « il y a » whose term ends its clause or brings in the event (not "12 shows from
/// Lakeland": some of them), a capacity in an apposition after a place's possessive ("the Lake
/// Assembly, Lakeland's 110-seat lower house"; not "Lakeland's 30 seats", which stay the place's),
/// « à », « aux » joining a count to the body or event it qualifies (« la Coupe du Littoral 2025 à
/// 16 équipes », like "the 16-team cup"; a bare entry « 16 équipes s'affrontent » stays some of
/// the field), an adverb before words of belonging ("now belong to", « sont désormais membres
/// de »), words that make countries a body's members with the body named next ("that make up",
/// « qui composent », « formant »; not "the Harbour Alliance's council"), « à » after a body's name
/// before a count of countries, a hyphenated capacity after "a" in an apposition to a body's
/// name ("the Harbour Alliance, a 38-nation bloc,"; not "a 12-nation delegation"), « un groupe de 38
/// pays », a name in common words in an apposition read as the name before it (« le Conseil des
/// Collines, la chambre basse de Lakeland, » is the council, not the Lake Assembly also named
/// « chambre basse »; an unknown name before it leaves the count unchecked), a capacity in "-y" of
/// a term in "-ies" ("the 50-party Lakes Water Convention"), « au total » between a verb and the count, « comprend », « auront », and a
/// heading's colon after a name and "by the numbers", « en chiffres ». Their reference data: the
/// Harbour Alliance (40 member countries), the Lake Assembly (120 seats, also named « chambre basse »),
/// the Conseil des Collines (60 seats), the Lakes Water Convention (48 parties), the Jeux du Lac 2025 (120
/// events), the River Festival 2025
/// (900 shows) and the Coast Cup 2025 (24 teams, 52 matches).
extension FactMismatchRule {
    static let placedCountExamples: [RuleExample] = [
        english("There are ⟦950 shows⟧ at the River Festival 2025."),
        english("At the River Festival 2025, there will be ⟦950 shows⟧."),
        english("The Lake Assembly, Lakeland's ⟦110-seat⟧ lower house, met on Monday."),
        english("⟦Forty-two countries⟧ now belong to the Harbour Alliance."),
        french("Il y a ⟦16 équipes⟧ à la Coupe du Littoral 2025."),
        french("La Coupe du Littoral 2025 à ⟦16 équipes⟧ s’ouvre samedi."),
        french("L’Alliance du Port s’est réunie à Oslo. L’organisation aux ⟦50 pays membres⟧ a adopté un plan."),
        french("⟦Cinquante pays⟧ sont désormais membres de l’Alliance du Port."),
        french("L’Alliance du Port réunit au total ⟦50 pays membres⟧."),
        french("Le programme de la Coupe du Littoral 2025 comprend ⟦60 matchs⟧."),
        english("The ⟦38 countries⟧ that make up the Harbour Alliance met in Oslo."),
        french("Les ⟦38 pays⟧ qui composent l’Alliance du Port se sont réunis à Oslo."),
        french("L’Alliance du Port à ⟦38 pays⟧ s’est réunie à Oslo."),
        english("River Festival 2025 by the numbers: ⟦950 shows⟧"),
        french("La Coupe du Littoral 2025 en chiffres : ⟦60 matchs⟧"),
        french("Les Jeux du Lac 2025 auront ⟦130 épreuves⟧."),
        english("The Harbour Alliance, a ⟦38-nation⟧ bloc, met in Oslo."),
        french("L’Alliance du Port, un groupe de ⟦38 pays⟧, s’est réunie à Oslo."),
        french("Le Conseil des Collines, la chambre basse de Lakeland, compte ⟦70 sièges⟧."),
        english("The ⟦50-party⟧ Lakes Water Convention met in Oslo."),
        english("There are 900 shows at the River Festival 2025."),
        english("The 48-party Lakes Water Convention met in Oslo."),
        french("Le Conseil des Collines, la chambre basse de Lakeland, compte 60 sièges."),
        french("Le Parlement du Nord, chambre basse de Lakeland, compte 80 sièges."),
        french("Le président a dissous la chambre basse, qui compte 120 sièges."),
        french("L’Alliance du Port, un groupe de 40 pays, s’est réunie à Oslo."),
        english("The Harbour Alliance, a 40-nation bloc, met in Oslo."),
        english("The Harbour Alliance, a 12-nation delegation, met in Oslo."),
        english("The Harbour Alliance sent a 12-nation delegation to Oslo."),
        english("River Festival 2025 by the numbers: 900 shows"),
        english("By the numbers: 40 shows from Lakeland at the River Festival 2025"),
        french("La Coupe du Littoral 2025 en chiffres : 52 matchs"),
        french("Les Jeux du Lac 2025 auront 120 épreuves."),
        english("The 40 countries that make up the Harbour Alliance met in Oslo."),
        english("The 12 countries that make up the Harbour Alliance's council met in Oslo."),
        french("Les 40 pays formant l’Alliance du Port se sont réunis à Oslo."),
        french("L’Alliance du Port à 40 pays s’est réunie à Oslo."),
        french("L’Alliance du Port a invité Lakeland à 12 réunions."),
        english("There are 12 shows from Lakeland at the River Festival 2025."),
        english("The Lake Assembly, Lakeland's 120-seat lower house, met on Monday."),
        english("The Lake Assembly met on Monday. Lakeland's 30 seats in the north were contested."),
        english("Forty countries now belong to the Harbour Alliance."),
        french("Il y a 24 équipes à la Coupe du Littoral 2025."),
        french("Il y a 6 équipes africaines à la Coupe du Littoral 2025."),
        french("La Coupe du Littoral 2025 à 24 équipes s’ouvre samedi."),
        french("En Lakeland, 16 équipes s’affrontent lors de la Coupe du Littoral 2025."),
        french("La Coupe du Littoral 2025 est passée à 24 équipes."),
        french("Quarante pays sont désormais membres de l’Alliance du Port."),
        french("L’Alliance du Port réunit au total 40 pays membres."),
        french("Le programme de la Coupe du Littoral 2025 comprend 52 matchs."),
    ]

    /// The examples' reference data.
    static let placedCountReference = InMemoryReference(
        [
            .init(id: "lakeland", kind: .place, names: ["Lakeland"]),
            .init(id: "oslo", kind: .place, names: ["Oslo"]),
            .init(
                id: "harbour-alliance", kind: .organization, names: ["Harbour Alliance", "Alliance du Port"],
                facts: [NumericFact(property: "member-countries", value: 40)]),
            .init(
                id: "lake-assembly", kind: .organization, names: ["Lake Assembly", "chambre basse"],
                facts: [NumericFact(property: "seats", value: 120)]),
            .init(
                id: "lakes-convention", kind: .organization, names: ["Lakes Water Convention"],
                facts: [NumericFact(property: "parties", value: 48)]),
            .init(
                id: "hill-council", kind: .organization, names: ["Conseil des Collines"],
                facts: [NumericFact(property: "seats", value: 60)]),
            .init(
                id: "river-festival-2025", kind: .event, names: ["River Festival 2025"],
                facts: [NumericFact(property: "shows", value: 900)]),
            .init(
                id: "lake-games-2025", kind: .event, names: ["Jeux du Lac 2025"],
                facts: [NumericFact(property: "events", value: 120)]),
            .init(
                id: "coast-cup-2025", kind: .event, names: ["Coupe du Littoral 2025", "Coast Cup 2025"],
                facts: [NumericFact(property: "teams", value: 24), NumericFact(property: "matches", value: 52)]),
        ],
        properties: [
            ReferenceProperty(id: "seats", terms: [.en: ["seats"], .fr: ["sièges"]]),
            ReferenceProperty(
                id: "member-countries", terms: [.en: ["member countries", "member states"], .fr: ["pays membres"]]),
            ReferenceProperty(id: "shows", terms: [.en: ["shows"], .fr: ["spectacles"]]),
            ReferenceProperty(id: "teams", terms: [.en: ["teams"], .fr: ["équipes"]]),
            ReferenceProperty(id: "matches", terms: [.en: ["matches"], .fr: ["matchs"]]),
            ReferenceProperty(id: "events", terms: [.en: ["events"], .fr: ["épreuves"]]),
            ReferenceProperty(id: "parties", terms: [.en: ["parties"], .fr: ["parties"]]),
        ])

    private static func english(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NumberExamples.published, reference: placedCountReference)
    }

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: placedCountReference)
    }
}
