import FactDeskKit

/// Rule `elapsed-years-mismatch`: a number of years that ran from a year the same sentence gives
/// to the time of the text, and that the calendar contradicts: « a brisé 25 ans de disette,
/// après le titre de 1997 » in 2025 is 28 years; "a first in 20 years, since it last met here
/// in 1996", in 2026, is 30.
///
/// The years must be followed, within a few words and not right after them ("three years after
/// the 2019 flood" places another event, of unknown date), by "après", "depuis", "since" or
/// "after", then by a year alone, with no other date between; right after them only in a
/// sentence in the present (``PresentElapsedYears``: "The fair opens 30 years after its first
/// edition in 1996"). The time of the text is the
/// publication year (else the text's own, ``TextTime``), or another year the sentence writes; the count may fall one short (the
/// anniversary day may not have come yet).
///
/// Years ago that date an edition of a series the sentence names ("the previous summit, three
/// years ago", « le dernier sommet, il y a deux ans ») are read against that edition's year in
/// the reference data (``EditionYearsAgo``); years since a founding ("70 years after its
/// founding", « créée il y a 70 ans ») against the founding year of the subject the sentence
/// names (``foundingFinding(_:stated:published:check:)``).
struct ElapsedYearsMismatchRule: DateRule {
    static let published = CalendarDate(iso: "2026-03-10")

    let descriptor = RuleDescriptor(
        id: "elapsed-years-mismatch", severity: .error,
        summary: "A number of years since a year the text gives that the calendar contradicts.",
        examples: [
            RuleExample(
                "L’équipe a mis fin à ⟦22 ans d’attente, depuis son dernier titre en 2001⟧.", language: .fr,
                published: published),
            RuleExample(
                "Il y a ⟦40 ans⟧ naissait le Festival du film de Kumasi.", language: .fr,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "Le Festival du film de Kumasi a vu le jour il y a ⟦40 ans⟧.", language: .fr,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "The Kumasi Film Festival came into being ⟦40 years⟧ ago.", language: .en,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "Il y a 54 ans naissait le Festival du film de Kumasi.", language: .fr,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "The Kumasi Film Festival came into being 54 years ago.", language: .en,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "Forty years ago, the Kumasi Film Festival held its first gala.", language: .en,
                published: EventExamples.published, reference: EventExamples.reference),
            RuleExample(
                "The club hosts the final for the first time in ⟦twenty years, since it last did in 1996⟧.",
                language: .en, published: published),
            RuleExample(
                "Le samedi 14 mars 2026, l’équipe a mis fin à ⟦22 ans d’attente, depuis son dernier titre en 2001⟧.",
                language: .fr),
            RuleExample(
                "L’équipe a mis fin à 25 ans d’attente, depuis son dernier titre en 2001.", language: .fr,
                published: published),
            RuleExample(
                "Le samedi 14 mars 2026, l’équipe a mis fin à 25 ans d’attente, depuis son dernier titre en 2001.",
                language: .fr),
            RuleExample(
                "Le 14 mars 2016 et le 2 mai 2026, l’équipe a vu 22 ans d’attente, depuis son titre en 2001.",
                language: .fr),
            RuleExample(
                "The club hosts the final for the first time in thirty years, since it last did in 1996.",
                language: .en, published: published),
            RuleExample(
                "Trois ans après la crue de 2019, la digue a été reconstruite.", language: .fr, published: published),
            RuleExample(
                "The fair opens ⟦20 years after its first edition in 1996⟧.", language: .en, published: published),
            RuleExample("The fair opens 30 years after its first edition in 1996.", language: .en, published: published),
            RuleExample(
                "⟦Vingt ans après les régates courues en 1996⟧, la ville accueille de nouveau les rameurs.", language: .fr,
                published: published),
            RuleExample(
                "Trente ans après les régates courues en 1996, la ville accueille de nouveau les rameurs.", language: .fr,
                published: published),
            RuleExample(
                "Les régates reviennent ⟦vingt ans après celles de Porto, disputées en 1996⟧.", language: .fr,
                published: published),
            RuleExample(
                "The regatta returns ⟦20 years after 1996⟧, when the town staged it first.", language: .en,
                published: published),
            RuleExample(
                "Three years after the 2019 flood, the town rebuilt the dike.", language: .en, published: published),
            RuleExample(
                "Vingt ans après les régates courues en 1996, la ville accueillait de nouveau les rameurs.", language: .fr,
                published: published),
            RuleExample(
                "En 2020, le club a mis fin à 19 ans d’attente, depuis son dernier titre en 2001.", language: .fr,
                published: published),
            RuleExample(
                "The council meets in Porto for the first time in ⟦20 years: it last met there in 1996⟧.",
                language: .en, published: published),
            RuleExample(
                "The council meets in Porto for the first time in 30 years: it last met there in 1996.",
                language: .en, published: published),
            RuleExample(
                "Au pouvoir depuis ⟦1996, le président s’est retiré après 20 ans⟧ de règne.", language: .fr,
                published: published),
            RuleExample(
                "Au pouvoir depuis 1996, le président s’est retiré après 30 ans de règne.", language: .fr,
                published: published),
            RuleExample(
                "The party won, ending ⟦20 years of opposition rule that began in 1996⟧.", language: .en,
                published: published),
            RuleExample(
                "The party won, ending 30 years of opposition rule that began in 1996.", language: .en,
                published: published),
            RuleExample(
                "Depuis 1996, le club a gagné trois titres en 20 ans.", language: .fr, published: published),
            RuleExample(
                "The Greens spent 16 years in opposition after 1997.", language: .en, published: published),
            RuleExample(
                "Les Verts ont passé 16 ans dans l’opposition après 1997.", language: .fr, published: published),
            RuleExample(
                "Depuis le dernier tir de la fusée en ⟦2025, il y a trois ans⟧, l’Europe attend.", language: .fr,
                published: published),
            RuleExample(
                "Depuis le dernier tir de la fusée en 2023, il y a trois ans, l’Europe attend.", language: .fr,
                published: published),
            RuleExample(
                "The last launch took place ⟦three years ago, in 2025⟧.", language: .en, published: published),
            RuleExample("The last launch took place three years ago, in 2023.", language: .en, published: published),
            // One short may be right; one over never is, from a publication date.
            RuleExample("The last launch took place two years ago, in 2023.", language: .en, published: published),
            RuleExample(
                "The last launch took place ⟦four years ago, in 2023⟧.", language: .en, published: published),
            RuleExample(
                "Le dernier tir a eu lieu il y a ⟦quatre ans, en 2023⟧.", language: .fr, published: published),
            RuleExample(
                "Créé en 2020, le salon, né il y a ⟦sept ans⟧, revient à Kesra.", language: .fr, published: published),
            RuleExample(
                "Créé en 2020, le salon, né il y a six ans, revient à Kesra.", language: .fr, published: published),
            RuleExample(
                "La charte a été signée il y a ⟦vingt ans à Porto, en 1996⟧.", language: .fr, published: published),
            RuleExample("La charte a été signée il y a trente ans à Porto, en 1996.", language: .fr, published: published),
            RuleExample("The charter was signed ⟦20 years ago in Porto, in 1996⟧.", language: .en, published: published),
            RuleExample("The charter was signed 30 years ago in Porto, in 1996.", language: .en, published: published),
            RuleExample("Il y a ⟦douze ans (4 mai 2016⟧), une crue a ravagé le port.", language: .fr, published: published),
            RuleExample("Il y a dix ans (4 mai 2016), une crue a ravagé le port.", language: .fr, published: published),
            RuleExample("⟦Twelve years ago (May 4, 2016⟧), a flood hit the port.", language: .en, published: published),
            RuleExample("Ten years ago (May 4, 2016), a flood hit the port.", language: .en, published: published),
            RuleExample(
                "The treaty was signed ⟦three years ago, on 2 March 2025⟧.", language: .en, published: published),
            RuleExample("The treaty was signed three years ago, on 2 March 2023.", language: .en, published: published),
        ] + roundSpanExamples + editionExamples + foundingExamples + ruleExamples + occurrenceExamples
            + SignedAccordExamples.elapsedYears
            + datedExamples + laterExamples + absenceExamples)

    /// A century, half or a quarter of a century, a decade or decades tied to a year, published in 2026.
    static let roundSpanExamples: [RuleExample] = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: published)
        }
        return [
            example("The regatta returns ⟦a century after its first race in 1920⟧.", .en),
            example("The regatta returns a century after its first race in 1926.", .en),
            // « à Porto » is no past auxiliary « a ».
            example("⟦Un siècle après les régates courues en 1920⟧, la ville accueille de nouveau les rameurs à Porto.", .fr),
            example("Un siècle après les régates courues en 1926, la ville accueille de nouveau les rameurs à Porto.", .fr),
            // A year after « de » / "of" that ends its clause.
            example("⟦Un siècle après les régates de 1920⟧, la ville accueille de nouveau les rameurs.", .fr),
            example("Un siècle après les régates de 1926, la ville accueille de nouveau les rameurs.", .fr),
            example("The town hosts the rowers ⟦a century after the regatta of 1920⟧.", .en),
            example("The town hosts the rowers a century after the regatta of 1926.", .en),
            example("Un siècle après les régates de 1920 euros de primes, la ville accueille les rameurs.", .fr),
            example("The fair last came to Porto ⟦half a century ago, in 1966⟧.", .en),
            example("The fair last came to Porto half a century ago, in 1976.", .en),
            example("Il y a ⟦un demi-siècle, en 1966⟧, la foire s’installait à Porto.", .fr),
            example("Il y a un demi-siècle, en 1976, la foire s’installait à Porto.", .fr),
            example("The council meets ⟦a decade after its charter was signed in 2012⟧.", .en),
            example("The council meets a decade after its charter was signed in 2016.", .en),
            example("⟦Deux décennies après la crue de Porto, en 2000⟧, la ville inaugure une digue.", .fr),
            example("Deux décennies après la crue de Porto, en 2006, la ville inaugure une digue.", .fr),
            example("The council meets ⟦a quarter of a century after its charter was signed in 1996⟧.", .en),
            example("The council meets a quarter of a century after its charter was signed in 2001.", .en),
            example("⟦Un quart de siècle après la crue de Porto, en 1996⟧, la ville inaugure une digue.", .fr),
            example("Un quart de siècle après la crue de Porto, en 2001, la ville inaugure une digue.", .fr),
            // Approximate, loose or calendar spans say nothing of a year.
            example("Nearly a quarter of a century after its charter was signed in 1996, the council meets.", .en),
            example("Nearly a century after its first race in 1920, the regatta returns.", .en),
            example("More than a decade after its charter was signed in 2012, the council meets.", .en),
            example("Plus d’un siècle après les régates courues en 1920, la ville accueille les rameurs.", .fr),
            example("Over the past decade, since its charter of 2012, the council has grown.", .en),
            example("For centuries the town has raced boats; the regatta, first held in 1920, returns.", .en),
            example("Au XXe siècle, la ville accueillait les rameurs, depuis 1920.", .fr),
            // A count of the last years, then the year it runs from.
            example("The council has grown over the past ⟦20 years, since 1996⟧.", .en),
            example("The council has grown over the past 30 years, since 1996.", .en),
            example("Le conseil a grandi au cours des ⟦20 dernières années, depuis 1996⟧.", .fr),
            example("Le conseil a grandi au cours des 30 dernières années, depuis 1996.", .fr),
            example("Membership has doubled in the ⟦20 years since 1996⟧.", .en),
            example("Membership has doubled in the 30 years since 1996.", .en),
            // Years right after "after" count from that year to another: 2001 here.
            example("The council met again in Porto five years after 1996.", .en),
            example("Le conseil se réunit à Porto pour la première fois depuis ⟦20 ans : il y avait siégé en 1996⟧.", .fr),
            example("Le conseil se réunit à Porto pour la première fois depuis 30 ans : il y avait siégé en 1996.", .fr),
            example("Porto, which last hosted the council in ⟦1996, welcomes it for the first time in 20 years⟧.", .en),
            example("Porto, which last hosted the council in 1996, welcomes it for the first time in 30 years.", .en),
            example("Porto, qui l’avait accueilli pour la dernière fois en ⟦1996, le reçoit pour la première fois depuis 20 ans⟧.", .fr),
            example("Porto, qui l’avait accueilli pour la dernière fois en 1996, le reçoit pour la première fois depuis 30 ans.", .fr),
        ]
    }()

    /// Years ago of the Vega 9 rocket's last flight (March 2024, reference data), in July 2026, and
    /// years since it for a first time in years.
    static let occurrenceExamples: [RuleExample] = {
        let rocket = InMemoryReference.Subject(
            id: "vega-9", kind: .other, names: ["Vega 9"],
            dateFacts: ["last-flight": PartialDate(year: 2024, month: 3), "first-flight": PartialDate(year: 2012, month: 2)])
        let reference = InMemoryReference([rocket])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2026-07-02"), reference: reference)
        }
        return [
            example("Depuis le dernier vol de Vega 9 il y a ⟦cinq ans⟧, l’Europe attend.", .fr),
            example("Since the Vega 9's last flight ⟦five years⟧ ago, Europe has waited.", .en),
            example("Le premier vol de Vega 9, il y a ⟦dix ans⟧, avait été un succès.", .fr),
            example("Depuis le dernier vol de Vega 9 il y a deux ans, l’Europe attend.", .fr),
            example("Since the Vega 9's last flight two years ago, Europe has waited.", .en),
            example("Le premier vol de Vega 9, il y a quatorze ans, avait été un succès.", .fr),
            example("Le dernier directeur de Vega 9 est parti il y a cinq ans.", .fr),
            // The first time in years: since the last one.
            example("Vega 9 is cleared to fly for the first time in ⟦five years⟧.", .en),
            example("Vega 9 is cleared to fly for the first time in two years.", .en),
            example("Vega 9 vole à nouveau, une première depuis ⟦cinq ans⟧.", .fr),
            example("Vega 9 vole à nouveau, une première depuis deux ans.", .fr),
            example("Kesra wins the cup for the first time in five years.", .en),
        ]
    }()

    /// Years of the Greens' rule, in power from 2012 to June 2026 (reference data), in 2026.
    static let ruleExamples: [RuleExample] = {
        let greens = InMemoryReference.Subject(
            id: "green-party", kind: .organization, names: ["Green Party", "Greens", "Verts"],
            facts: [NumericFact(property: "in-government-from", value: 2012, to: PartialDate(year: 2026, month: 6))])
        let reference = InMemoryReference(
            [greens],
            properties: [
                ReferenceProperty(id: "in-government-from", terms: [.en: ["years in power"], .fr: ["ans au pouvoir"]])
            ])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2026-07-02"), reference: reference)
        }
        return [
            example("Labour won the vote, ending ⟦16 years⟧ of mostly quiet Green rule.", .en),
            example("After ⟦twelve years⟧ of Green dominance, the cabinet changes hands.", .en),
            example("Les travaillistes l’emportent et mettent fin à ⟦16 ans⟧ de pouvoir vert.", .fr),
            example("Labour won the vote, ending a ⟦16-year⟧ Green rule.", .en),
            example("Labour won the vote, ending a 14-year Green rule.", .en),
            example("Labour won the vote, ending 14 years of mostly quiet Green rule.", .en),
            example("After thirteen years of Green dominance, the cabinet changes hands.", .en),
            example("Les travaillistes l’emportent et mettent fin à 14 ans de pouvoir vert.", .fr),
            example("Labour won the vote, ending 16 years of Green opposition.", .en),
            example("The Greens spent 16 years of their history in opposition.", .en),
        ]
    }()

    /// Years since the founding of the INTERPOL Innovation Centre (2015, reference data), in 2025.
    static let foundingExamples: [RuleExample] = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(
                text, language: language, published: AnniversaryMismatchRule.published,
                reference: AnniversaryMismatchRule.reference)
        }
        return [
            example("The INTERPOL Innovation Centre, ⟦15 years⟧ after its founding, hosts the meeting.", .en),
            example("⟦Quinze ans⟧ après sa création, le Centre d’innovation d’INTERPOL recrute.", .fr),
            example("The INTERPOL Innovation Centre, founded ⟦15 years⟧ ago, hosts the meeting.", .en),
            example("Le Centre d’innovation d’INTERPOL, créé il y a ⟦quinze ans⟧, recrute.", .fr),
            example("The INTERPOL Innovation Centre, ten years after its founding, hosts the meeting.", .en),
            example("Dix ans après sa création, le Centre d’innovation d’INTERPOL recrute.", .fr),
            example("Le Centre d’innovation d’INTERPOL, créé il y a dix ans, recrute.", .fr),
            example("Le Centre d’innovation d’INTERPOL, créé il y a neuf ans, recrute.", .fr),
            example("The INTERPOL Innovation Centre opened a lab 15 years after the war.", .en),
            example("Its staff met ⟦15 years⟧ after the INTERPOL Innovation Centre was founded.", .en),
            // Every year for so many years: the years since the founding, or the editions.
            example("Comme chaque année depuis ⟦vingt ans⟧, Kesra accueille le Centre d’innovation d’INTERPOL.", .fr),
            example("Comme chaque année depuis dix ans, Kesra accueille le Centre d’innovation d’INTERPOL.", .fr),
            example("Comme chaque année depuis onze ans, Kesra accueille le Centre d’innovation d’INTERPOL.", .fr),
            example("Every year for ⟦20 years⟧, the INTERPOL Innovation Centre has met in Kesra.", .en),
            example("Every year for 11 years, the INTERPOL Innovation Centre has met in Kesra.", .en),
            // The start of what the subject named right before does.
            example("Many turn to the INTERPOL Innovation Centre, which began operating ⟦15 years⟧ ago.", .en),
            example("Many turn to the INTERPOL Innovation Centre, which began operating ten years ago.", .en),
            example("Le Centre d’innovation d’INTERPOL, qui a commencé à fonctionner il y a ⟦quinze ans⟧, recrute.", .fr),
            example("Le Centre d’innovation d’INTERPOL, qui a commencé à fonctionner il y a dix ans, recrute.", .fr),
            example("Smith, who began teaching 15 years ago, visits the INTERPOL Innovation Centre.", .en),
            example("Since its creation ⟦15 years⟧ ago, the INTERPOL Innovation Centre has grown.", .en),
            example("Depuis sa création il y a ⟦quinze ans⟧, le Centre d’innovation d’INTERPOL a grandi.", .fr),
            example("Its staff met ten years after the INTERPOL Innovation Centre was founded.", .en),
            example("Since its creation ten years ago, the INTERPOL Innovation Centre has grown.", .en),
            example("Depuis sa création il y a dix ans, le Centre d’innovation d’INTERPOL a grandi.", .fr),
            example("Its staff met 15 years after the INTERPOL Innovation Centre was renamed.", .en),
            example("⟦Quinze ans⟧ après la première édition, le Centre d’innovation d’INTERPOL recrute.", .fr),
            example("Dix ans après la première édition, le Centre d’innovation d’INTERPOL recrute.", .fr),
            example("Since its creation, the INTERPOL Innovation Centre has met 15 years in a row.", .en),
            example("Quinze ans après sa visite, le ministre revient au Centre d’innovation d’INTERPOL.", .fr),
            example("Le salon fut créé en 1905 à Paris.\n\n⟦121 ans⟧ après sa création, la foire attire toujours les foules.", .fr),
            example("Le salon fut créé en 1905 à Paris.\n\n120 ans après sa création, la foire attire toujours les foules.", .fr),
            example("The fair was founded in 1905 in Paris. ⟦121 years⟧ after its founding, it still draws crowds.", .en),
            example("The fair was founded in 1905 in Paris. 120 years after its founding, it still draws crowds.", .en),
            example(
                "Le salon, créé en 1905, a un rival créé en 1910.\n\n121 ans après sa création, la foire attire toujours les foules.",
                .fr),
            // A whole life so far: a history, an existence, a going on.
            example("In the INTERPOL Innovation Centre’s ⟦15-year⟧ history, three directors served.", .en),
            example("In the INTERPOL Innovation Centre’s ten-year history, three directors served.", .en),
            example("Le Centre d’innovation d’INTERPOL et ses ⟦quinze ans⟧ d’existence font école.", .fr),
            example("Le Centre d’innovation d’INTERPOL et ses dix ans d’existence font école.", .fr),
            // After a life so far, the rest of the sentence in the present: the years run to now.
            example("After ⟦15 years⟧ of operation, the INTERPOL Innovation Centre keeps growing.", .en),
            example("After ten years of operation, the INTERPOL Innovation Centre keeps growing.", .en),
            example("After 15 years of operation, the INTERPOL Innovation Centre closed its doors.", .en),
            example("Après ⟦quinze ans⟧ d’existence, le Centre d’innovation d’INTERPOL reste unique.", .fr),
            example("Après quinze ans d’existence, le Centre d’innovation d’INTERPOL fermera.", .fr),
            // Years celebrated are the anniversary rule's.
            example("Le Centre d’innovation d’INTERPOL fête ses quinze ans d’existence.", .fr),
            example("The INTERPOL Innovation Centre has been running for ⟦15 years⟧.", .en),
            example("The INTERPOL Innovation Centre has been running for ten years.", .en),
            example("Cela fait ⟦quinze ans⟧ que le Centre d’innovation d’INTERPOL existe.", .fr),
            example("Cela fait dix ans que le Centre d’innovation d’INTERPOL existe.", .fr),
            example("Le Centre d’innovation d’INTERPOL existe depuis ⟦quinze ans⟧.", .fr),
            example("Le Centre d’innovation d’INTERPOL existe depuis dix ans.", .fr),
            // A founding in the clause after « Cela fait … que », or after "since".
            example("Cela fait ⟦quinze ans⟧ que le Centre d’innovation d’INTERPOL a été créé.", .fr),
            example("Cela fait officiellement dix ans que le Centre d’innovation d’INTERPOL a été fondé.", .fr),
            example("It has been ⟦15 years⟧ since the INTERPOL Innovation Centre was founded.", .en),
            example("It has been ten years since the INTERPOL Innovation Centre was founded.", .en),
            // A lower bound holds up to the years themselves; loose words read nothing.
            example("In the INTERPOL Innovation Centre’s more than ⟦15-year⟧ history, three directors served.", .en),
            example("In its more than eight-year history, the INTERPOL Innovation Centre has had three directors.", .en),
            example("In its nearly 15-year history, the INTERPOL Innovation Centre has had three directors.", .en),
            example("Le Centre d’innovation d’INTERPOL existe depuis plus de ⟦quinze ans⟧.", .fr),
            example("Le Centre d’innovation d’INTERPOL existe depuis plus de neuf ans.", .fr),
            example("The INTERPOL Innovation Centre published a 15-year history of the city police.", .en),
            example("The INTERPOL Innovation Centre has run the course for 15 years.", .en),
            example("The INTERPOL Innovation Centre, set up ⟦15 years⟧ ago, hosts the meeting.", .en),
            example("The INTERPOL Innovation Centre, set up ten years ago, hosts the meeting.", .en),
        ] + seriesLifetimeExamples
    }()

    /// The life so far of a series whose first edition the reference data lists (the Lakes
    /// Regatta, first sailed in 1990), in 2025.
    static let seriesLifetimeExamples: [RuleExample] = {
        let regatta = InMemoryReference([
            InMemoryReference.Subject(
                id: "lakes-regatta", kind: .series, names: ["Lakes Regatta", "régates des Lacs"],
                editions: [
                    ReferenceEdition(
                        number: 1, start: PartialDate(year: 1990, month: 7, day: 2), end: PartialDate(year: 1990, month: 7, day: 4),
                        source: ReferenceSource(location: "reference/regatta.yml:4:9"))
                ])
        ])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: AnniversaryMismatchRule.published, reference: regatta)
        }
        return [
            example("In the Lakes Regatta’s ⟦30-year⟧ history, no boat finished twice.", .en),
            example("In the Lakes Regatta’s 35-year history, no boat finished twice.", .en),
            example("En ⟦trente ans⟧ d’histoire, les régates des Lacs ont couronné 12 équipages.", .fr),
            example("En trente-cinq ans d’histoire, les régates des Lacs ont couronné 12 équipages.", .fr),
            // The years run to the year the sentence writes for them.
            example("In 2010, the Lakes Regatta’s ⟦30-year⟧ history was written up.", .en),
            example("In 2010, the Lakes Regatta’s 20-year history was written up.", .en),
            example("En 2010, les régates des Lacs et leurs vingt ans d’existence ont été fêtées.", .fr),
        ]
    }()

    /// Years ago that date an edition of the INTERPOL General Assembly (92nd in 2024, 93rd on
    /// 24–27 November 2025), published on the 93rd's opening day.
    static let editionExamples: [RuleExample] = {
        let glasgow = InMemoryReference.Subject(id: "glasgow", kind: .place, names: ["Glasgow"])
        let reference = InMemoryReference([EditionDateMismatchRule.assembly, glasgow])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2025-11-24"), reference: reference)
        }
        return [
            example("La dernière Assemblée générale d’INTERPOL s’est tenue il y a ⟦trois ans⟧.", .fr),
            example("The previous INTERPOL General Assembly met ⟦three years⟧ ago.", .en),
            example("La dernière Assemblée générale d’INTERPOL s’est tenue il y a un an.", .fr),
            example("The previous INTERPOL General Assembly met one year ago.", .en),
            example("L’Assemblée générale d’INTERPOL a élu son président il y a trois ans.", .fr),
            example("The previous INTERPOL General Assembly in Glasgow adopted a text three years ago.", .en),
        ]
    }()

    /// Words that tie the years to the year they ran from: "since", "after", "that began in".
    static let connectors: Set<String> = [
        "apres", "depuis", "since", "after", "began", "begun", "started", "commence", "commencee", "debute", "debutee",
    ]
    /// Words right before the years that make them the time since the last occurrence, whatever
    /// words then give its year: "for the first time in 30 years: it last met here in 1996", « une
    /// première depuis 30 ans, … en 1996 ».
    static let firstTimeLeads: Set<String> = ["in", "depuis"]
    static let firstTimeWords: Set<String> = ["time", "first", "fois", "premiere"]
    /// Words that date the last time earlier in the sentence: "which last hosted the summit in
    /// 2014, welcomes it back for the first time in 12 years", folded.
    static let lastTimeWords: Set<String> = ["last", "previously", "derniere", "dernier"]
    /// How many tokens before the year the word of the last time may be.
    static let lastTimeReach = 8

    /// The year alone written before the years in their sentence, after a word of the last time
    /// (``lastTimeWords``) within ``lastTimeReach`` tokens, with no other date after it.
    static func lastOccurrenceYear(before duration: Mention, check: DateCheck) -> Mention? {
        let sentence = check.sentence(of: duration)
        let before = Span(start: sentence.span.start, end: duration.span.start)
        guard let year = check.mentions(check.timeline, in: before).last, year.kind == .date,
            case .date(let date, _) = year.value, date.year != nil, date.month == nil
        else { return nil }
        let first = check.document.tokenIndex(from: year.span.start)
        let from = max(sentence.tokens.lowerBound, first - lastTimeReach)
        return (from..<first).contains { lastTimeWords.contains(check.word($0)) } ? year : nil
    }

    /// Verbs right before the years that make them a stretch spent, which may have ended before
    /// the text's time: "spent 16 years in opposition after 1997", « a passé 16 ans … ».
    static let spendingVerbs: Set<String> = [
        "spent", "spend", "spends", "spending", "served", "serve", "serves", "passe", "passait", "passa", "passera",
    ]
    /// How many words after the years the connector may come.
    static let connectorReach = 8
    /// How many words after the connector the year may come.
    static let yearReach = 10

    func findings(in check: DateCheck) -> [Finding] {
        guard let (published, publication) = check.publishedOrTextTime else {
            // Years later between two years the text writes need no time of the text.
            return check.durations.compactMap { duration -> Finding? in
                guard case .duration(let amount, .year) = duration.value, let stated = DurationContext.wholeNumber(amount)
                else { return nil }
                return absenceFinding(duration, stated: stated, check: check)
                    ?? laterFinding(duration, stated: stated, check: check)
            }
        }
        return check.durations.compactMap { duration -> Finding? in
            guard case .duration(let amount, .year) = duration.value, let stated = DurationContext.wholeNumber(amount)
            else { return nil }
            // "20 years later, it reached the final in 2022": told from another year of the text,
            // never from the publication.
            if Self.isToldFromClauseYear(duration, check: check) {
                return absenceFinding(duration, stated: stated, check: check)
                    ?? laterFinding(duration, stated: stated, check: check)
            }
            if let edition = EditionYearsAgo.edition(dating: duration, published: published, check: check) {
                return editionFinding(duration, stated: stated, edition: edition, published: published, check: check)
            }
            if let finding = foundingFinding(duration, stated: stated, published: published, check: check) {
                return finding
            }
            if let finding = ruleFinding(duration, stated: stated, published: published, check: check) {
                return finding
            }
            if let year = Self.agoYear(of: duration, check: check) {
                return agoFinding(
                    duration, stated: stated, year: year, published: published, publication: publication, check: check)
            }
            if let finding = occurrenceFinding(duration, stated: stated, published: published, check: check)
                ?? firstTimeFinding(duration, stated: stated, published: published, check: check)
            {
                return finding
            }
            if let finding = absenceFinding(duration, stated: stated, check: check)
                ?? laterFinding(duration, stated: stated, check: check)
            {
                return finding
            }
            if let finding = DatedElapsedYears.finding(
                duration, stated: stated, now: published, publication: publication, rule: descriptor, check: check)
            {
                return finding
            }
            // "spent 16 years in opposition after 1997": a stretch that may have ended since.
            guard !Self.spendingVerbs.contains(check.word(check.document.tokenRange(of: duration.span).lowerBound - 1)),
                let from = Self.startYear(after: duration, check: check)
                    ?? PresentElapsedYears.startYear(after: duration, check: check),
                case .date(let date, _) = from.value, let year = date.year
            else { return nil }
            let sentence = check.sentence(of: duration)
            var times = [published.year]
            for mention in check.mentions(check.dates, in: sentence.span) where mention != from {
                if case .date(let other, _) = mention.value, let otherYear = other.year, otherYear > year {
                    times.append(otherYear)
                }
            }
            guard times.allSatisfy({ $0 - year >= 1 }),
                !times.contains(where: { [$0 - year - 1, $0 - year].contains(stated) })
            else { return nil }
            let span = duration.span.union(from.span)
            let years = published.year - year
            return check.finding(
                descriptor, at: span,
                message: check.wording.elapsedYears(
                    quoted: check.document.text(in: span), from: year, to: published.year, years: years),
                evidence: [
                    Evidence(statement: "published in \(published.year); \(year) to \(published.year) is \(years) years")
                ] + (publication.map { [$0] } ?? []))
        }
    }

    /// "the last summit, three years ago" when the last edition was another year.
    private func editionFinding(
        _ duration: Mention, stated: Int, edition: EditionYearsAgo, published: CalendarDate, check: DateCheck
    ) -> Finding? {
        let years = published.year - edition.year
        guard ![years - 1, years].contains(stated) else { return nil }
        return check.finding(
            descriptor, at: duration.span,
            message: check.wording.elapsedYears(
                quoted: duration.text, from: edition.year, to: published.year, years: years),
            evidence: [
                Evidence(statement: "published in \(published.year); \(edition.year) to \(published.year) is \(years) years"),
                edition.evidence,
            ])
    }

    /// The year the duration runs from: a connector within ``connectorReach`` words after it (the
    /// next word only when it is "since"), then a year alone within ``yearReach`` words, with no
    /// other date between.
    private static func startYear(after duration: Mention, check: DateCheck) -> Mention? {
        let sentence = check.sentence(of: duration)
        let range = check.document.tokenRange(of: duration.span)
        let after = range.upperBound
        // Years that end their sentence ("The treaty at 30 years") run from no year after them.
        guard after < sentence.tokens.upperBound else { return sinceYear(before: duration, check: check) }
        if firstTimeLeads.contains(check.word(range.lowerBound - 1)),
            firstTimeWords.contains(check.word(range.lowerBound - 2))
        {
            let end = min(sentence.tokens.upperBound, after + yearReach)
            let window = Span(start: duration.span.end, end: check.tokens[max(after, end - 1)].span.end)
            if let first = check.mentions(check.timeline, in: window).first, first.kind == .date,
                case .date(let date, _) = first.value, date.year != nil, date.month == nil
            {
                return first
            }
            if let last = lastOccurrenceYear(before: duration, check: check) { return last }
        }
        // The next word may only be "since": "three years after 2019" is 2022, not years to now.
        let from = check.word(after) == "since" ? after : after + 1
        guard
            let connector = (from..<min(sentence.tokens.upperBound, after + connectorReach)).first(where: {
                connectors.contains(check.word($0))
            })
        else { return sinceYear(before: duration, check: check) }
        let end = min(sentence.tokens.upperBound, connector + 1 + yearReach)
        guard end > connector + 1 else { return nil }
        let window = Span(start: duration.span.end, end: check.tokens[end - 1].span.end)
        guard let first = check.mentions(check.timeline, in: window).first, first.kind == .date,
            case .date(let date, _) = first.value, date.year != nil, date.month == nil,
            first.span.start > check.tokens[connector].span.start
        else { return nil }
        return first
    }
}

extension ElapsedYearsMismatchRule {
    /// "in 2023, three years ago", « il y a trois ans, en 2023 »: years ago set beside the year
    /// they name, a comma apart; the count may be one short (the day of the year may not have come
    /// yet), and one over only when the time is the text's own, not a publication date. A full
    /// date beside them (« Le 2 mars 2016, il y a dix ans ») and a publication date count the
    /// years to the day, rounded up by a quarter of a year at most.
    fileprivate func agoFinding(
        _ duration: Mention, stated: Int, year: Mention, published: CalendarDate, publication: Evidence?,
        check: DateCheck
    ) -> Finding? {
        guard case .date(let date, _) = year.value, let from = date.year else { return nil }
        if publication == nil, let day = date.calendarDate {
            return dayAgoFinding(duration, stated: stated, day: day, mention: year, published: published, check: check)
        }
        let years = published.year - from
        // One short may be right (the day of the year not come yet); one over only on a text's own time.
        let over = publication == nil ? 0 : 1
        guard years >= 1, stated < years - 1 || stated > years + over else { return nil }
        let span = duration.span.union(year.span)
        return check.finding(
            descriptor, at: span,
            message: check.wording.elapsedYears(
                quoted: check.document.text(in: span), from: from, to: published.year, years: years),
            evidence: [Evidence(statement: "published in \(published.year); \(from) to \(published.year) is \(years) years")]
                + (publication.map { [$0] } ?? []))
    }

    /// Years ago beside the full date `day`, counted to the day from the publication date.
    private func dayAgoFinding(
        _ duration: Mention, stated: Int, day: CalendarDate, mention: Mention, published: CalendarDate,
        check: DateCheck
    ) -> Finding? {
        let elapsed = DatedElapsedYears.elapsed(from: day, to: published)
        guard elapsed >= 1, Double(stated) <= elapsed - 1 || Double(stated) > elapsed + DatedElapsedYears.roundingUp
        else { return nil }
        let span = duration.span.union(mention.span)
        return check.finding(
            descriptor, at: span,
            message: check.wording.elapsedYears(
                quoted: check.document.text(in: span), fromDay: check.document.text(in: mention.span), to: published,
                years: Int(elapsed)),
            evidence: [Evidence(statement: "published on \(published); \(day) to \(published) is \(Int(elapsed)) full years")])
    }

    /// Words that bring in a place between years ago and their year: « il y a 30 ans à Rio, en 1992 ».
    static let placeLeads: Set<String> = ["a", "in", "at"]

    /// The year a comma away from years ago ("three years ago, in 2023"; « en 2023, il y a
    /// trois ans »; "60 years ago, on 29 September 1954"), or right after them ("60 years ago
    /// on 29 September 1954", "60 years ago in 1954"), or in brackets right after them (« il
    /// y a dix ans (3 mai 2016) »), alone or in a full date, if the text sets one there.
    fileprivate static func agoYear(of duration: Mention, check: DateCheck) -> Mention? {
        let range = check.document.tokenRange(of: duration.span)
        let ago = check.word(range.upperBound) == "ago"
        let ilYA = YearsAgo.frenchStart(before: range.lowerBound, check: check)
        guard ago || ilYA != nil else { return nil }
        let first = ilYA ?? range.lowerBound
        var last = ago ? range.upperBound + 1 : range.upperBound
        // « il y a 30 ans à Rio, en 1992 », "30 years ago in Rio, in 1992": a place between.
        if placeLeads.contains(check.word(last)) {
            var next = last + 1
            while next < min(check.tokens.count, last + 4), check.tokens[next].kind == .word,
                WordFolding.isCapitalised(check.tokens[next].text)
            {
                next += 1
            }
            if next > last + 1 { last = next }
        }
        func dated(_ mention: Mention?) -> Mention? {
            guard let mention, case .date(let date, _) = mention.value, date.year != nil else { return nil }
            return mention
        }
        let before = check.dates.last { $0.span.end <= check.tokens[first].span.start }
        if let before, let year = dated(before),
            check.document.tokenRange(of: before.span).upperBound == first - 1, check.tokens[first - 1].text == ","
        {
            return year
        }
        // "nine years ago on 2 March 2016", "eight years ago in 2016", « il y a 30 ans en 1996 ».
        guard last + 1 < check.tokens.count,
            [",", "("].contains(check.tokens[last].text) || Self.agoDateLeads.contains(check.word(last)),
            let after = check.dates.first(where: { $0.span.start >= check.tokens[last].span.end }),
            let year = dated(after), check.document.tokenIndex(from: after.span.start) <= last + 2
        else { return nil }
        return year
    }

    /// Words right after years ago that bring in their date, folded: "ago on", "ago in", « en ».
    static let agoDateLeads: Set<String> = ["on", "in", "en", "le"]

    /// Words after the years that make them a stretch of something: "20 years of rule", « 20 ans
    /// de règne », "after 20 years in power".
    static let stretchFollowers: Set<String> = ["de", "d'", "of", "in", "au", "a"]

    /// "In office since 1996, she left after 20 years of rule": a year after "depuis" or "since"
    /// earlier in the sentence, with no other date between it and the years, when the years are a
    /// stretch ("of", « de », "in power").
    fileprivate static func sinceYear(before duration: Mention, check: DateCheck) -> Mention? {
        let sentence = check.sentence(of: duration)
        let after = check.document.tokenRange(of: duration.span).upperBound
        guard stretchFollowers.contains(check.word(after)),
            let previous = check.mentions(check.timeline, in: Span(start: sentence.span.start, end: duration.span.start))
                .last,
            previous.kind == .date, case .date(let date, _) = previous.value, date.year != nil, date.month == nil
        else { return nil }
        let lead = check.document.tokenIndex(from: previous.span.start) - 1
        return ["depuis", "since"].contains(check.word(lead)) ? previous : nil
    }
}

extension DateWording {
    /// "« 22 ans d’attente, depuis son dernier titre en 2001 » : de 2001 à 2026, l’année de
    /// publication, il y a vingt-cinq ans."
    func elapsedYears(quoted words: String, from: Int, to: Int, years: Int) -> String {
        language == .fr
            ? quoted(words) + colon + "de \(from) à \(to), l’année de publication, il y a \(yearsInWords(years))."
            : quoted(words) + colon + "from \(from) to \(to), the year of publication, is \(yearsInWords(years))."
    }

    /// Years between two years the text writes: "“20 years”: from 1998 to 2022 is twenty-four years."
    func elapsedYears(quoted words: String, between from: Int, and to: Int, years: Int) -> String {
        language == .fr
            ? quoted(words) + colon + "de \(from) à \(to), il y a \(yearsInWords(years))."
            : quoted(words) + colon + "from \(from) to \(to) is \(yearsInWords(years))."
    }

    /// « un an », « trois ans », "one year", "three years".
    func yearsInWords(_ years: Int) -> String {
        language == .fr
            ? numberInWords(years) + (years == 1 ? " an" : " ans")
            : numberInWords(years) + (years == 1 ? " year" : " years")
    }
}
