import FactDeskKit

/// Examples of `fact-mismatch` for the ways news names the subject of a count without the
/// property's own words or without the reference spelling of its name: a chamber's seats
/// counted as its members ("elected 110 members of the Lake Assembly", "the Assembly has 110
/// MPs", « les 110 députés »), founders after "set up by" or a description ("The laboratory was
/// founded by eight nations"), an event named with its year on the other side of its name
/// ("the 2023 Harbour Cup" for "2023 HFA Harbour Cup") or by "the tournament", entries "in
/// competition", « en lice », « sont attendus », "vying for", counts joined by "playing" or "in" ("24 teams playing
/// 50 matches", "329 medal events in 30 sports"), a trial's counts in a draft that names the
/// trial elsewhere, founders written as "original members" or « pays fondateurs », a chamber's
/// members after "there are", and one person's co-defendants ("Tom Reed and his 30
/// co-defendants", the 31 defendants), and an edition named by its series' name in a language
/// the event's own names lack (« le Trophée des Lacs 2024 », the event "2024 Lakes Trophy" that
/// starts the day the edition does), a term whose words one hyphenated word joins (« ses 190
/// États-membres », "its 190 member-states"); an event read from elsewhere in the draft only when its
/// start is near the publication date. Their reference data: the Lake Assembly (120 seats), the Polar Research
/// Centre (9 founding members), the Quay Street trial (31 defendants), the 2024 Lakes Trophy (16 teams) of the series Lakes Trophy, the 2023 HFA Harbour Cup (24 teams, 52 matches) of the series
/// Harbour Cup, the 12th Rivers Festival (21 films in competition), the Oak Street trial (18
/// counts), the World Police Union (196 member countries) and its Global Assembly (a series), the Global Assembly (193), the
/// Lakes Water Convention (48 Parties), the
/// Parties Summit 2025 (198 countries) and the Northern Games 2025 (10,500 athletes from 206
/// national committees, 329 medal events in 32 sports).
extension FactMismatchRule {
    static let subjectFormExamples: [RuleExample] = [
        english("Voters in Lakeland elected ⟦110 members⟧ of the Lake Assembly on Sunday."),
        english("The Lake Assembly has ⟦110 MPs⟧."),
        english("The ⟦110 lawmakers⟧ of the Lake Assembly met on Monday."),
        english("All ⟦110 members⟧ of the Lake Assembly met on Monday."),
        french("Les électeurs ont élu dimanche les ⟦110 députés⟧ de l’Assemblée du Lac."),
        english("The Polar Research Centre was set up in 1960 by ⟦eight countries⟧."),
        english("The Polar Research Centre opened in Oslo. The laboratory was founded by ⟦eight nations⟧."),
        french("Le Centre de recherche polaire a été fondé en 1960 par ⟦huit pays⟧."),
        english("The 2023 Harbour Cup featured ⟦20 teams⟧."),
        english("The 2023 Harbour Cup in Vienna and New Oslo featured ⟦20 teams⟧."),
        english("The Harbour Cup 2023 opened in June. The tournament, expanded to ⟦20 teams⟧, ended in July."),
        french("La Coupe du Port 2023 s’est ouverte en juin. La compétition, élargie à ⟦20 équipes⟧, a duré un mois."),
        english("The 2023 Harbour Cup featured 24 teams playing ⟦50 matches⟧."),
        french("La Coupe du Port 2023 a réuni 24 équipes disputant ⟦50 matchs⟧."),
        english("The 2023 Harbour Cup brought together ⟦20 teams⟧."),
        english("⟦20 films⟧ are in competition at the 12th Rivers Festival."),
        english("The 12th Rivers Festival opened, with ⟦20 films⟧ vying for the top prize."),
        french("⟦20 films⟧ sont en compétition au 12e Festival des Rivières."),
        french("Le 12e Festival des Rivières s’ouvre mardi. Il met en compétition ⟦20 films⟧ africains."),
        // An opening that says it is all of them: far below the field, still a total.
        french("Au total, ⟦12 films⟧ sont en compétition au 12e Festival des Rivières."),
        english("In all, ⟦12 films⟧ are in competition at the 12th Rivers Festival."),
        french("Le 12e Festival des Rivières s’ouvre mardi, avec ⟦20 films⟧ en lice."),
        french("Selon la maire, ⟦20 films⟧ sont attendus au 12e Festival des Rivières."),
        french("Le 12e Festival des Rivières s’ouvre mardi. Il met en compétition ⟦20 films⟧ venus de loin."),
        english("John Marsh’s Oak Street trial opened in May.\n\nMarsh was found guilty on ⟦20 counts⟧. Marsh will appeal."),
        french(
            "Le procès de la rue des Chênes s’est ouvert en mai.\n\nJohn Marsh a été reconnu coupable des"
                + " ⟦20 chefs d’accusation⟧. Marsh fera appel."),
        english("The World Police Union met in Lyon. The organisation’s ⟦190 member countries⟧ voted."),
        french("L’Union mondiale des polices et ses ⟦190 pays membres⟧ se sont réunis à Lyon."),
        english("The ⟦190-member⟧ Global Assembly met in New York."),
        english("The World Police Union Global Assembly opened. The organisation, which has ⟦190 member countries⟧, met in Lyon."),
        english("Delegates of the ⟦46 Parties⟧ to the Lakes Water Convention met in Geneva."),
        french("Les délégués des ⟦46 Parties⟧ à la Convention sur l’eau des Lacs se sont réunis à Genève."),
        french("L’Assemblée mondiale et ses ⟦190 États membres⟧ se sont réunis à New York."),
        french("À New York, l’Assemblée mondiale accueille les délégués de ses ⟦190 États-membres⟧."),
        english("In New York, the Global Assembly hosts envoys of its ⟦190 member-states⟧."),
        english("Delegates from ⟦nearly 190 countries⟧ met at the Parties Summit 2025."),
        english("The Northern Games 2025 will include 329 medal events in ⟦30 sports⟧."),
        english("The Northern Games 2025 will feature 10,500 athletes from ⟦200 national committees⟧."),
        french("Les Jeux du Nord 2025 compteront 329 épreuves dans ⟦30 sports⟧."),
        french("Les Jeux du Nord 2025 proposent ⟦339 épreuves⟧ dans 32 sports."),
        french("Les Jeux du Nord 2025 accueilleront 10 500 athlètes venus de ⟦200 comités nationaux⟧."),
        english("Although there are ⟦110 members⟧ of the Lake Assembly, the vote was close."),
        english("From its ⟦eight original members⟧, the Polar Research Centre has grown to 20."),
        english("The Polar Research Centre was established by ⟦eight founding European governments⟧."),
        french("Les ⟦huit pays fondateurs⟧ du Centre de recherche polaire ont signé la convention."),
        french("La convention du Centre de recherche polaire a été ratifiée par les ⟦huit États membres fondateurs⟧."),
        english("At the Quay Street trial, Tom Reed and his ⟦32 co-defendants⟧ were convicted."),
        english("At the Quay Street trial, Tom Reed’s ⟦32 co-defendants⟧ were convicted."),
        french("Au procès de la rue du Quai, Tom Reed et ses ⟦32 coaccusés⟧ ont été condamnés."),
        french("Au procès de la rue du Quai, Tom Reed et ⟦32 co-accusés⟧ ont été condamnés."),
        french("Au procès de la rue du Quai, les ⟦32 coaccusés⟧ de Tom Reed ont été condamnés."),
        french("Le Trophée des Lacs 2024 réunira ⟦18 équipes⟧."),
        english("The 2024 Lakes Trophy will bring together ⟦18 teams⟧."),
        english("The 2024 Lakes Trophy ended in May.\n\nJohn Marsh said ⟦18 teams⟧ took part."),
        english("Voters in Lakeland elected 120 members of the Lake Assembly on Sunday."),
        english("The 2024 Lakes Trophy ended in May.\n\nJohn Marsh said 18 teams took part.", published: nil),
        french("Le Trophée des Lacs 2024 réunira 16 équipes."),
        french("Au total, ⟦18 équipes⟧ disputeront le Trophée des Lacs 2024."),
        french("Au total, 16 équipes disputeront le Trophée des Lacs 2024."),
        french("Le Trophée des Lacs 2022 réunissait 18 équipes."),
        english("The 2024 Lakes Trophy will bring together 16 teams."),
        english("Although there are 120 members of the Lake Assembly, the vote was close."),
        english("Although there are 40 members of the Lake Party in the Lake Assembly, it lost the vote."),
        english("From its nine original members, the Polar Research Centre has grown to 20."),
        english("The Polar Research Centre was established by nine founding European governments."),
        french("Les neuf pays fondateurs du Centre de recherche polaire ont signé la convention."),
        french("La convention du Centre de recherche polaire a été ratifiée par les neuf États membres fondateurs."),
        english("At the Quay Street trial, Tom Reed and his 30 co-defendants were convicted."),
        english("At the Quay Street trial, Tom Reed’s 12 co-defendants who pleaded guilty were sentenced first."),
        english("At the Quay Street trial, the 32 co-defendants were convicted."),
        french("Au procès de la rue du Quai, Tom Reed et ses 30 coaccusés ont été condamnés."),
        french("Au procès de la rue du Quai, les 30 coaccusés de Tom Reed ont été condamnés."),
        french("Au procès de la rue du Quai, Tom Reed et ses 12 coaccusés présents ont écouté le verdict."),
        french("Au procès de la rue du Quai, 12 coaccusés ont fait appel."),
        english("The Lake Party elected 40 members of the Lake Assembly."),
        english("Lyon City Council has 73 seats. The Lake Party gained a seat, bringing the number of seats to 12."),
        french("Le conseil municipal de Lyon compte 73 sièges. Le Parti du Lac en gagne un, portant le nombre de sièges à 12."),
        english("The Lake Party has 40 MPs in the Lake Assembly."),
        english("The 12 MPs who rebelled in the Lake Assembly were expelled."),
        english("Three lawmakers of the Lake Assembly resigned."),
        english("The 40 members of the Lake Assembly from the north voted against."),
        english("With 40 MPs, the Lake Party came third in the Lake Assembly."),
        french("Les électeurs ont élu dimanche les 120 députés de l’Assemblée du Lac."),
        french("Trois députés de l’Assemblée du Lac ont démissionné."),
        french("Le Parti du Lac compte 40 députés à l’Assemblée du Lac."),
        english("The Polar Research Centre was set up in 1960 by nine countries."),
        english("The Polar Research Centre opened in Oslo. The laboratory was founded by nine nations."),
        french("Le Centre de recherche polaire a été fondé en 1960 par neuf pays."),
        english("The 2023 Harbour Cup featured 24 teams."),
        english("The 2021 Harbour Cup featured 20 teams."),
        english("The Harbour Cup 2023 opened in June. The tournament, expanded to 24 teams, ended in July."),
        french("La Coupe du Port 2023 s’est ouverte en juin. La compétition, élargie à 24 équipes, a duré un mois."),
        english("The 2023 Harbour Cup featured 24 teams playing 52 matches."),
        french("La Coupe du Port 2023 a réuni 24 équipes disputant 52 matchs."),
        english("21 films are in competition at the 12th Rivers Festival."),
        english("Three films are in competition at the 12th Rivers Festival."),
        english("In the end, three films are in competition at the 12th Rivers Festival."),
        french("Deux films sont en compétition au 12e Festival des Rivières."),
        french("Le 12e Festival des Rivières s’ouvre mardi, avec 21 films en lice."),
        french("Selon la maire, 21 films sont attendus au 12e Festival des Rivières."),
        french("Le 12e Festival des Rivières s’ouvre mardi. Il met en compétition 21 films venus de loin."),
        // A country's adjective after the noun counts those from it; a continent's describes the whole.
        french("Le 12e Festival des Rivières s’ouvre mardi. Il met en compétition 20 films ukrainiens."),
        french("Le 12e Festival des Rivières s’ouvre mardi. Il met en compétition trois films sénégalais."),
        french("Le 12e Festival des Rivières s’ouvre mardi. Parmi les films en compétition, 12 films viennent de loin."),
        english("John Marsh’s Oak Street trial opened in May.\n\nMarsh was found guilty on 18 counts. Marsh will appeal."),
        english("John Marsh’s Oak Street trial opened in May.\n\nMarsh was found guilty on 5 counts. Marsh will appeal."),
        english("Marsh was found guilty on 20 counts. Marsh will appeal."),
        french(
            "Le procès de la rue des Chênes s’est ouvert en mai.\n\nJohn Marsh a été reconnu coupable des"
                + " 18 chefs d’accusation. Marsh fera appel."),
        english("The World Police Union met in Lyon. The organisation’s 196 member countries voted."),
        french("L’Union mondiale des polices et ses 196 pays membres se sont réunis à Lyon."),
        english("The 193-member Global Assembly met in New York."),
        english("The World Police Union Global Assembly opened. The organisation, which has 196 member countries, met in Lyon."),
        english("Delegates of the 48 Parties to the Lakes Water Convention met in Geneva."),
        french("L’Assemblée mondiale de l’Union mondiale des polices s’est ouverte. L’organisation, qui compte 196 pays membres, siège à Lyon."),
        french("L’Assemblée mondiale et ses 193 États membres se sont réunis à New York."),
        french("À New York, l’Assemblée mondiale accueille les délégués de ses 193 États-membres."),
        english("In New York, the Global Assembly hosts envoys of its 193 member-states."),
        // A hyphenated word that only starts like a term names nothing: "member-led".
        english("In New York, the Global Assembly hosts 190 member-led panels."),
        english("Delegates from nearly 200 countries met at the Parties Summit 2025."),
        english("The Northern Games 2025 will include 329 medal events in 32 sports."),
        english("The Northern Games 2025 will feature 10,500 athletes from 206 national committees."),
        french("Les Jeux du Nord 2025 compteront 329 épreuves dans 32 sports."),
        french("Les Jeux du Nord 2025 proposent 329 épreuves dans 32 sports."),
        french("Les Jeux du Nord 2025 accueilleront 10 500 athlètes venus de 206 comités nationaux."),
    ]

    /// The examples' reference data.
    static let subjectFormReference = InMemoryReference(
        [
            .init(id: "lakeland", kind: .place, names: ["Lakeland"]),
            .init(id: "john-marsh", kind: .person, names: ["John Marsh", "Marsh"]),
            .init(
                id: "lake-assembly", kind: .organization, names: ["Lake Assembly", "Assemblée du Lac"],
                facts: [NumericFact(property: "seats", value: 120)]),
            .init(id: "lake-party", kind: .organization, names: ["Lake Party", "Parti du Lac"]),
            .init(
                id: "polar-centre", kind: .organization, names: ["Polar Research Centre", "Centre de recherche polaire"],
                facts: [NumericFact(property: "founding-members", value: 9)]),
            .init(
                id: "harbour-cup", kind: .series, names: ["HFA Harbour Cup", "Harbour Cup", "Coupe du Port"],
                editions: [
                    ReferenceEdition(
                        number: 3, start: PartialDate(year: 2023, month: 6, day: 20),
                        end: PartialDate(year: 2023, month: 7, day: 20), placeSpellings: [], source: ReferenceSource())
                ]),
            .init(
                id: "harbour-cup-2023", kind: .event, names: ["2023 HFA Harbour Cup", "Coupe du Port 2023"],
                facts: [NumericFact(property: "teams", value: 24), NumericFact(property: "matches", value: 52)]),
            .init(
                id: "rivers-festival-2025", kind: .event, names: ["12th Rivers Festival", "12e Festival des Rivières"],
                facts: [NumericFact(property: "films-in-competition", value: 21)]),
            .init(
                id: "lakes-trophy", kind: .series, names: ["Lakes Trophy", "Trophée des Lacs"],
                editions: [
                    ReferenceEdition(
                        number: 5, start: PartialDate(year: 2024, month: 5, day: 10),
                        end: PartialDate(year: 2024, month: 5, day: 20), placeSpellings: [], source: ReferenceSource())
                ]),
            .init(
                id: "lakes-trophy-2024", kind: .event, names: ["2024 Lakes Trophy"],
                start: PartialDate(year: 2024, month: 5, day: 10), end: PartialDate(year: 2024, month: 5, day: 20),
                facts: [NumericFact(property: "teams", value: 16)]),
            .init(
                id: "quay-trial", kind: .event, names: ["Quay Street trial", "procès de la rue du Quai"],
                facts: [NumericFact(property: "defendants", value: 31)]),
            .init(
                id: "oak-trial", kind: .event, names: ["Oak Street trial", "procès de la rue des Chênes"],
                facts: [NumericFact(property: "counts", value: 18)]),
            .init(
                id: "police-union", kind: .organization, names: ["World Police Union", "Union mondiale des polices"],
                facts: [NumericFact(property: "member-countries", value: 196)]),
            .init(
                id: "global-assembly", kind: .organization, names: ["Global Assembly", "Assemblée mondiale"],
                facts: [NumericFact(property: "member-countries", value: 193)]),
            .init(
                id: "water-convention", kind: .organization, names: ["Lakes Water Convention", "Convention sur l’eau des Lacs"],
                facts: [NumericFact(property: "parties", value: 48)]),
            .init(
                id: "police-union-assembly", kind: .series,
                names: ["World Police Union Global Assembly", "Assemblée mondiale de l’Union mondiale des polices"],
                editions: [
                    ReferenceEdition(
                        number: 40, start: PartialDate(year: 2025, month: 11, day: 3),
                        end: PartialDate(year: 2025, month: 11, day: 6), placeSpellings: [], source: ReferenceSource())
                ]),
            .init(
                id: "parties-summit-2025", kind: .event, names: ["Parties Summit 2025", "Sommet des Parties 2025"],
                facts: [NumericFact(property: "countries", value: 198)]),
            .init(
                id: "northern-games-2025", kind: .event, names: ["Northern Games 2025", "Jeux du Nord 2025"],
                facts: [
                    NumericFact(property: "athletes", value: 10_500), NumericFact(property: "committees", value: 206),
                    NumericFact(property: "medal-events", value: 329), NumericFact(property: "sports", value: 32),
                ]),
        ],
        properties: [
            ReferenceProperty(id: "seats", terms: [.fr: ["sièges"], .en: ["seats"]]),
            ReferenceProperty(
                id: "founding-members", terms: [.fr: ["membres fondateurs"], .en: ["founding members"]]),
            ReferenceProperty(
                id: "member-countries",
                terms: [.fr: ["pays membres", "États membres"], .en: ["member countries", "member states"]]),
            ReferenceProperty(id: "teams", terms: [.fr: ["équipes"], .en: ["teams"]]),
            ReferenceProperty(id: "parties", terms: [.fr: ["Parties"], .en: ["Parties"]]),
            ReferenceProperty(id: "matches", terms: [.fr: ["matchs"], .en: ["matches"]]),
            ReferenceProperty(
                id: "films-in-competition",
                terms: [.fr: ["films en compétition", "films"], .en: ["films in competition", "films"]]),
            ReferenceProperty(id: "counts", terms: [.fr: ["chefs d’accusation"], .en: ["counts", "felony counts"]]),
            ReferenceProperty(id: "countries", terms: [.fr: ["pays"], .en: ["countries"]]),
            ReferenceProperty(id: "defendants", terms: [.fr: ["accusés", "prévenus"], .en: ["defendants"]]),
            ReferenceProperty(id: "athletes", terms: [.fr: ["athlètes"], .en: ["athletes"]]),
            ReferenceProperty(id: "committees", terms: [.fr: ["comités nationaux"], .en: ["national committees"]]),
            ReferenceProperty(id: "medal-events", terms: [.fr: ["épreuves"], .en: ["medal events"]]),
            ReferenceProperty(id: "sports", terms: [.fr: ["sports"], .en: ["sports"]]),
        ])

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: subjectFormReference)
    }

    private static func english(_ text: String, published: CalendarDate? = NumberExamples.published) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: subjectFormReference)
    }
}
