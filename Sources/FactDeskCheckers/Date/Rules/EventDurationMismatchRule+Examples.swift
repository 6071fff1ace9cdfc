import FactDeskKit

extension EventDurationMismatchRule {
    /// Examples about the 93rd INTERPOL General Assembly (24–27 November 2025, Marrakech),
    /// published on its opening day unless they say otherwise.
    static let examples: [RuleExample] = {
        let reference = InMemoryReference([EditionDateMismatchRule.assembly])
        let published = CalendarDate(iso: "2025-11-24")
        func example(_ text: String, _ language: Language, published: CalendarDate? = published) -> RuleExample {
            RuleExample(text, language: language, published: published, reference: reference)
        }
        return [
            example("A ⟦three-day⟧ General Assembly opened in Marrakesh with a minute of silence.", .en),
            example("L’Assemblée générale d’INTERPOL s’est ouverte à Marrakech pour ⟦deux semaines⟧ de débats.", .fr),
            example(
                "L’Assemblée générale d’INTERPOL a ouvert ses portes ce lundi 24 novembre 2025 à Marrakech pour ⟦deux semaines⟧.",
                .fr, published: nil),
            example("A four-day General Assembly opened in Marrakesh with a minute of silence.", .en),
            example("L’Assemblée générale d’INTERPOL s’est ouverte à Marrakech pour quatre jours de débats.", .fr),
            example(
                "L’Assemblée générale d’INTERPOL a ouvert ses portes ce lundi 24 novembre 2025 à Marrakech pour quatre jours.",
                .fr, published: nil),
            example("La délégation, à Marrakech pour l’Assemblée générale d’INTERPOL, y restera pendant deux semaines.", .fr),
            example("Delegates at the General Assembly in Marrakesh spent three days drafting the text.", .en),
            example("The General Assembly in Marrakesh opened a two-week consultation of member countries.", .en),
            // A closing verb, then "after": the whole event's length.
            example(
                "L’Assemblée générale d’INTERPOL s’est achevée jeudi à Marrakech après ⟦trois jours⟧ de débats.", .fr,
                published: CalendarDate(iso: "2025-11-28")),
            example(
                "L’Assemblée générale d’INTERPOL s’est achevée jeudi à Marrakech après quatre jours de débats.", .fr,
                published: CalendarDate(iso: "2025-11-28")),
            example(
                "The General Assembly closed in Marrakesh on Thursday after ⟦three days⟧ of debates.", .en,
                published: CalendarDate(iso: "2025-11-28")),
            example(
                "The General Assembly closed in Marrakesh on Thursday after four days of debates.", .en,
                published: CalendarDate(iso: "2025-11-28")),
            // The verbs of a return or an offer whose subject is the event.
            example("L’Assemblée générale d’INTERPOL revient à Marrakech pour ⟦trois jours⟧ de travaux.", .fr),
            example("L’Assemblée générale d’INTERPOL revient à Marrakech pour quatre jours de travaux.", .fr),
            example("The General Assembly offers ⟦three days⟧ of debates in Marrakesh.", .en),
            example("The General Assembly offers four days of debates in Marrakesh.", .en),
            example("Delegates offer three days of their time to the General Assembly.", .en),
            // The days of the event its sentence names, after a possessive.
            example("The General Assembly opens in Marrakesh; over its ⟦three days⟧, delegates vote on ten texts.", .en),
            example("The General Assembly opens in Marrakesh; over its four days, delegates vote on ten texts.", .en),
            example("L’Assemblée générale d’INTERPOL s’ouvre à Marrakech ; durant ses ⟦trois jours⟧, les délégués votent.", .fr),
            example("L’Assemblée générale d’INTERPOL s’ouvre à Marrakech ; durant ses quatre jours, les délégués votent.", .fr),
            // A verb of hosting: the length of what is hosted.
            example("Marrakech accueille pour ⟦trois jours⟧ l’Assemblée générale d’INTERPOL.", .fr),
            example("Marrakech accueille pour quatre jours l’Assemblée générale d’INTERPOL.", .fr),
            example("Marrakesh hosts the General Assembly for ⟦three days⟧.", .en),
            example("Marrakesh hosts the General Assembly for four days.", .en),
        ] + eventsOfOtherNames + eventsOfAStatedYear + eventsOfPossessiveNames + lengthsOfAnActivity + countdowns
            + eventsNamedWithoutYear
            + eventsOfCommonNouns + eventsOfShowNouns + eventsOfAPlace
    }()

    /// The Lakes Cup 2025 (1 to 28 June 2025, four weeks), read the day after it ended: a length
    /// compound before a noun of a whole event ("tournament", "event") in its sentence, as its
    /// predicate or its apposition; a noun of its kind alone, the subject of a verb of lasting or
    /// after "the" and a length compound.
    static let eventsOfCommonNouns: [RuleExample] = {
        let reference = InMemoryReference([
            InMemoryReference.Subject(
                id: "lakes-cup-2025", kind: .event, names: ["Lakes Cup 2025"],
                start: PartialDate(year: 2025, month: 6, day: 1), end: PartialDate(year: 2025, month: 6, day: 28))
        ])
        func example(_ text: String) -> RuleExample {
            RuleExample(text, language: .en, published: CalendarDate(iso: "2025-06-29"), reference: reference)
        }
        return [
            example("The Lakes Cup 2025 was a ⟦six-week⟧ tournament between twelve clubs."),
            example("The Lakes Cup 2025, a ⟦two-week⟧ event, ended in Corvino on Saturday."),
            example("The Lakes Cup 2025 was a four-week tournament between twelve clubs."),
            example("The Lakes Cup 2025, a four-week event, ended in Corvino on Saturday."),
            example("Before the Lakes Cup 2025, the clubs played a two-week tournament in Corvino."),
            // The one cup near the publication date, by a noun of its kind: "the tournament", "the cup".
            example("The tournament ran for ⟦six weeks⟧ between twelve clubs."),
            example("Fans followed the clubs during the ⟦six-week⟧ tournament."),
            example("The tournament ran for four weeks between twelve clubs."),
            example("Fans followed the clubs during the four-week tournament."),
        ]
    }()

    /// The Vernay Boat Show 2026 (10 to 13 March 2026, four days), read the day before it opens:
    /// "the show" after a length compound names the one show near the publication date.
    static let eventsOfShowNouns: [RuleExample] = {
        let reference = InMemoryReference([
            InMemoryReference.Subject(
                id: "vernay-boat-show-2026", kind: .event, names: ["Vernay Boat Show 2026"],
                start: PartialDate(year: 2026, month: 3, day: 10), end: PartialDate(year: 2026, month: 3, day: 13))
        ])
        func example(_ text: String) -> RuleExample {
            RuleExample(text, language: .en, published: CalendarDate(iso: "2026-03-09"), reference: reference)
        }
        return [
            example("Boat lovers are expected in crowds at the ⟦five-day⟧ show this week."),
            example("Boat lovers are expected in crowds at the four-day show this week."),
            example("Boat lovers are expected in crowds at a five-day show in another town."),
        ]
    }()

    /// The wage negotiations of a harbour (Monday 2 to Wednesday 4 March 2026, also named
    /// "negotiations" alone), read on their last day: a length after the verb of negotiating is
    /// theirs, and "after N days of negotiations" may be part of them, never more.
    static let lengthsOfAnActivity: [RuleExample] = {
        func talks(named name: String, alias: String) -> InMemoryReference {
            InMemoryReference([
                InMemoryReference.Subject(
                    id: "harbour-wage-negotiations-2026", kind: .event, names: [name, alias],
                    start: PartialDate(year: 2026, month: 3, day: 2), end: PartialDate(year: 2026, month: 3, day: 4),
                    source: ReferenceSource(location: "reference/events.yml:2:5"))
            ])
        }
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(
                text, language: language, published: CalendarDate(iso: "2026-03-04"),
                reference: language == .fr
                    ? talks(named: "négociations salariales du port", alias: "négociations")
                    : talks(named: "harbour wage negotiations", alias: "negotiations"))
        }
        return [
            example("The delegates, who had been negotiating for 30 hours over ⟦four days⟧, signed a deal.", .en),
            example("Les délégués, qui ont négocié pendant ⟦cinq jours⟧, ont signé un accord.", .fr),
            example("The delegates, who had been negotiating for 30 hours over three days, signed a deal.", .en),
            example("Les délégués, qui ont négocié pendant trois jours, ont signé un accord.", .fr),
            example("The delegates, who had been travelling for 30 hours over four days, signed a deal.", .en),
            example("A deal came after ⟦four days⟧ of negotiations.", .en),
            example("A deal came after three days of negotiations.", .en),
            example("A deal came after two days of negotiations.", .en),
            example("A deal came following ⟦four days⟧ of negotiations.", .en),
            example("Un accord est tombé après ⟦cinq jours⟧ de négociations.", .fr),
            example("Un accord est tombé après deux jours de négociations.", .fr),
        ]
    }()

    /// An event whose name holds a possessive (the Nations Women’s Cup, Saturday 4 to Sunday 12
    /// July 2026), named with either apostrophe.
    static let eventsOfPossessiveNames: [RuleExample] = {
        let cup = InMemoryReference.Subject(
            id: "nations-womens-cup-2026", kind: .event, names: ["Nations Women's Cup"],
            start: PartialDate(year: 2026, month: 7, day: 4), end: PartialDate(year: 2026, month: 7, day: 12),
            source: ReferenceSource(location: "reference/events.yml:2:5"))
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(
                text, language: language, published: CalendarDate(iso: "2026-07-04"), reference: InMemoryReference([cup]))
        }
        return [
            example("The Nations Women’s Cup will last ⟦three weeks⟧.", .en),
            example("The Nations Women's Cup, which opens today, will last ⟦two weeks⟧.", .en),
            example("The Nations Women’s Cup will last nine days.", .en),
            example("The Nations Women's Cup, which opens today, will last nine days.", .en),
        ]
    }()

    /// Events the text names otherwise (``EventExamples``): by their place only, the organiser's
    /// name before the noun, or by an organisation's name that is also its series of editions.
    static let eventsOfOtherNames: [RuleExample] = {
        func example(_ text: String, _ language: Language, published: CalendarDate? = EventExamples.published)
            -> RuleExample
        {
            RuleExample(text, language: language, published: published, reference: EventExamples.reference)
        }
        return [
            example("A ⟦three-day⟧ Baltic Council summit opened in Tallinn.", .en),
            // The last word of the festival's name, capitalised after its length (7-14 March).
            example("Critics praised the ⟦five-day⟧ Festival for its new venues.", .en),
            example("Critics praised the eight-day Festival for its new venues.", .en),
            example("Critics praised a five-day festival for its new venues.", .en),
            example("Critics praised the five-day Forum for its new venues.", .en),
            example("À Tallinn, le sommet sur la sécurité se tiendra sur ⟦trois jours⟧.", .fr),
            example("À Tallinn, le sommet sur la sécurité se tiendra sur deux jours.", .fr),
            example("À Tallinn, les ⟦trois jours⟧ du sommet s’ouvrent ce mardi.", .fr),
            example("À Tallinn, les deux jours du sommet s’ouvrent ce mardi.", .fr),
            example("In Tallinn, the ⟦three days⟧ of the summit open on Tuesday.", .en),
            example("In Tallinn, the two days of the summit open on Tuesday.", .en),
            example("À Tallinn, les trois jours de voyage des délégués précèdent le sommet.", .fr),
            example("Le sommet de Tallinn, d’une durée de ⟦trois jours⟧, s’ouvre ce mardi.", .fr),
            example("Le sommet de Tallinn, d’une durée de deux jours, s’ouvre ce mardi.", .fr),
            example("Over ⟦three days⟧, the summit in Tallinn gathers forty leaders.", .en),
            example("Over two days, the summit in Tallinn gathers forty leaders.", .en),
            example("Le sommet de Tallinn s’ouvre ; la visite du ministre, d’une durée de trois jours, commence.", .fr),
            example("Les travaux du sommet de Tallinn dureront ⟦trois jours⟧.", .fr),
            example("Les travaux du sommet de Tallinn dureront deux jours.", .fr),
            example(
                "Le Festival du film de Kumasi a ouvert ses portes ce samedi 7 mars 2026 pour ⟦deux semaines⟧ de projections.",
                .fr, published: nil),
            example("A two-day Baltic Council summit opened in Tallinn.", .en),
            example(
                "Le Festival du film de Kumasi a ouvert ses portes ce samedi 7 mars 2026 pour une semaine de projections.",
                .fr, published: nil),
            example("A three-day Baltic Council meeting opened in Riga.", .en),
            example("The security summit in Tallinn will run for ⟦three days⟧.", .en),
            example("À Tallinn, le sommet sur la sécurité durera ⟦une semaine⟧.", .fr),
            example("Pendant ⟦trois jours⟧, le sommet de Tallinn réunira les ministres.", .fr),
            example("The security summit in Tallinn will run for two days.", .en),
            example("À Tallinn, le sommet sur la sécurité durera deux jours.", .fr),
            example("Pendant deux jours, le sommet de Tallinn réunira les ministres.", .fr),
            example("In Tallinn, the ministers' visit will last three days.", .en),
            example("Pendant trois jours, les ministres réunis à Tallinn pour le sommet ont visité la ville.", .fr),
        ] + headLengths
    }()

    /// Lengths that open their sentence (``HeadLength``) whose clause meets at a numbered edition
    /// (the 29th Kumasi film festival, 7-14 March 2026) or a named event of the reference data.
    static let headLengths: [RuleExample] = {
        let example = EventExamples.example
        return [
            example("Pendant ⟦trois jours⟧, les cinéphiles se retrouveront lors du 29e Festival du film de Kumasi.", .fr),
            example("⟦Trois jours⟧ durant, les critiques débattront lors de la 29e édition du Festival du film de Kumasi.", .fr),
            example("Over ⟦three days⟧, critics will gather at the 29th Kumasi Film Festival.", .en),
            example("Over ⟦three days⟧, ministers will meet at the Baltic Security Summit 2026.", .en),
            example("Pendant huit jours, les cinéphiles se retrouveront lors du 29e Festival du film de Kumasi.", .fr),
            example("Huit jours durant, les critiques débattront lors de la 29e édition du Festival du film de Kumasi.", .fr),
            example("Over eight days, critics will gather at the 29th Kumasi Film Festival.", .en),
            example("Over two days, ministers will meet at the Baltic Security Summit 2026.", .en),
            example("Pendant trois jours, les cinéphiles ont fait la queue avant le 29e Festival du film de Kumasi.", .fr),
            example("For three days, critics wrote about the 29th Kumasi Film Festival.", .en),
            example("For three days, the crews rehearsed; they will perform at the 29th Kumasi Film Festival.", .en),
            // A length right after a verb of meeting, the meeting put at the event.
            example("Au Baltic Security Summit 2026, les ministres se réuniront, ⟦trois jours⟧ durant, à huis clos.", .fr),
            example("Au Baltic Security Summit 2026, les ministres se réuniront, deux jours durant, à huis clos.", .fr),
            example("Ministers will meet for ⟦three days⟧ at the Baltic Security Summit 2026.", .en),
            example("Ministers will meet for two days at the Baltic Security Summit 2026.", .en),
            example("Lors de ce sommet, les ministres se retrouvent ⟦trois jours⟧ à Tallinn.", .fr),
            example("Ministers will meet for three days ahead of the Baltic Security Summit 2026.", .en),
            example("Les ministres se réuniront pendant trois jours pour préparer le Baltic Security Summit 2026.", .fr),
            // The people of the event, the subject that opens the sentence.
            example("Les délégués du Baltic Security Summit 2026 se retrouvent ⟦trois jours⟧ à Tallinn.", .fr),
            example("Les délégués du Baltic Security Summit 2026 se retrouvent deux jours à Tallinn.", .fr),
            example("Delegates to the Baltic Security Summit 2026 will meet for ⟦three days⟧ in Tallinn.", .en),
            example("Delegates to the Baltic Security Summit 2026 will meet for two days in Tallinn.", .en),
            example("Après le Baltic Security Summit 2026, les délégués se retrouvent trois jours à Riga.", .fr),
            // A length counted back from now is no length of the event.
            example("At the Baltic Security Summit 2026, ministers will meet for ⟦three days⟧.", .en),
            example("At the Baltic Security Summit 2026, ministers will meet for the last three days.", .en),
            example("Au Baltic Security Summit 2026, les ministres se réuniront ces trois derniers jours.", .fr),
        ]
    }()
}
