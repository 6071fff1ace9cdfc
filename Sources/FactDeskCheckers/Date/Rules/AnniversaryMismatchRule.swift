import FactDeskKit

/// Rule `anniversary-mismatch`: "Nth anniversary" of something founded in a year that makes it
/// another anniversary in the year of the text ("11e anniversaire du Centre d’innovation
/// d’INTERPOL", founded in 2015, in a piece of 2025).
///
/// The founding year comes from the reference data (`founded`) of the subject named after the
/// anniversary ("du Centre…", "of the Centre…") or before it ("INTERPOL fête son centenaire",
/// "INTERPOL’s 100th anniversary"), else from the sentence itself ("créé en 2015"). The year of
/// the text is a year the sentence gives ("en 2026", "l’an prochain"), else the publication's.
/// A future verb allows the anniversary of the next year ("fêtera son 11e anniversaire"), a past
/// one any earlier anniversary ("a célébré son centenaire", in some past year); so does a piece of
/// December that tells no year (the coming year's anniversary is being celebrated already), and a
/// sentence with a verb in the future anywhere ("the tour, which will stop …, was planned for the
/// 50th anniversary").
///
/// A number of years celebrated is an anniversary too ("NATO celebrates 75 years of collective
/// defence", « célébrer six décennies de rencontres », ``CelebratedYears``): its subject is one
/// with a founding year named in the sentence, else the founding the paragraph gives (« depuis
/// ses débuts en 1964 »).
struct AnniversaryMismatchRule: DateRule {
    static let centre = InMemoryReference.Subject(
        id: "interpol-innovation-centre", kind: .organization,
        names: ["Centre d’innovation d’INTERPOL", "INTERPOL Innovation Centre"], founded: PartialDate(year: 2015),
        source: ReferenceSource(citation: "https://www.interpol.int/How-we-work/Innovation"))
    static let lyon = InMemoryReference.Subject(id: "lyon", kind: .place, names: ["Lyon"])
    static let reference = InMemoryReference([centre, lyon])
    static let published = CalendarDate(iso: "2025-11-24")
    /// A union founded in 1965 (UEA) and the one that succeeded it in 2004 (UER).
    static let successors = InMemoryReference([
        InMemoryReference.Subject(id: "uea", kind: .organization, names: ["UEA"], founded: PartialDate(year: 1965)),
        InMemoryReference.Subject(id: "uer", kind: .organization, names: ["UER"], founded: PartialDate(year: 2004)),
    ])

    /// A fair founded in 1975, its anniversary told "of the event" after its name.
    static let lanternFair = InMemoryReference([
        InMemoryReference.Subject(
            id: "kesra-lantern-fair", kind: .other, names: ["Kesra Lantern Fair", "Foire aux lanternes de Kesra"],
            founded: PartialDate(year: 1975))
    ])

    let descriptor = RuleDescriptor(
        id: "anniversary-mismatch", severity: .error,
        summary: "An anniversary that does not match the founding year of what it celebrates.",
        examples: [
            RuleExample(
                "Il a salué le ⟦11e anniversaire du Centre d’innovation d’INTERPOL⟧.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "En 2022, le Festival du film de Kumasi a célébré son ⟦40e anniversaire⟧.", language: .fr,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "The Kumasi Film Festival marked its ⟦40th anniversary⟧ in 2022.", language: .en,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "En 2022, le Festival du film de Kumasi a célébré son 50e anniversaire.", language: .fr,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "The Kumasi Film Festival marked its 50th anniversary in 2022.", language: .en,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "The Kumasi Film Festival marked its 40th anniversary with a gala.", language: .en,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "INTERPOL marks the ⟦ninth anniversary of the INTERPOL Innovation Centre⟧.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "La fondation, créée en 1995, fête son ⟦20e anniversaire⟧.", language: .fr, published: published),
            RuleExample(
                "The INTERPOL Innovation Centre marks ⟦ninth anniversary⟧ of its opening.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "En 2026, la fondation, créée en 1996, célèbre ⟦25 ans⟧ de soutien aux artistes.", language: .fr,
                published: published),
            RuleExample(
                "En 2024, le salon fête ⟦cinq décennies⟧ de rencontres entre éleveurs. Il les réunit depuis ses débuts en 1964.",
                language: .fr, published: published),
            RuleExample(
                "The INTERPOL Innovation Centre marks tenth anniversary of its opening.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre marks ⟦ninth anniversary⟧ of the Lyon Charter.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre marks tenth anniversary of the Lyon Charter.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "En 2026, la fondation, créée en 1996, célèbre 30 ans de soutien aux artistes.", language: .fr,
                published: published),
            // A round span after a verb of celebration.
            RuleExample(
                "En 2026, la fondation, créée en 1976, célèbre ⟦un siècle⟧ de soutien aux artistes.", language: .fr,
                published: published),
            RuleExample(
                "En 2026, la fondation, créée en 1976, célèbre un demi-siècle de soutien aux artistes.", language: .fr,
                published: published),
            RuleExample(
                "In 2026, the fund, created in 1976, marks ⟦a decade⟧ of grants.", language: .en, published: published),
            RuleExample(
                "In 2026, the fund, created in 1976, marks half a century of grants.", language: .en, published: published),
            RuleExample(
                "En 2024, le salon fête six décennies de rencontres entre éleveurs. Il les réunit depuis ses débuts en 1965.",
                language: .fr, published: published),
            RuleExample("Le couple fête 40 ans de mariage.", language: .fr, published: published),
            // A founding told after a date that opens its sentence, and a year of celebration.
            RuleExample(
                "On 12 March 1971, the charter came into force, establishing the Baltic Song Council. The council is celebrating in 2021 “⟦40 years⟧ of song”.",
                language: .en, published: published),
            RuleExample(
                "On 12 March 1971, the charter came into force, establishing the Baltic Song Council. The council is celebrating in 2021 “50 years of song”.",
                language: .en, published: published),
            RuleExample(
                "Le 12 mars 1971 a vu naître le Conseil balte du chant. En 2021, il fête ses ⟦40 ans⟧.", language: .fr,
                published: published),
            RuleExample(
                "Le 12 mars 1971 a vu naître le Conseil balte du chant. En 2021, il fête ses 50 ans.", language: .fr,
                published: published),
            // Years after « les » whose complement is a founded subject.
            RuleExample(
                "Pour les ⟦cinquante ans⟧ de l’UEA, un colloque se tient à Nairobi.", language: .fr, published: published,
                reference: successors),
            RuleExample(
                "Pour les soixante ans de l’UEA, un colloque se tient à Nairobi.", language: .fr, published: published,
                reference: successors),
            RuleExample(
                "Pour les cinquante ans de prison requis, la défense fait appel.", language: .fr, published: published,
                reference: successors),
            RuleExample(
                "In 2010, the fund, which was created in 1990, celebrates 20 years of grants.", language: .en,
                published: published),
            RuleExample(
                "La ville de Lyon célèbre les ⟦15 ans⟧ du Centre d’innovation d’INTERPOL.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "La ville de Lyon célèbre les 10 ans du Centre d’innovation d’INTERPOL.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "Le Centre d’innovation d’INTERPOL fête cette année ses ⟦15 ans⟧.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "Le Centre d’innovation d’INTERPOL fête cette année ses 10 ans.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre is heading towards its 20th anniversary.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "À l’approche de son 20e anniversaire, le Centre d’innovation d’INTERPOL recrute.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "La banque a marqué le ⟦40e anniversaire⟧ de la fondation, à Dakar, en 1990.", language: .fr,
                published: published),
            RuleExample(
                "La banque a marqué le 35e anniversaire de la fondation, à Dakar, en 1990.", language: .fr,
                published: published),
            RuleExample(
                "The INTERPOL Innovation Centre celebrates its ⟦ninth birthday⟧.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre celebrates its tenth birthday.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "Il a salué le 10e anniversaire du Centre d’innovation d’INTERPOL.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "INTERPOL marks the tenth anniversary of the INTERPOL Innovation Centre.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "Le Centre d’innovation d’INTERPOL fêtera l’an prochain son 11e anniversaire.", language: .fr,
                published: published, reference: reference),
            RuleExample("La fondation, créée en 1995, fête son 30e anniversaire.", language: .fr, published: published),
            RuleExample(
                "Le 11e anniversaire du club a été fêté.", language: .fr, published: published, reference: reference),
            RuleExample(
                "Le Centre d’innovation d’INTERPOL a fêté son 9e anniversaire.", language: .fr, published: published,
                reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre turns ⟦12⟧ this year.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "As the INTERPOL Innovation Centre turned ⟦12⟧, the lab opened.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre turns 10 this year.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre will turn 11 next year.", language: .en, published: published,
                reference: reference),
            // A weekday of the coming days keeps a future in the publication's year, unless they cross into the next.
            RuleExample(
                "The INTERPOL Innovation Centre will turn ⟦11⟧ on Friday.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre will turn 10 on Friday.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre will turn 11 on Friday.", language: .en,
                published: CalendarDate(iso: "2025-12-29"), reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, which will mark its ⟦12th anniversary⟧ next year, recruits.",
                language: .en, published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, which will mark its 11th anniversary next year, recruits.",
                language: .en, published: published, reference: reference),
            // A year written at the opening of the sentence is the anniversary's, not the publication's.
            RuleExample(
                "En 2030, le Centre d’innovation d’INTERPOL fêtera ses ⟦dix ans⟧.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "En 2030, le Centre d’innovation d’INTERPOL fêtera ses quinze ans.", language: .fr,
                published: published, reference: reference),
            // A past anniversary dated relative to the text's year: "last year", « l’an dernier ».
            RuleExample(
                "The INTERPOL Innovation Centre, which marked its ⟦eighth anniversary⟧ last year, recruits.",
                language: .en, published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, which marked its ninth anniversary last year, recruits.",
                language: .en, published: published, reference: reference),
            RuleExample(
                "L’an dernier, le Centre d’innovation d’INTERPOL a fêté son ⟦8e anniversaire⟧.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "L’an dernier, le Centre d’innovation d’INTERPOL a fêté son 9e anniversaire.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "L’an dernier, on rappelait que le Centre d’innovation d’INTERPOL avait fêté son 5e anniversaire.",
                language: .fr, published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre will mark its 11th anniversary.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, which turns ⟦12⟧ this year, recruits.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, the ⟦12-year-old⟧ lab, recruits.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, the 10-year-old lab, recruits.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, the 9-year-old lab, recruits.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "Its 12-year-old director visited the INTERPOL Innovation Centre.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, which turns 10 this year, recruits.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre turns 12 degrees cooler in winter.", language: .en, published: published,
                reference: reference),
            RuleExample(
                "Le ⟦65e anniversaire de l’UEA-UER⟧ est célébré cette semaine à Lomé.", language: .fr,
                published: published, reference: successors),
            RuleExample(
                "The ⟦65th anniversary of the UEA-UER⟧ is marked this week in Lomé.", language: .en,
                published: published, reference: successors),
            RuleExample(
                "Le 60e anniversaire de l’UEA-UER est célébré cette semaine à Lomé.", language: .fr,
                published: published, reference: successors),
            RuleExample(
                "Le 21e anniversaire de l’UEA-UER est célébré cette semaine à Lomé.", language: .fr,
                published: published, reference: successors),
            RuleExample(
                "Le 65e anniversaire de l’UEA-Lomé est célébré cette semaine.", language: .fr,
                published: published, reference: successors),
            RuleExample(
                "The league marks the ⟦50th anniversary of its founding in 1966⟧.", language: .en,
                published: published),
            RuleExample(
                "The league marks the 59th anniversary of its founding in 1966.", language: .en, published: published),
            RuleExample(
                "The union was founded in 1961. This year it marks its ⟦75th anniversary⟧.", language: .en,
                published: published),
            RuleExample(
                "The union was founded in 1961. This year it marks its 64th anniversary.", language: .en,
                published: published),
            RuleExample(
                "The union was founded in 1961. The 75th anniversary of the treaty falls this year.", language: .en,
                published: published),
            RuleExample(
                "The cadet corps, raised in 1948, celebrates its ⟦76th anniversary⟧ this year.", language: .en,
                published: published),
            RuleExample(
                "The cadet corps, raised in 1948, celebrates its 77th anniversary this year.", language: .en,
                published: published),
            RuleExample(
                "Ce ⟦41e anniversaire⟧ du club des anciens est fêté cette semaine par un repas.\n\nCréé en 1985, le club réunit ses membres chaque mardi.",
                language: .fr, published: published),
            RuleExample(
                "Ce 40e anniversaire du club des anciens est fêté cette semaine par un repas.\n\nCréé en 1985, le club réunit ses membres chaque mardi.",
                language: .fr, published: published),
            RuleExample(
                "This ⟦41st anniversary⟧ of the rowing club is marked this week with a dinner.\n\nFounded in 1985, the club trains every Tuesday.",
                language: .en, published: published),
            RuleExample(
                "This 40th anniversary of the rowing club is marked this week with a dinner.\n\nFounded in 1985, the club trains every Tuesday.",
                language: .en, published: published),
            RuleExample(
                "Ce 41e anniversaire du club est fêté cette semaine.\n\nCréé en 1985, il a fusionné avec un voisin créé en 1990.",
                language: .fr, published: published),
            RuleExample(
                "Il organise les fêtes du ⟦51e anniversaire de l’indépendance (1962-2012)⟧ à Oran.",
                language: .fr),
            RuleExample(
                "Il organise les fêtes du 50e anniversaire de l’indépendance (1962-2012) à Oran.", language: .fr),
            RuleExample(
                "The city marks the ⟦51st anniversary of its charter (1962-2012)⟧ with a parade.", language: .en),
            RuleExample("The city marks the 50th anniversary of its charter (1962-2012) with a parade.", language: .en),
            RuleExample("The 51st anniversary gala was held; results for 1962-2012 were shown.", language: .en),
            RuleExample(
                "Ce 81e anniversaire du Débarquement est marqué par une cérémonie.\n\nL’association des vétérans, créée en 1990, y participe.",
                language: .fr, published: published),
            // « Au » is not the AU of the reference data, founded in 2002.
            RuleExample(
                "Au début de l’été, le club des anciens célèbre ses 40 ans. Créé en 1985, il réunit ses membres chaque mardi.",
                language: .fr, published: published, reference: africanUnion),
            RuleExample(
                "Delegates mark the ⟦25th anniversary of the charter signed in 1996⟧.", language: .en,
                published: published),
            RuleExample(
                "Delegates mark the 29th anniversary of the charter signed in 1996.", language: .en, published: published),
            RuleExample(
                "Les délégués célèbrent le ⟦25e anniversaire de la charte adoptée en 1996⟧.", language: .fr,
                published: published),
            RuleExample(
                "Les délégués célèbrent le 29e anniversaire de la charte adoptée en 1996.", language: .fr,
                published: published),
            RuleExample(
                "Kesra marque le ⟦15e anniversaire de la crue qui a ravagé la vallée de la Vira en 2008⟧.",
                language: .fr, published: published),
            RuleExample(
                "Kesra marque le 17e anniversaire de la crue qui a ravagé la vallée de la Vira en 2008.", language: .fr,
                published: published),
            RuleExample(
                "Kesra marks the ⟦15th anniversary of the flood that struck the Vira valley in 2008⟧.", language: .en,
                published: published),
            RuleExample(
                "Kesra marks the 17th anniversary of the flood that struck the Vira valley in 2008.", language: .en,
                published: published),
            // A sentence that tells of something to come may speak of next year's anniversary.
            RuleExample(
                "The tour, which will stop in Kesra, was planned for the 50th anniversary of the Kesra Lantern Fair.",
                language: .en, published: CalendarDate(iso: "2024-05-09"), reference: lanternFair),
            RuleExample(
                "The tour, which will stop in Kesra, was planned for the ⟦51st anniversary of the Kesra Lantern Fair⟧.",
                language: .en, published: CalendarDate(iso: "2024-05-09"), reference: lanternFair),
            RuleExample(
                "The tour, which stopped in Kesra, was planned for the ⟦50th anniversary of the Kesra Lantern Fair⟧.",
                language: .en, published: CalendarDate(iso: "2024-05-09"), reference: lanternFair),
            // In December, the anniversary of the coming year is being celebrated already.
            RuleExample(
                "The Kesra Lantern Fair is marking its 50th anniversary with a winter parade.", language: .en,
                published: CalendarDate(iso: "2024-12-09"), reference: lanternFair),
            RuleExample(
                "The Kesra Lantern Fair is marking its ⟦51st anniversary⟧ with a winter parade.", language: .en,
                published: CalendarDate(iso: "2024-12-09"), reference: lanternFair),
            RuleExample(
                "The Kesra Lantern Fair is marking its ⟦50th anniversary⟧ with an autumn parade.", language: .en,
                published: CalendarDate(iso: "2024-10-09"), reference: lanternFair),
            // "Of the event": the founded subject named before.
            RuleExample(
                "Crowds head for the Kesra Lantern Fair; this year it is the ⟦40th anniversary⟧ of the event.",
                language: .en, published: published, reference: lanternFair),
            RuleExample(
                "Crowds head for the Kesra Lantern Fair; this year it is the 50th anniversary of the event.",
                language: .en, published: published, reference: lanternFair),
            RuleExample(
                "La Foire aux lanternes de Kesra ouvre samedi. On y célèbre les ⟦40 ans⟧ de l’événement.", language: .fr,
                published: published, reference: lanternFair),
            RuleExample(
                "La Foire aux lanternes de Kesra ouvre samedi. On y célèbre les 50 ans de l’événement.", language: .fr,
                published: published, reference: lanternFair),
            // Another verb dates something else than what the anniversary is of.
            RuleExample(
                "Kesra marks the 15th anniversary of the club, which won the Vira cup in 2008.", language: .en,
                published: published),
            RuleExample("La ville fête le ⟦centenaire des régates de 1935⟧.", language: .fr, published: published),
            RuleExample("La ville fête le centenaire des régates de 1925.", language: .fr, published: published),
            RuleExample("The town marks the centenary of the regatta of 1925.", language: .en, published: published),
            RuleExample("The town marks the ⟦centenary of the regatta of 1935⟧.", language: .en, published: published),
            RuleExample("The town marks the centenary of the 1925 regatta.", language: .en, published: published),
            RuleExample("The town marks the ⟦centenary of the 1935⟧ regatta.", language: .en, published: published),
            RuleExample(
                "The bank marked the ⟦55th anniversary⟧ of its founding, in Lomé, in 1975.", language: .en, published: published),
            RuleExample(
                "The bank marked the 45th anniversary of its founding, in Lomé, in 1975.", language: .en, published: published),
            RuleExample(
                "The town marks the 29th anniversary of the regatta, which signed in 2010 a deal.", language: .en,
                published: published),
            // An infinitive of purpose takes its verb's time; a date without its year gives none.
            RuleExample(
                "The Kumasi Film Festival will hold its gala on Friday 13 March, in order to mark its 54th anniversary.",
                language: .en, published: CalendarDate(iso: "2025-06-10"), reference: EventExamples.reference),
            RuleExample(
                "The Kumasi Film Festival will hold its gala on Friday 13 March, to mark its ⟦55th anniversary⟧.",
                language: .en, published: CalendarDate(iso: "2025-06-10"), reference: EventExamples.reference),
            // A description that points back to the subject named before.
            RuleExample(
                "Le Festival du film de Kumasi ouvre samedi. La manifestation fête cette année ses ⟦50 ans⟧.",
                language: .fr, published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "Le Festival du film de Kumasi ouvre samedi. La manifestation fête cette année ses 54 ans.",
                language: .fr, published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "The Kumasi Film Festival opens on Saturday. It celebrates its ⟦50th anniversary⟧ this year.",
                language: .en, published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "Le Festival du film de Kumasi ouvre samedi. Le maire fête cette année ses 50 ans.",
                language: .fr, published: EventExamples.published, reference: EventExamples.reference),
            // A year a state began is not the anniversary's.
            RuleExample(
                "The Kumasi Film Festival, run by a trust since 2022, celebrates its 54th anniversary this year.",
                language: .en, reference: EventExamples.reference),
            RuleExample(
                "In 2022, the Kumasi Film Festival celebrated its ⟦54th anniversary⟧.", language: .en,
                reference: EventExamples.reference),
        ] + AnniversaryMismatchRule.candleExamples + RemembranceExamples.anniversaryExamples
            + AnniversaryMismatchRule.yearlyEventExamples
            + AnniversaryMismatchRule.datedDayExamples + SignedAccordExamples.anniversaries
            + AnniversaryMismatchRule.heldAgeExamples + AnniversaryMismatchRule.farPastComplementExamples
            + AnniversaryMismatchRule.yearOfLifeExamples)

    /// A union of states spelt "AU", founded in 2002.
    static let africanUnion = InMemoryReference([
        InMemoryReference.Subject(id: "au", kind: .organization, names: ["AU"], founded: PartialDate(year: 2002))
    ])

    /// A festival founded in 1976 whose 2026 event is named by its words near the publication
    /// date (``YearlessEventExamples``): the anniversary is the festival's, not the event's.
    static let yearlyEventExamples: [RuleExample] = [
        YearlessEventExamples.example("The Harbour Lights Festival, which marks its ⟦40th anniversary⟧ this year, opens Thursday.", .en),
        YearlessEventExamples.example("The Harbour Lights Festival, which marks its 50th anniversary this year, opens Thursday.", .en),
        YearlessEventExamples.example("Le Festival des Lumières du Port, qui fête cette année son ⟦centenaire⟧, ouvre jeudi.", .fr),
        YearlessEventExamples.example("Le Festival des Lumières du Port souffle cette année ses ⟦40 bougies⟧.", .fr),
        YearlessEventExamples.example("Le Festival des Lumières du Port souffle cette année ses 50 bougies.", .fr),
        YearlessEventExamples.example("⟦40 ans⟧ du Festival des Lumières du Port : les coulisses", .fr),
        YearlessEventExamples.example("50 ans du Festival des Lumières du Port : les coulisses", .fr),
        // A first edition's date founds what it is the first of.
        RuleExample(
            "La première édition de la Régate des Caps fut courue le 3 mai 1986 ; la course fête ses ⟦45 ans⟧ dimanche.",
            language: .fr, published: CalendarDate(iso: "2026-06-20")),
        RuleExample(
            "La première édition de la Régate des Caps fut courue le 3 mai 1986 ; la course fête ses 40 ans dimanche.",
            language: .fr, published: CalendarDate(iso: "2026-06-20")),
        // From a first edition or a debut, the anniversary may also be counted by editions.
        RuleExample(
            "La première édition de la Régate des Caps fut courue le 3 mai 1986 ; la course fête ses 41 ans dimanche.",
            language: .fr, published: CalendarDate(iso: "2026-06-20")),
        RuleExample(
            "The fair, which made its debut in 2001, marks its ⟦30th anniversary⟧.", language: .en,
            published: CalendarDate(iso: "2026-06-20")),
        RuleExample(
            "The fair, which made its debut in 2001, marks its 26th anniversary.", language: .en,
            published: CalendarDate(iso: "2026-06-20")),
        YearlessEventExamples.example("Le Festival des Lumières du Port fête, cette année, ses ⟦40 ans⟧.", .fr),
        YearlessEventExamples.example("Le Festival des Lumières du Port fête, cette année, ses 50 ans.", .fr),
        YearlessEventExamples.example("Le Festival des Lumières du Port fêtera demain ses ⟦40 ans⟧.", .fr),
        YearlessEventExamples.example("Le Festival des Lumières du Port fêtera demain ses 50 ans.", .fr),
        YearlessEventExamples.example("The Harbour Lights Festival celebrated yesterday its 50th anniversary.", .en),
        YearlessEventExamples.example("40 ans de prison pour le trésorier du Festival des Lumières du Port", .fr),
    ]

    func findings(in check: DateCheck) -> [Finding] {
        let ordinals = check.anniversaries.compactMap { anniversary -> Finding? in
            guard case .anniversary(let ordinal) = anniversary.value,
                !AnniversarySubject.isApproached(anniversary, check: check)
            else { return nil }
            let sentenceIndex = check.document.sentenceIndex(of: anniversary.span.start)
            let subject = AnniversarySubject.find(for: anniversary, inSentence: sentenceIndex, check: check)
            let dated = Self.complementYear(of: anniversary, check: check) ?? Self.joiningYear(of: anniversary, check: check)
            let founding =
                dated?.founding
                ?? subject?.founding
                ?? AnniversarySubject.foundingInText(check.document.sentences[sentenceIndex].span, check: check)
                ?? ownFoundingInParagraph(anniversary, check: check)
            return finding(
                anniversary, ordinal: ordinal, subject: subject, founding: founding, through: dated?.year, check: check)
        }
        let flagged = Set(ordinals.map(\.span.start))
        let spans = yearSpanFindings(in: check).filter { !flagged.contains($0.span.start) }
        let years = CelebratedYears.mentions(in: check).compactMap { celebrated -> Finding? in
            let sentenceIndex = check.document.sentenceIndex(of: celebrated.mention.span.start)
            let subject =
                AnniversarySubject.namedAfter(celebrated.mention, inSentence: sentenceIndex, check: check)
                ?? AnniversarySubject.around(celebrated.mention, inSentence: sentenceIndex, check: check)
                ?? AnniversarySubject.ofGenericNoun(celebrated.mention, inSentence: sentenceIndex, check: check)
                ?? AnniversarySubject.pointedBack(celebrated.mention, inSentence: sentenceIndex, check: check)
            let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: celebrated.mention.span.start)]
            // « commémorer les 30 ans du génocide de 1994 »: the year its complement gives.
            let dated = subject == nil ? Self.complementYear(of: celebrated.mention, check: check) : nil
            let founding = subject?.founding ?? dated?.founding ?? AnniversarySubject.foundingInText(paragraph, check: check)
            return finding(
                celebrated.mention, ordinal: celebrated.years, tolerance: celebrated.tolerance, subject: nil,
                founding: founding, through: dated?.year, check: check)
        }
        let ages = TurnedYears.mentions(in: check).compactMap { turned -> Finding? in
            guard case .anniversary(let years) = turned.mention.value else { return nil }
            return finding(turned.mention, ordinal: years, subject: turned.subject, founding: turned.founding, check: check)
        }
        let lived = YearOfLife.mentions(in: check).compactMap { lived -> Finding? in
            guard case .anniversary(let years) = lived.mention.value else { return nil }
            return finding(
                lived.mention, ordinal: years, subject: lived.subject, founding: lived.founding, isAge: true, check: check)
        }
        let held = HeldAge.mentions(in: check).compactMap { held -> Finding? in
            guard case .anniversary(let years) = held.mention.value else { return nil }
            return finding(
                held.mention, ordinal: years, subject: held.subject, founding: held.founding, isAge: true, check: check)
        }
        let aged = AgedYears.mentions(in: check).compactMap { aged -> Finding? in
            guard case .anniversary(let years) = aged.mention.value else { return nil }
            return finding(
                aged.mention, ordinal: years, subject: aged.subject, founding: aged.subject.founding,
                isAge: true, check: check)
        }
        let candles = CandleYears.mentions(in: check).compactMap { candle -> Finding? in
            guard case .anniversary(let years) = candle.mention.value else { return nil }
            return finding(
                candle.mention, ordinal: years, subject: candle.subject, founding: candle.subject.founding, check: check)
        }
        return ordinals + spans + years + ages + held + lived + aged + candles
    }

    /// Whether an edition noun stands right after the anniversary ("its 50th birthday edition",
    /// "the 50th anniversary edition"), or right before it (« sa 50e édition anniversaire »).
    static func isEditionOfAnniversary(_ anniversary: Mention, check: DateCheck) -> Bool {
        let words = check.document.tokenRange(of: anniversary.span)
        return EditionNumberClaimBuilder.editionNouns.contains(check.word(words.upperBound))
            || words.contains { EditionNumberClaimBuilder.editionNouns.contains(check.word($0)) }
    }

    /// Words of a year right before it, folded: "in 2016", « en 2016 ».
    static let yearLeads: Set<String> = ["in", "en"]
    /// Auxiliaries of a past before another past, folded: "had celebrated", « avait fêté ».
    static let pluperfectAuxiliaries: Set<String> = ["had", "avait", "avaient"]

    /// Whether the sentence writes the anniversary's year right there (``writtenYear(_:in:check:)``).
    static func yearWrittenThere(_ anniversary: Mention, in sentence: Sentence, check: DateCheck) -> Bool {
        writtenYear(anniversary, in: sentence, check: check) != nil
    }

    /// The year the sentence writes right there for its anniversary: "in 2016" within three words
    /// after it, or « En 2016, » opening the sentence, with no past before another past in it
    /// ("had celebrated", « avait fêté »).
    static func writtenYear(_ anniversary: Mention, in sentence: Sentence, check: DateCheck) -> Int? {
        let tokens = sentence.tokens
        guard !tokens.contains(where: { pluperfectAuxiliaries.contains(check.word($0)) }) else { return nil }
        let end = check.document.tokenRange(of: anniversary.span).upperBound
        let isYear = { (index: Int) in
            index < tokens.upperBound && check.tokens[index].text.utf8.count == 4
                && check.tokens[index].text.allSatisfy(\.isNumber) && yearLeads.contains(check.word(index - 1))
        }
        if isYear(tokens.lowerBound + 1) && check.tokens[safe: tokens.lowerBound + 2]?.text == "," {
            return Int(check.tokens[tokens.lowerBound + 1].text)
        }
        guard end + 1 < tokens.upperBound else { return nil }
        return (end + 1..<min(tokens.upperBound, end + 4)).first(where: isYear).flatMap { Int(check.tokens[$0].text) }
    }

    /// Whether a verb of the sentence is in the future ("will open", « passera »).
    static func tellsOfFuture(_ sentence: Range<Int>, check: DateCheck) -> Bool {
        sentence.contains { position in
            check.tokens[position].kind == .word && check.tenses.tense(before: position + 1, in: sentence) == .future
        }
    }

    /// Whether a day of the publication's week dates the sentence ("will turn 60 on Friday"),
    /// and the seven days after the publication date stay in its year.
    static func isDatedInTheYearsWeek(_ sentence: Range<Int>, check: DateCheck) -> Bool {
        guard let published = check.published, published.adding(days: 7).year == published.year else { return false }
        return DatedElapsedYears.isOfTheWeek(sentence, check: check)
    }

    /// Demonstratives before an anniversary, folded: « ce 40e anniversaire », "this 40th anniversary".
    static let demonstratives: Set<String> = ["ce", "cet", "this"]

    /// "The union was founded in 1961. It marks its 75th anniversary": an anniversary after a
    /// possessive or a demonstrative (« Ce 40e anniversaire du club … Créé en 1985, ce club »)
    /// takes the founding year its paragraph gives, else the one the whole text gives when it
    /// gives only one.
    private func ownFoundingInParagraph(_ anniversary: Mention, check: DateCheck) -> Founding? {
        let first = check.document.tokenRange(of: anniversary.span).lowerBound
        let before = check.word(first - 1)
        guard AnniversarySubject.possessives.contains(before) || Self.demonstratives.contains(before) else {
            return nil
        }
        let complement = Self.complementWords(after: anniversary, check: check)
        let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: anniversary.span.start)]
        if let founding = AnniversarySubject.foundingInText(paragraph, check: check) {
            return Self.foundingNames(founding, complement, check: check) ? founding : nil
        }
        let whole = Span(start: 0, end: check.document.text.unicodeScalars.count)
        let foundings = AnniversarySubject.foundingsInText(whole, check: check)
        guard let only = foundings.first, foundings.allSatisfy({ $0.year == only.year }),
            Self.foundingNames(only, complement, check: check)
        else { return nil }
        return only
    }

    /// Words that open the complement of an anniversary, folded: « du club », "of the club".
    static let complementOpeners: Set<String> = ["du", "de", "des", "d'", "la", "l'", "le", "of", "the"]
    /// How many words of the complement are read.
    static let complementLength = 3

    /// The first words of what the anniversary is of (« 41e anniversaire du club des anciens »:
    /// "club", "anciens"), folded; empty when no complement follows it.
    static func complementWords(after anniversary: Mention, check: DateCheck) -> Set<String> {
        var index = check.document.tokenRange(of: anniversary.span).upperBound
        guard complementOpeners.contains(check.word(index)) else { return [] }
        while complementOpeners.contains(check.word(index)) { index += 1 }
        var words: Set<String> = []
        while words.count < complementLength, index < check.tokens.count, check.tokens[index].kind == .word {
            if !complementOpeners.contains(check.word(index)) { words.insert(check.word(index)) }
            index += 1
        }
        return words
    }

    /// Whether the founding's sentence names what the anniversary is of (a word of its
    /// complement), or the anniversary has no complement: « Ce 80e anniversaire du Débarquement »
    /// does not take the founding year of « l’association, créée en 1990 ».
    static func foundingNames(_ founding: Founding, _ complement: Set<String>, check: DateCheck) -> Bool {
        guard !complement.isEmpty, let mention = founding.mention else { return true }
        let sentence = check.sentence(of: mention).tokens
        return sentence.contains { complement.contains(check.word($0)) }
    }

    /// The finding for an anniversary of `ordinal` years, if the founding year makes it another;
    /// an age (`isAge`, "the 74-year-old alliance") may fall one short.
    private func finding(
        _ anniversary: Mention, ordinal: Int, tolerance: Int = 0, subject: AnniversarySubject?, founding: Founding?,
        isAge: Bool = false, through datedYear: Span? = nil, check: DateCheck
    ) -> Finding? {
        let sentence = check.sentence(of: anniversary)
        guard let founding,
            let years = AnniversaryYear.of(anniversary, in: sentence, check: check, excluding: founding.mention)
        else { return nil }
        // « En 2036, le festival fêtera ses 50 ans »: the year written there, not the publication's.
        let written = years.isRelative ? nil : Self.writtenYear(anniversary, in: sentence, check: check)
        let year = written ?? years.primary
        let expected = year - founding.year
        let tense =
            check.tenses.tense(before: check.document.tokenIndex(from: anniversary.span.start), in: sentence.tokens)
            ?? check.tenses.tense(
                after: check.document.tokenIndex(
                    from: subject.map { check.tokens[$0.named.tokens.upperBound - 1].span.end }
                        ?? anniversary.span.end), in: sentence.tokens)
        let foundingYears = [founding.year] + (subject?.otherFoundingYears ?? [])
        var plausible = Set(([year] + (written == nil ? years.others : [])).flatMap { year in foundingYears.map { year - $0 } })
        if isAge { plausible.insert(expected - 1) }
        // "its 50th birthday edition", « sa 50e édition anniversaire »: counted by editions too.
        if founding.countsEditions || Self.isEditionOfAnniversary(anniversary, check: check) { plausible.insert(expected + 1) }
        // "is marking its 50th anniversary" in a December piece: the celebrations of next year's
        // anniversary open in the weeks before it, when no year is told.
        if !years.isStated, let published = check.published, published.month == 12, year == published.year {
            plausible.insert(expected + 1)
        }
        // « le voyage, qui fera étape à Kesra, est prévu pour le 50e anniversaire »: a
        // sentence that tells of something to come may speak of the coming year's anniversary.
        if !years.isStated, tense != .future, Self.tellsOfFuture(sentence.tokens, check: check),
            !Self.isDatedInTheYearsWeek(sentence.tokens, check: check)
        {
            plausible.insert(expected + 1)
        }
        switch tense {
        // "will mark its 76th anniversary" may speak of next year, unless the sentence says which
        // year ("next year", "in 2024") or a weekday of the coming days that stays in the
        // publication's year dates it ("will turn 60 on Friday").
        case .future:
            if !years.isStated, !Self.isDatedInTheYearsWeek(sentence.tokens, check: check) {
                plausible.insert(expected + 1)
            }
        // "celebrated its 30th anniversary" may speak of any year before, unless the year is
        // written right there ("its 30th anniversary in 2016", « En 2016, … a célébré »), told
        // relative to the text's ("last year", « l’an dernier ») or a day of the text's week dates
        // it (« a commémoré dimanche les 20 ans du … »).
        case .past:
            let toldRelative =
                years.isRelative && !sentence.tokens.contains { Self.pluperfectAuxiliaries.contains(check.word($0)) }
            if !toldRelative, !Self.yearWrittenThere(anniversary, in: sentence, check: check),
                !DatedElapsedYears.isOfTheWeek(sentence.tokens, check: check)
            {
                plausible.formUnion(1...max(1, expected))
                // "marked the 50th anniversary of its founding in 2016": a year right after the
                // anniversary's words that no founding fits may be the celebration's own (not
                // past commas: "of its founding, in Lomé, in 1975").
                if let mention = founding.mention, mention.span.start > anniversary.span.end,
                    sentence.span.contains(mention.span), founding.year + ordinal > year,
                    !check.document.text(in: Span(start: anniversary.span.end, end: mention.span.start)).contains(",")
                {
                    return nil
                }
            }
        case nil: break
        }
        guard expected >= 1, !plausible.contains(where: { abs($0 - ordinal) <= tolerance }) else { return nil }
        // The subject named after the anniversary is part of the quote ("11e anniversaire du
        // Centre"), and so is the year its complement gives (« anniversaire de la charte signée en 1996 »).
        let subjectEnd = datedYear ?? subject.map { check.tokens[$0.named.tokens.upperBound - 1].span }
        let span =
            subjectEnd.map { $0.start >= anniversary.span.end ? anniversary.span.union($0) : anniversary.span }
            ?? anniversary.span
        let quote = check.document.text(in: span)
        let isOrdinal = anniversary.kind == .anniversary
        return check.finding(
            descriptor, at: span,
            message: check.wording.anniversaryMismatch(
                quoted: quote, founded: founding.year, year: year, expected: expected, isEvent: founding.isEvent),
            suggestions: isOrdinal
                ? [Self.corrected(quote, anniversary: anniversary.text, expected: expected, check.wording)] : [],
            evidence: [founding.evidence])
    }

    /// The quote with the anniversary's ordinal replaced ("11e anniversaire du…" → "10e
    /// anniversaire du…"); an ordinal in words or a noun ("centenaire") becomes figures.
    static func corrected(_ quote: String, anniversary: String, expected: Int, _ wording: DateWording) -> String {
        let words = anniversary.split(separator: " ", omittingEmptySubsequences: true)
        let noun = words.count > 1 ? String(words.last!) : (wording.language == .fr ? "anniversaire" : "anniversary")
        let replacement = "\(wording.ordinal(expected)) \(noun)"
        guard let range = quote.range(of: anniversary) else { return replacement }
        return quote.replacingCharacters(in: range, with: replacement)
    }
}

extension DateWording {
    /// "« 11e anniversaire du Centre d’innovation d’INTERPOL » : fondé en 2015, il fête en 2025
    /// son 10e anniversaire."
    /// For an event (`isEvent`): « l’événement date de 1994, 2024 marque donc le 30e anniversaire. »
    func anniversaryMismatch(quoted words: String, founded: Int, year: Int, expected: Int, isEvent: Bool = false)
        -> String
    {
        let start =
            isEvent
            ? (language == .fr ? "l’événement date de \(founded)" : "it took place in \(founded)")
            : (language == .fr ? "la fondation date de \(founded)" : "founded in \(founded)")
        return quoted(words) + colon
            + (language == .fr
                ? "\(start), \(year) marque donc le \(ordinal(expected)) anniversaire."
                : "\(start), it marks its \(ordinal(expected)) anniversary in \(year).")
    }
}
