import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// Examples published on Monday 24 November 2025, the opening day of the 93rd INTERPOL
    /// General Assembly (24–27 November, Marrakech).
    static let examples: [RuleExample] = {
        let reference = InMemoryReference([EditionDateMismatchRule.assembly])
        let published = CalendarDate(iso: "2025-11-24")
        func example(_ text: String, _ language: Language, reference: InMemoryReference? = reference) -> RuleExample {
            RuleExample(text, language: language, published: published, reference: reference)
        }
        /// Published on Friday 28 November 2025, the day after the General Assembly closed.
        func filed(_ text: String) -> RuleExample {
            RuleExample(text, language: .en, published: CalendarDate(iso: "2025-11-28"), reference: reference)
        }
        /// Read on Tuesday 7 July 2026, two days after the Kesra Marathon (``YearlessEventExamples``).
        func won(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(
                text, language: language, published: CalendarDate(iso: "2026-07-07"),
                reference: YearlessEventExamples.reference)
        }
        return [
            example(
                "L’Assemblée générale d’INTERPOL s’est ouverte lundi. L’Assemblée a adopté, ⟦mardi⟧ à Marrakech, une résolution.",
                .fr),
            // Someone else as the subject may tell of the days before the event.
            example(
                "L’Assemblée générale d’INTERPOL s’est ouverte lundi. Le Secrétaire général a salué, mardi à Marrakech, les délégués.",
                .fr),
            example("⟦Hier lundi⟧, les délégués sont arrivés à Marrakech.", .fr),
            example("The General Assembly kicked off ⟦Sunday⟧ in Marrakesh.", .en),
            example("L’Assemblée générale d’INTERPOL se clôturera ⟦vendredi⟧ à Marrakech.", .fr),
            example("L’Assemblée générale d’INTERPOL s’ouvre, ⟦ce mardi⟧, à Marrakech.", .fr),
            example("The General Assembly kicked off Monday in Marrakesh.", .en),
            // A verb of winning whose object is the event.
            won("Ana Ruiz won the Kesra Marathon on ⟦Saturday⟧ in record time.", .en),
            won("Ana Ruiz won the Kesra Marathon on Sunday in record time.", .en),
            won("Ana Ruiz a remporté ⟦samedi⟧ le marathon de Kesra en un temps record.", .fr),
            won("Ana Ruiz a remporté dimanche le marathon de Kesra en un temps record.", .fr),
            won("Ana Ruiz won on Saturday after the Kesra Marathon was called off.", .en),
            // A title won at the event; a race run; a start in the feminine; some other race.
            won("Ana Ruiz claimed the title at the Kesra Marathon on ⟦Saturday⟧ in record time.", .en),
            won("Ana Ruiz won the title in the Kesra Marathon on ⟦Saturday⟧ in record time.", .en),
            won("Ana Ruiz won the title in the Kesra Marathon on Sunday in record time.", .en),
            won("The Kesra Marathon was run on ⟦Saturday⟧ in light rain.", .en),
            won("The Kesra Marathon was run on Sunday in light rain.", .en),
            won("La course du marathon de Kesra 2026 s’est élancée ⟦samedi⟧ du port.", .fr),
            won("La course du marathon de Kesra 2026 s’est élancée dimanche du port.", .fr),
            won("Ana Ruiz won a race in Lyon on Saturday, a week after the Kesra Marathon.", .en),
            // A year compared with is not the sentence's.
            won("The Kesra Marathon, which ended on ⟦Saturday⟧, drew more runners than in 2025.", .en),
            won("The Kesra Marathon, which ended on Sunday, drew more runners than in 2025.", .en),
            won("The Kesra Marathon, which ended on Saturday in 2025, drew few runners.", .en),
            // A year a since clause looks back to sets the sentence in no other year.
            won("Ana Ruiz won the Kesra Marathon on ⟦Saturday⟧, the first local winner since Lea Marr won it in 1994.", .en),
            won("Ana Ruiz won the Kesra Marathon on Saturday, as Lea Marr did in 1994.", .en),
            // A dateline a day before the publication date is the day the piece was written.
            filed("MARRAKESH, Nov. 27 (Wire) - The General Assembly will close on Thursday with a vote on the budget."),
            filed("The General Assembly will close on ⟦Thursday⟧ with a vote on the budget."),
            // A place between the verb and the weekday does not count in its reach.
            example("The General Assembly kicked off in Marrakesh, the Red City of Morocco, on ⟦Sunday⟧.", .en),
            example("The General Assembly kicked off in Marrakesh, the Red City of Morocco, on Monday.", .en),
            example("L’Assemblée générale d’INTERPOL s’est ouverte à Marrakech, au Maroc, ⟦dimanche⟧.", .fr),
            example("L’Assemblée générale d’INTERPOL s’est ouverte à Marrakech, au Maroc, lundi.", .fr),
            example("The General Assembly kicks off in the northern suburb of Agdal on ⟦Tuesday⟧.", .en),
            example("The General Assembly kicks off in the northern suburb of Agdal on Monday.", .en),
            example("The General Assembly got under way on ⟦Tuesday⟧ in Marrakesh.", .en),
            example("The General Assembly got under way on Monday in Marrakesh.", .en),
            example("The General Assembly commenced on ⟦Tuesday⟧ in Marrakesh.", .en),
            example("The General Assembly commenced on Monday in Marrakesh.", .en),
            // The event as the verb's object.
            example("The King of Morocco opened the General Assembly on ⟦Tuesday⟧ in Marrakesh.", .en),
            example("The King of Morocco opened the General Assembly on Monday in Marrakesh.", .en),
            example("Police closed the assembly grounds on Tuesday in Marrakesh.", .en),
            example("The minister opened talks with the General Assembly hosts on Tuesday.", .en),
            // A part with days of its own.
            example("The counting of ballots for the assembly on Sunday took all night.", .en),
            example("In Marrakesh the side talks opened on Sunday, ahead of the General Assembly.", .en),
            example("Le forum, prévu les 24 et 25 novembre 2025, s’ouvre ⟦ce mardi⟧ à Rabat.", .fr, reference: nil),
            example("Le forum, prévu les 24 et 25 novembre 2025, s’ouvre ce lundi à Rabat.", .fr, reference: nil),
            example("Le procès s’est ouvert ⟦ce mercredi⟧ au tribunal de Rennes.", .fr, reference: nil),
            example("Le procès s’est ouvert ce dimanche devant la cour d’appel de Rennes.", .fr, reference: nil),
            example(
                "Le procès s’est ouvert ce mercredi, et non le 19 novembre 2025 comme prévu.", .fr, reference: nil),
            example("The signing ceremony took place ⟦this Thursday⟧ in Porto.", .en, reference: nil),
            example("The signing ceremony took place this Sunday in Porto.", .en, reference: nil),
            // A bare participle of an event taking place is a past.
            example("Au forum de Rennes tenu ⟦ce mercredi⟧, la ministre a parlé.", .fr, reference: nil),
            example("Au forum de Rennes tenu ce dimanche, la ministre a parlé.", .fr, reference: nil),
            example("At the Porto forum held ⟦this Thursday⟧, the minister spoke.", .en, reference: nil),
            example("At the Porto forum held this Sunday, the minister spoke.", .en, reference: nil),
            example("At the Porto forum to be held this Thursday, the minister will speak.", .en, reference: nil),
            example("Le forum, qui s’est tenu ⟦ce jeudi⟧ à Rennes, a réuni mille visiteurs.", .fr, reference: nil),
            example("Au forum de Rennes tenu ⟦ce mercredi⟧, la ministre a dit que le vote aura lieu le 9 mars 2026.", .fr, reference: nil),
            // A weekday that carries its own date is read against that date only.
            example("The General Assembly closed early on Wednesday (November 26) in Marrakesh.", .en),
            example("The General Assembly kicked off on Sunday, November 23, in Marrakesh.", .en),
            example("L’Assemblée générale d’INTERPOL s’est ouverte dimanche (23 novembre) à Marrakech.", .fr),
            // The event that only completes another noun is not what opens or closes.
            example("The counting of ballots for the General Assembly ended on Sunday in Marrakesh.", .en),
            example("Le tirage au sort des délégués de l’Assemblée générale d’INTERPOL s’est achevé dimanche.", .fr),
            example("The opening ceremony of the General Assembly kicked off ⟦Sunday⟧ in Marrakesh.", .en),
            example("The opening ceremony of the General Assembly kicked off Monday in Marrakesh.", .en),
            example("La cérémonie de clôture de l’Assemblée générale d’INTERPOL s’achèvera ⟦mercredi⟧.", .fr),
            example("La cérémonie de clôture de l’Assemblée générale d’INTERPOL s’achèvera jeudi.", .fr),
            // An opening or closing ceremony is the event's first or last day.
            example("La cérémonie d’ouverture de l’Assemblée générale d’INTERPOL s’est tenue ⟦dimanche⟧.", .fr),
            example("La cérémonie d’ouverture de l’Assemblée générale d’INTERPOL s’est tenue lundi.", .fr),
            example("The opening ceremony of the General Assembly on ⟦Sunday⟧ drew a thousand delegates.", .en),
            example("The opening ceremony of the General Assembly on Monday drew a thousand delegates.", .en),
            example("La cérémonie de clôture de l’Assemblée générale d’INTERPOL, ⟦mercredi⟧, réunira les ministres.", .fr),
            example("La cérémonie de clôture de l’Assemblée générale d’INTERPOL, jeudi, réunira les ministres.", .fr),
            example("The General Assembly's closing ceremony is set for ⟦Wednesday⟧ in Marrakesh.", .en),
            example("The General Assembly's closing ceremony is set for Thursday in Marrakesh.", .en),
            // The weekday of another verb, or a ceremony of no event the sentence names.
            example("After the opening ceremony of the General Assembly, delegates met on Sunday.", .en),
            example("Ministers who attended the opening ceremony on Sunday met again in Rabat.", .en),
            example("A rehearsal of the opening ceremony of the General Assembly on Sunday blocked the streets.", .en),
            example("Avant la cérémonie d’ouverture de l’Assemblée générale d’INTERPOL, dimanche, les délégués ont voté.", .fr),
            example("La répétition de la cérémonie d’ouverture de l’Assemblée générale d’INTERPOL, dimanche, a bloqué les rues.", .fr),
            example("The first day of the General Assembly ended on Monday in Marrakesh.", .en),
            RuleExample(
                "Le vote aura lieu ⟦ce lundi⟧ à Rennes.", language: .fr, published: CalendarDate(iso: "2026-03-11")),
            RuleExample("Le vote aura lieu ce vendredi à Rennes.", language: .fr, published: CalendarDate(iso: "2026-03-11")),
            // The dateline's own date gives the publication date; it does not date the sentence.
            RuleExample("RENNES, 11 mars 2026 (AFP) - Le vote a eu lieu ⟦ce vendredi⟧ à la mairie.", language: .fr),
            RuleExample("RENNES, 11 mars 2026 (AFP) - Le vote a eu lieu ce lundi à la mairie.", language: .fr),
            RuleExample("PORTO, March 11, 2026 (Reuters) - The vote took place ⟦this Friday⟧ at city hall.", language: .en),
            RuleExample(
                "Le vote, fixé au 11 mars 2026, a eu lieu ce vendredi à la mairie.", language: .fr,
                published: CalendarDate(iso: "2026-03-11")),
            RuleExample(
                "The vote will take place ⟦this Monday⟧ in Porto.", language: .en, published: CalendarDate(iso: "2026-03-11")),
            RuleExample(
                "The vote will take place this Friday in Porto.", language: .en, published: CalendarDate(iso: "2026-03-11")),
            example("L’Assemblée générale d’INTERPOL se clôturera jeudi à Marrakech.", .fr),
            example("L’Assemblée générale d’INTERPOL s’ouvre, ce lundi, à Marrakech.", .fr),
            example("Le grand marché de Marrakech ouvre samedi, comme chaque semaine.", .fr),
            example("Delegates to the General Assembly arrived in Marrakesh on Thursday.", .en),
            example("The General Assembly voted on ⟦Thursday⟧ in Marrakesh.", .en),
            example("In Marrakesh, the delegates voted on ⟦Thursday⟧ during the General Assembly.", .en),
            example("In Marrakesh, the delegates voted on Thursday ahead of the General Assembly.", .en),
            example(
                "L’Assemblée générale d’INTERPOL s’ouvre lundi à Marrakech. La session ordinaire s’est ouverte ⟦samedi⟧ à Marrakech.",
                .fr),
            example(
                "L’Assemblée générale d’INTERPOL s’ouvre lundi à Marrakech. La session ordinaire du Comité exécutif s’est ouverte samedi à Marrakech.",
                .fr),
            example("The Secretary General of the General Assembly told reporters on Thursday in Marrakesh that all was ready.", .en),
            example("Le Secrétaire général de l’Assemblée générale d’INTERPOL a déclaré jeudi à Marrakech que tout était prêt.", .fr),
            example(
                "On November 14, 2025, delegates to the General Assembly said they had arrived in Marrakesh on Thursday.",
                .en),
            example(
                "La conférence se tient du 24 au 27 novembre 2025. Les ministres ont voté ⟦mercredi⟧ lors de la conférence.",
                .fr, reference: nil),
            example("⟦Mardi dernier⟧, à Marrakech, l’Assemblée générale d’INTERPOL a adopté une résolution.", .fr),
            example(
                "Le Secrétaire général de l’Assemblée générale d’INTERPOL a salué, lundi à Marrakech, les délégués.",
                .fr),
            example("Les délégués de l’Assemblée générale d’INTERPOL voteront mardi à Marrakech.", .fr),
            example("Les délégués de l’Assemblée générale d’INTERPOL sont arrivés dimanche à Marrakech.", .fr),
            example("Aujourd’hui lundi, l’Assemblée générale d’INTERPOL s’ouvre à Marrakech.", .fr),
            example("Pendant l’Assemblée générale d’INTERPOL, le marché a ouvert du lundi au vendredi.", .fr),
            example("The General Assembly will close in Marrakesh on Thursday.", .en),
            // An event noun borrows the event under way, unless its sentence names a body of its own.
            example("L’Assemblée générale d’INTERPOL réunit les polices du monde. La session s’ouvre ⟦vendredi⟧.", .fr),
            example("The INTERPOL General Assembly brings police chiefs together. The session opens on ⟦Friday⟧.", .en),
            example("L’Assemblée générale d’INTERPOL réunit les polices du monde. La session du Mercosur s’ouvre vendredi.", .fr),
            example("The INTERPOL General Assembly brings police chiefs together. The Mercosur session opens on Friday.", .en),
            example(
                "L’Assemblée générale d’INTERPOL réunit les polices du monde.\n\nLe 20e sommet de l’Union des ports du Nord s’ouvre vendredi.",
                .fr),
            RuleExample(
                "Le Secrétaire général de l’Assemblée générale d’INTERPOL a salué, mardi à Marrakech, les délégués.",
                language: .fr, reference: reference),
            // An end planned or due, in the infinitive.
            example("L’Assemblée générale d’INTERPOL doit s’achever ⟦mercredi⟧ à Marrakech.", .fr),
            example("L’Assemblée générale d’INTERPOL doit s’achever jeudi à Marrakech.", .fr),
            example("L’Assemblée générale d’INTERPOL devait s’ouvrir ⟦mardi⟧ à Marrakech.", .fr),
            example("L’Assemblée générale d’INTERPOL, qui doit s’achever jeudi, se poursuit mardi à Marrakech.", .fr),
        ] + eventsKnownByPlace + textEvents + votes + sessions + overtime + yearNamedEditions + numberedEditions + disasters + kindNouns + openings
            + meetings + weekdayRanges + officialOpenings + sharedSpellingRaces + bracketedAcronyms + yearlessEvents + historyAndDateline
            + anniversaryDays + saidAfterwards
    }()

    /// Words said about a day of the week before publication, on Monday 4 May 2026: they were
    /// said after it.
    static let saidAfterwards: [RuleExample] = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2026-05-04"))
        }
        return [
            example("Some 5,000 walkers finished the Kesra trail on Sunday (May 3), organisers said on ⟦Tuesday⟧.", .en),
            example("Some 5,000 walkers finished the Kesra trail on Sunday (May 3), organisers said on Monday.", .en),
            example("Some 5,000 walkers finished the Kesra trail on Sunday, May 3, organisers said ⟦Saturday⟧.", .en),
            example("Quelque 5 000 marcheurs ont terminé le sentier de Kesra le 3 mai, a indiqué ⟦mardi⟧ l’organisation.", .fr),
            example("Quelque 5 000 marcheurs ont terminé le sentier de Kesra le 3 mai, a indiqué lundi l’organisation.", .fr),
            // Words said before the day may announce it.
            example("Some 5,000 walkers will finish the Kesra trail on Sunday (May 3), organisers said on Tuesday.", .en),
            example("Some 5,000 walkers were expected on the Kesra trail on Sunday (May 3), organisers said on Tuesday.", .en),
            // A day long past is no day the words come after.
            example("The Kesra trail opened on April 2, organisers said on Tuesday.", .en),
        ]
    }()

    /// Talks that run over close a day or two after the last day planned: the 93rd INTERPOL
    /// General Assembly (24–27 November 2025), published on Sunday 30 November.
    static let overtime: [RuleExample] = {
        let reference = InMemoryReference([EditionDateMismatchRule.assembly])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2025-11-30"), reference: reference)
        }
        return [
            example("The General Assembly in Marrakesh, due to end on Thursday, closed on Saturday.", .en),
            example("L’Assemblée générale d’INTERPOL s’est achevée samedi à Marrakech, après prolongation.", .fr),
            example("The General Assembly closed on ⟦Wednesday⟧ in Marrakesh.", .en),
            // Four days of talks with no word of an overrun: a day after the last is not the closing.
            example("The General Assembly closed on ⟦Friday⟧ in Marrakesh.", .en),
            // A capitalised article after a dateline names no other event.
            example("MARRAKESH – The General Assembly closed on ⟦Wednesday⟧.", .en),
        ]
    }()

    /// A year-long session of a council whose 12th session closed on Monday 9 March 2026 and whose
    /// 13th opened on Tuesday 10 March, a boat show of 6 to 9 March and a drive opened on Friday 6
    /// March with no last day, published on Wednesday 11 March.
    static let sessions: [RuleExample] = {
        let council = InMemoryReference.Subject(
            id: "harbour-council-sessions", kind: .series, names: ["Harbour Council", "Conseil des ports"],
            editions: [
                ReferenceEdition(
                    number: 12, start: PartialDate(year: 2025, month: 3, day: 11),
                    end: PartialDate(year: 2026, month: 3, day: 9), source: ReferenceSource(location: "council.yml:3:9")),
                ReferenceEdition(
                    number: 13, start: PartialDate(year: 2026, month: 3, day: 10),
                    end: PartialDate(year: 2027, month: 3, day: 8), source: ReferenceSource(location: "council.yml:4:9")),
            ])
        // Two events of the reference: one with its last day, one with a first day only.
        let show = InMemoryReference.Subject(
            id: "harbour-show-2026", kind: .event, names: ["Harbour Boat Show 2026"],
            start: PartialDate(year: 2026, month: 3, day: 6), end: PartialDate(year: 2026, month: 3, day: 9),
            source: ReferenceSource(location: "events.yml:2:5"))
        let drive = InMemoryReference.Subject(
            id: "harbour-drive-2026", kind: .event, names: ["Harbour Clean-up Drive 2026"],
            start: PartialDate(year: 2026, month: 3, day: 6), source: ReferenceSource(location: "events.yml:8:5"))
        let reference = InMemoryReference([council, show, drive])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2026-03-11"), reference: reference)
        }
        return [
            example("The 13th session of the Harbour Council opened on ⟦Monday⟧.", .en),
            example("The 13th session of the Harbour Council opened on Tuesday.", .en),
            example("La 13e session du Conseil des ports s’est ouverte ⟦lundi⟧.", .fr),
            example("La 13e session du Conseil des ports s’est ouverte mardi.", .fr),
            example("The 12th session of the Harbour Council closed on Monday.", .en),
            // Without a number, the sentence may speak of either session.
            example("The session of the Harbour Council opened on Monday.", .en),
            // A closing day is read only for an event whose last day the reference data gives.
            example("The Harbour Boat Show 2026 closed on ⟦Sunday⟧.", .en),
            example("The Harbour Clean-up Drive 2026 was extended after it was to close on Sunday.", .en),
            example("The Harbour Clean-up Drive 2026 opened on ⟦Saturday⟧.", .en),
        ]
    }()

    /// A vote of the reference data known by its place: a referendum in Tartu on Sunday 8 March
    /// 2026, published on Tuesday 10 March, or without a publication date.
    static let votes: [RuleExample] = {
        let tartu = InMemoryReference.Subject(id: "tartu", kind: .place, names: ["Tartu"])
        let referendum = InMemoryReference.Subject(
            id: "tartu-referendum-2026", kind: .event, names: ["Tartu referendum 2026"],
            start: PartialDate(year: 2026, month: 3, day: 8), end: PartialDate(year: 2026, month: 3, day: 8),
            placeSpellings: ["Tartu"], source: ReferenceSource(location: "reference/events.yml:9:5"))
        let reference = InMemoryReference([tartu, referendum])
        // A second vote at the same place leaves « le scrutin » unknown.
        let otherVote = InMemoryReference.Subject(
            id: "tartu-council-election-2025", kind: .event, names: ["Tartu council election 2025"],
            start: PartialDate(year: 2025, month: 10, day: 19), end: PartialDate(year: 2025, month: 10, day: 19),
            placeSpellings: ["Tartu"], source: ReferenceSource(location: "reference/events.yml:15:5"))
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: EventExamples.published, reference: reference)
        }
        func undated(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: reference)
        }
        return [
            example("À Tartu, le scrutin s’est déroulé ⟦samedi⟧ dans le calme.", .fr),
            example("À Tartu, le scrutin s’est déroulé dimanche dans le calme.", .fr),
            example("In Tartu, the vote, held on ⟦Saturday⟧, drew crowds.", .en),
            example("In Tartu, the vote, held on Sunday, drew crowds.", .en),
            example("À Tartu, le scrutin du Conseil balte s’est déroulé samedi dans le calme.", .fr),
            example("À Tartu, le vote de la diaspora s’est déroulé samedi dans le calme.", .fr),
            example("À Tartu, le dépouillement des bulletins du scrutin s’est déroulé samedi.", .fr),
            example("In Tartu, the counting of ballots for the vote took place on Saturday.", .en),
            // Without a publication date: the one vote held at the place the paragraph names.
            undated("La cour a validé le résultat du scrutin qui s’est déroulé ⟦samedi dernier⟧. Tartu attend.", .fr),
            undated("La cour a validé le résultat du scrutin qui s’est déroulé dimanche dernier. Tartu attend.", .fr),
            undated("In Tartu, the court upheld the result of the poll held ⟦last Saturday⟧.", .en),
            undated("In Tartu, the court upheld the result of the poll held last Sunday.", .en),
            undated("La cour a validé le résultat du scrutin qui s’est déroulé samedi dernier. Narva attend.", .fr),
            RuleExample(
                "À Tartu, le scrutin s’est tenu samedi dernier.", language: .fr,
                reference: InMemoryReference([tartu, referendum, otherVote])),
        ]
    }()

    /// Events the text alone dates, published on Tuesday 10 March 2026: a fair of 9–12 March,
    /// one happening given two weekdays.
    static let textEvents: [RuleExample] = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2026-03-10"))
        }
        return [
            example("Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon a fermé ⟦samedi⟧.", .fr),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. L’an dernier, le salon avait fermé samedi.",
                .fr),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. In 2019 the festival closed on Saturday.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. Last year the festival closed on Saturday.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival closed on ⟦Saturday⟧.", .en),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon a été inauguré ⟦samedi⟧ par le maire.",
                .fr),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon a été inauguré lundi par le maire.",
                .fr),
            example(
                "Two strong earthquakes hit the north of the island early on ⟦Sunday. The toll from Monday’s⟧ earthquake stands at 300.",
                .en),
            example(
                "Two strong earthquakes hit the north of the island early on Monday. The toll from Monday’s earthquake stands at 300.",
                .en),
            example(
                "Le séisme a frappé le nord de l’île ⟦dimanche à l’aube. Le bilan du séisme de lundi⟧ s’élève à 300 morts.",
                .fr),
            example(
                "Le séisme a frappé le nord de l’île lundi à l’aube. Le bilan du séisme de lundi s’élève à 300 morts.",
                .fr),
            example("The storm hit the coast on Sunday. Monday’s vote was postponed.", .en),
            example("The board meeting was held on Tuesday. Thursday’s meeting will approve the budget.", .en),
            example("Talks were held on Monday in Geneva. Tuesday’s talks ended late.", .en),
            example(
                "Les rencontres du livre ont lieu du 9 au 12 mars 2026 à Rouen. Les rencontres se sont achevées ⟦samedi⟧.",
                .fr),
            example(
                "Les rencontres du livre ont lieu du 9 au 12 mars 2026 à Rouen. Les rencontres s’achèveront jeudi.", .fr),
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Le festival prendra fin ⟦vendredi⟧.", .fr),
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Le festival prendra fin jeudi.", .fr),
            example(
                "Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Le festival a été lancé ⟦dimanche⟧.", .fr),
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Le festival se refermera ⟦vendredi⟧.", .fr),
            example("The film festival runs from 9 to 12 March 2026 in Nantes. The festival will wrap up on ⟦Friday⟧.", .en),
            example("The film festival runs from 9 to 12 March 2026 in Nantes. The festival will wrap up on Thursday.", .en),
            // A weekday that opens the sentence, or a participle before it: the event follows.
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. ⟦Dimanche⟧, le festival a ouvert ses portes.", .fr),
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Lundi, le festival a ouvert ses portes.", .fr),
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Dimanche, le maire a dit que le festival ouvrirait.", .fr),
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Ouvert ⟦dimanche⟧, le festival accueille 90 films.", .fr),
            example("Le festival du film se tient du 9 au 12 mars 2026 à Nantes. Ouvert lundi, le festival accueille 90 films.", .fr),
            example("The film festival runs from 9 to 12 March 2026 in Nantes. On ⟦Sunday⟧, the festival opened its doors.", .en),
            example("The film festival runs from 9 to 12 March 2026 in Nantes. Opened on ⟦Sunday⟧, the festival shows 90 films.", .en),
            example("The film festival runs from 9 to 12 March 2026 in Nantes. Opened on Monday, the festival shows 90 films.", .en),
            // A part of the day after the weekday, "last" / « dernier » and "next" / « prochain » before or after it.
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon a fermé ses portes ⟦samedi⟧ soir.", .fr),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon fermera ses portes jeudi soir.", .fr),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival ended on ⟦Monday⟧ evening.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival closed ⟦Thursday⟧ in Rouen.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival will resume on ⟦Monday⟧.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival will resume on Wednesday.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival will close ⟦next Monday⟧.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival will close next Thursday.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival opened ⟦last Thursday⟧.", .en),
            example(
                "The book festival runs from 9 to 12 March 2026 in Rouen. The festival opened last Monday.", .en),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon fermera ⟦lundi prochain⟧.", .fr),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon fermera jeudi prochain.", .fr),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon a ouvert ⟦jeudi dernier⟧.", .fr),
            example(
                "Le salon du livre se tient du 9 au 12 mars 2026 à Rouen. Le salon a ouvert lundi dernier.", .fr),
        ]
    }()

    /// An event of the reference data that the text knows only by its place (``EventExamples``,
    /// a summit in Tallinn on Tuesday 10 and Wednesday 11 March 2026, published on the 10th).
    static let eventsKnownByPlace: [RuleExample] = {
        let example = EventExamples.example
        return [
            example("A two-day security summit kicked off ⟦Monday⟧ in Tallinn.", .en),
            example("Le sommet sur la sécurité s’est ouvert ⟦lundi⟧ à Tallinn.", .fr),
            example("A two-day security summit will start its work “⟦Monday⟧” in Tallinn.", .en),
            example("A two-day security summit kicked off Tuesday in Tallinn.", .en),
            example("Le sommet sur la sécurité s’est ouvert mardi à Tallinn.", .fr),
            example("A trade fair opened on Monday in Tallinn.", .en),
            example("The summit in Tallinn opened on Tuesday, a day after the ministers' meeting ended on Monday.", .en),
            example("« Le sommet s’ouvre lundi », avait annoncé le ministre à Tallinn la semaine dernière.", .fr),
            // An event noun with a name of its own is another event, held before.
            example("In Tallinn, the forum opened on ⟦Monday⟧.", .en),
            example("In Tallinn, the Youth Forum opened on Monday.", .en),
            // A verb of taking place after the event's own name: one of its days near the publication date.
            example("The Baltic Security Summit 2026 is being held on ⟦Friday⟧ in Tallinn.", .en),
            example("The Baltic Security Summit 2026 is being held on Wednesday in Tallinn.", .en),
            example("The Baltic Security Summit 2026 took place on ⟦Sunday⟧ in Tallinn.", .en),
            example("Le Baltic Security Summit 2026 se tient ⟦jeudi⟧ à Tallinn.", .fr),
            example("Le Baltic Security Summit 2026 se tient mercredi à Tallinn.", .fr),
            example("La conférence des ministres s’est tenue lundi à Tallinn.", .fr),
            // A headline without a verb: the weekday right after the event's name is one of its days.
            example("Le Baltic Security Summit 2026 ⟦ce jeudi⟧ à Tallinn", .fr),
            example("Le Baltic Security Summit 2026 ce mercredi à Tallinn", .fr),
            example("Baltic Security Summit 2026 ⟦this Friday⟧ in Tallinn", .en),
            example("Baltic Security Summit 2026 this Wednesday in Tallinn", .en),
            example("Le Baltic Security Summit 2026 reporté ce jeudi à Tallinn", .fr),
            example("Un bilan du Baltic Security Summit 2026 ce jeudi à Tallinn", .fr),
            // Running text: the weekday right after the event's name and its place is one of its days.
            example("Three ministers spoke at the Baltic Security Summit 2026 in Tallinn on ⟦Friday⟧.", .en),
            example("Three ministers spoke at the Baltic Security Summit 2026 in Tallinn on Wednesday.", .en),
            example("Trois ministres ont pris la parole au Baltic Security Summit 2026 à Tallinn ⟦vendredi⟧.", .fr),
            example("Trois ministres ont pris la parole au Baltic Security Summit 2026 à Tallinn mercredi.", .fr),
            example("Three ministers met ahead of the Baltic Security Summit 2026 in Tallinn on Friday.", .en),
            example("Trois ministres se sont vus avant le Baltic Security Summit 2026 à Tallinn vendredi.", .fr),
            example("Three ministers spoke about the Baltic Security Summit 2026 in Tallinn, on Friday.", .en),
            example("The Baltic Security Summit 2026 in Tallinn on ⟦Friday⟧ drew three ministers.", .en),
            example("Trois ministres ont parlé lors du Baltic Security Summit 2026 à Tallinn ⟦vendredi⟧.", .fr),
            example("The minister will brief reporters on the Baltic Security Summit 2026 on Friday.", .en),
            example("Tallinn won a security award at the Baltic Security Summit 2026 on ⟦Friday⟧.", .en),

        ]
    }()
}
