import FactDeskKit

/// Examples of `edition-mismatch` for the ways news names a numbered series: a place among an
/// edition's places, a name inside a body's name, « cette Ne édition » after a paragraph naming
/// the series, a description of the series or of its body named before, a name and a year in a headline, a year right
/// before the name ahead of the ordinal ("The 2025 Hanse Summit is the 12th edition"), an ordinal inside the name or after the body's
/// possessive, Roman numerals with or without a suffix, numbers joined or glued to an acronym;
/// and the sentences that name a series of their own, known or not, which borrow no other.
///
/// Their reference data, published on Monday 24 November 2025 unless said otherwise: the Hanse
/// summit of the Organisation internationale de la Hanse (the 11th in Tallinn in 2022, the 12th
/// in "Lübeck et Hambourg" on 5-6 December 2025), the Bastia film festival (the 40th in 2024, the
/// 41st on 22-29 November 2025), the sessions of the UN General Assembly (the 79th opened on 10
/// September 2024, the 80th on 9 September 2025), the COP (the 29th in Baku, 11-22 November 2024;
/// the 30th in Belém, 10-21 November 2025), the Winter Games (the 24th in Beijing in February
/// 2022, the 25th in "Milan et Cortina" in February 2026) and the Games of the Olympiad, which
/// count their own editions (the 32nd in Tokyo in 2021, the 33rd in Paris in 2024).
extension EditionMismatchRule {
    static let formExamples: [RuleExample] = [
        formFrench("Le ⟦XIIIe Sommet de la Hanse⟧ se tient à Lübeck."),
        formEnglish("The ⟦13th Hanse Summit⟧ takes place in Lübeck."),
        formFrench("Le ⟦13e sommet⟧ de l’Organisation internationale de la Hanse s’ouvre vendredi."),
        formEnglish("The ⟦13th summit⟧ of the Hanse opens on Friday."),
        // The body written by one name, its series named with another.
        formFrench("Le ⟦13e sommet⟧ de l’OIH s’ouvre vendredi."),
        formFrench("Le 12e sommet de l’OIH s’ouvre vendredi."),
        formEnglish("The 2025 Hanse Summit is the ⟦13th edition⟧ of the meeting."),
        formEnglish("The 2025 Hanse Summit, the ⟦13th⟧, drew crowds."),
        formFrench(
            "Le Festival du film de Bastia s’est ouvert samedi.\n\nLe jury de cette ⟦42e édition⟧ est présidé par une actrice."
        ),
        formEnglish(
            "The Bastia Film Festival opened on Saturday.\n\nThe jury of this ⟦42nd edition⟧ is chaired by an actress."),
        formFrench(
            "Bastia 2025 : la sélection de la ⟦40e édition⟧ dévoilée.\n\nLe Festival du film de Bastia s’est ouvert samedi."
        ),
        formEnglish(
            "Bastia 2025: the line-up of the ⟦40th edition⟧ is out.\n\nThe Bastia Film Festival opened on Saturday."),
        formEnglish("The UN’s ⟦81st General Assembly⟧ opened in New York in September 2025."),
        formFrench("Les chefs d’État se retrouvent à New York pour la ⟦81e AG de l’ONU⟧ en septembre 2025."),
        formEnglish("World leaders gathered in New York for ⟦UNGA 81⟧ in September 2025."),
        // Two digits that are the year of an edition numbered otherwise: the 2025 festival.
        formEnglish("Bastia Film Festival 25 opens with 40 films in competition."),
        formEnglish("Negotiators reached Belém for ⟦COP31⟧ in November 2025."),
        formEnglish("Negotiators reached Belém for ⟦Cop31⟧ in November 2025."),
        formFrench("Les négociateurs arrivent à Belém pour la ⟦COP 31⟧ en novembre 2025."),
        formFrench("Les ⟦XXVIe Jeux d’hiver⟧ s’ouvrent à Milan en février 2026."),
        formEnglish("Milan will host the ⟦XXVI Olympic Winter Games⟧ in February 2026."),
        formFrench("Les ⟦26es Jeux d’hiver⟧ s’ouvrent à Milan en février 2026."),
        formFrench("Les ⟦XXIVes Jeux d’hiver⟧ s’ouvrent à Milan en février 2026."),
        formFrench("Paris accueille en 2024 les Jeux de la ⟦XXXIVe Olympiade⟧."),
        formEnglish("Paris hosted the Games of the ⟦XXXIV Olympiad⟧ in 2024."),
        formFrench(
            "L’Organisation internationale de la Hanse accueille deux membres.\n\nL’organisation tient son ⟦13e sommet⟧ en décembre 2025."
        ),
        formEnglish("The Hanse welcomed two new members.\n\nThe body holds its ⟦13th summit⟧ in December 2025."),
        formFrench(
            "Le Festival du film de Bastia a dévoilé son affiche.\n\nPour sa ⟦42e édition⟧, le rendez-vous corse s’ouvre le 22 novembre 2025."
        ),
        formFrench("Le ⟦13e Sommet de la Hanse⟧ se tient en Allemagne.", published: may),
        formEnglish("The ⟦13th Hanse Summit⟧ is being held in Germany.", published: may),
        formFrench("Le ⟦13e Sommet de la Hanse⟧ va s’ouvrir en Allemagne.", published: may),
        formEnglish("The ⟦13th Hanse Summit⟧ is set to open in Germany.", published: may),
        formFrench("L’Allemagne accueille le ⟦XIIIe Sommet de la Hanse⟧.", published: may),
        formFrench("Le 12e Sommet de la Hanse se tient en Allemagne.", published: may),
        formEnglish("The 12th Hanse Summit is being held in Germany.", published: may),
        formFrench("Le 12e Sommet de la Hanse va s’ouvrir en Allemagne.", published: may),
        formEnglish("The 12th Hanse Summit is set to open in Germany.", published: may),
        formFrench("L’Allemagne accueille le XIIe Sommet de la Hanse.", published: may),
        formFrench("L’an prochain, le 13e Sommet de la Hanse se tient en Allemagne.", published: may),
        formEnglish("Next year the 13th Hanse Summit is being held in Germany.", published: may),
        formFrench("Le Festival du film de Bastia réunit les cinéastes. Le jury de cette ⟦42e édition⟧ est connu."),
        formEnglish("Film-goers cheered as the ⟦42nd Bastia Film Festival⟧ got under way."),
        formFrench("Le Festival du film de Bastia réunit les cinéastes. Le jury de cette 41e édition est connu."),
        formEnglish("Film-goers cheered as the 41st Bastia Film Festival got under way."),
        formFrench("Ça y est, la ⟦42e édition⟧ du Festival du film de Bastia, c’est parti !"),
        formFrench("Ça y est, la 41e édition du Festival du film de Bastia, c’est parti !"),
        formFrench("L’ONU tient sa ⟦81e Assemblée générale⟧ à New York en septembre 2025."),
        formEnglish("The UN opened its ⟦81st General Assembly⟧ in New York in September 2025."),
        formEnglish("The Games of the ⟦XXXIVth Olympiad⟧ opened in Paris in July 2024."),
        formFrench("L’ONU tient sa 80e Assemblée générale à New York en septembre 2025."),
        formEnglish("The UN opened its 80th General Assembly in New York in September 2025."),
        formEnglish("The Games of the XXXIIIrd Olympiad opened in Paris in July 2024."),
        formFrench(
            "Le Festival du film de Bastia s’est ouvert samedi.\n\nPour sa ⟦42e édition⟧, le Cours Napoléon accueille les cinéastes."
        ),
        formFrench(
            "Le Festival du film de Bastia s’est ouvert samedi.\n\nPour sa 41e édition, le Cours Napoléon accueille les cinéastes."
        ),
        formFrench("Le Festival du film de Bastia s’est ouvert samedi.\n\nLe 13e sommet s’ouvre vendredi."),
        formFrench("Le Sommet de la Hanse réunit ses membres.\n\nLe ⟦13e sommet⟧ s’ouvre en décembre 2025 à Lübeck."),
        formFrench("Le Sommet de la Hanse réunit ses membres.\n\nLe 13e sommet s’ouvre en décembre 2025 au Caire."),
        formFrench(
            "Le Sommet de la Hanse réunit ses membres.\n\nLe 13e sommet Afrique-Hanse s’ouvre en décembre 2025."),
        formEnglish("The Hanse Summit gathers its members.\n\nThe ⟦13th summit⟧ opens in Lübeck in December 2025."),
        formEnglish("The Hanse Summit gathers its members.\n\nThe 13th summit opens in Cairo in December 2025."),
        formEnglish("The Bastia Film Festival opened on Saturday.\n\nThe 13th summit opens on Friday."),
        formFrench("Le XIIe Sommet de la Hanse se tient à Lübeck."),
        formFrench(
            "L’Organisation internationale de la Hanse accueille deux membres.\n\nL’organisation tient son 12e sommet en décembre 2025."
        ),
        formEnglish("The Hanse welcomed two new members.\n\nThe body holds its 12th summit in December 2025."),
        formFrench(
            "Le Festival du film de Bastia a dévoilé son affiche.\n\nPour sa 41e édition, le rendez-vous corse s’ouvre le 22 novembre 2025."
        ),
        formEnglish("The 12th Hanse Summit takes place in Lübeck."),
        formFrench("Le XIe Sommet de la Hanse s’était tenu à Tallinn."),
        formFrench("Le 12e sommet de l’Organisation internationale de la Hanse s’ouvre vendredi."),
        formEnglish("The 12th summit of the Hanse opens on Friday."),
        formEnglish("The 2025 Hanse Summit is the 12th edition of the meeting."),
        formEnglish("The 2025 Hanse Summit, the 12th, drew crowds."),
        formEnglish("Since the 2022 Hanse Summit, the 13th has been planned in Germany."),
        formEnglish("Members praised the 2022 Hanse Summit and now prepare for the 12th edition."),
        RuleExample(
            "The 2022 Baltic Ports Summit (BPS), the ⟦8th⟧, drew crowds.", language: .en, published: nil,
            reference: acronymSummit),
        RuleExample(
            "The 2022 Baltic Ports Summit (BPS), the 7th, drew crowds.", language: .en, published: nil,
            reference: acronymSummit),
        formFrench(
            "Le Festival du film de Bastia s’est ouvert samedi.\n\nLe jury de cette 41e édition est présidé par une actrice."
        ),
        formEnglish(
            "The Bastia Film Festival opened on Saturday.\n\nThe jury of this 41st edition is chaired by an actress."),
        formFrench(
            "Bastia 2025 : la sélection de la 41e édition dévoilée.\n\nLe Festival du film de Bastia s’est ouvert samedi."
        ),
        formEnglish(
            "Bastia 2025: the line-up of the 41st edition is out.\n\nThe Bastia Film Festival opened on Saturday."),
        formEnglish("The UN’s 80th General Assembly opened in New York in September 2025."),
        formFrench("Les chefs d’État se retrouvent à New York pour la 80e AG de l’ONU en septembre 2025."),
        formEnglish("World leaders gathered in New York for UNGA 80 in September 2025."),
        formEnglish("Next year’s 81st UN General Assembly will open in New York."),
        formEnglish("Negotiators reached Belém for COP30 in November 2025."),
        formEnglish("Negotiators reached Belém for Cop30 in November 2025."),
        formFrench("Les négociateurs arrivent à Belém pour la COP 30 en novembre 2025."),
        formFrench("Les XXVe Jeux d’hiver s’ouvrent à Milan en février 2026."),
        formEnglish("Milan will host the XXV Olympic Winter Games in February 2026."),
        formFrench("Les 25es Jeux d’hiver s’ouvrent à Milan en février 2026."),
        formFrench("Les XXVes Jeux d’hiver s’ouvrent à Milan en février 2026."),
        formFrench("Les congrès et les assemblées des Jeux d’hiver se tiennent à Milan en février 2026."),
        formFrench("Paris accueille en 2024 les Jeux de la XXXIIIe Olympiade."),
        formEnglish("Paris hosted the Games of the XXXIII Olympiad in 2024."),
        formEnglish("Louis XIV built Versailles long before the Games of the XXXIII Olympiad in 2024."),
        // A series of the sentence's own, known or not, borrows none named elsewhere.
        formFrench("Le Festival du film de Bastia s’est ouvert samedi.\n\nLe 20e sommet du Mercosur s’ouvre vendredi."),
        formFrench("Le Festival du film de Bastia s’est ouvert samedi.\n\nLe 13e sommet de l’ONU s’ouvre vendredi."),
        formEnglish(
            "The Bastia Film Festival opened on Saturday.\n\nThe 20th summit of the Andean Community opens on Friday."),
        formFrench(
            "Le Festival du film de Bastia s’est ouvert samedi.\n\nLa 30e édition du festival d’Ajaccio s’ouvre vendredi."
        ),
        formFrench(
            "Le Festival du film de Bastia s’est ouvert samedi. Le Sommet de la Hanse suit.\n\nÀ Bastia en 2025, la 39e édition est lancée."
        ),
    ]

    /// A series known by its acronym too: the Baltic Ports Summit (the 7th in Gdańsk in 2022, the
    /// 8th in Riga in 2024).
    static let acronymSummit = InMemoryReference([
        .init(
            id: "baltic-ports-summit", kind: .series, names: ["Baltic Ports Summit", "BPS"],
            editions: [exampleEdition(7, "2022", nil, "Gdańsk"), exampleEdition(8, "2024", nil, "Riga")])
    ])

    /// The examples' reference data.
    static let formReference = InMemoryReference([
        .init(id: "oih", kind: .organization, names: ["Organisation internationale de la Hanse", "OIH", "Hanse"]),
        .init(
            id: "hanse-summit", kind: .series, names: ["Sommet de la Hanse", "Hanse Summit"],
            editions: [
                exampleEdition(11, "2022", nil, "Tallinn"),
                exampleEdition(12, "2025-12-05", "2025-12-06", "Lübeck et Hambourg"),
            ]),
        .init(id: "bastia", kind: .place, names: ["Bastia"]),
        .init(
            id: "bastia-festival", kind: .series, names: ["Festival du film de Bastia", "Bastia Film Festival"],
            editions: [exampleEdition(40, "2024", nil, "Bastia"), exampleEdition(41, "2025-11-22", "2025-11-29", "Bastia")]),
        .init(id: "un", kind: .organization, names: ["Nations unies", "ONU", "United Nations", "UN"]),
        .init(
            id: "unga", kind: .series,
            names: [
                "Assemblée générale des Nations unies", "Assemblée générale de l’ONU", "AG de l’ONU",
                "UN General Assembly", "UNGA",
            ],
            editions: [exampleEdition(79, "2024-09-10", nil, "New York"), exampleEdition(80, "2025-09-09", nil, "New York")]),
        .init(
            id: "cop", kind: .series, names: ["COP", "UN Climate Change Conference"],
            editions: [
                exampleEdition(29, "2024-11-11", "2024-11-22", "Baku"),
                exampleEdition(30, "2025-11-10", "2025-11-21", "Belém"),
            ]),
        .init(
            id: "winter-games", kind: .series,
            names: ["Jeux olympiques d’hiver", "Jeux d’hiver", "Olympic Winter Games", "Winter Games"],
            editions: [
                exampleEdition(24, "2022-02-04", "2022-02-20", "Beijing"),
                exampleEdition(25, "2026-02-06", "2026-02-22", "Milan et Cortina"),
            ]),
        .init(
            id: "olympiad", kind: .series, names: ["Jeux de l’Olympiade", "Games of the Olympiad"],
            editions: [
                exampleEdition(32, "2021-07-23", "2021-08-08", "Tokyo"),
                exampleEdition(33, "2024-07-26", "2024-08-11", "Paris"),
            ]),
    ])

    /// An edition for the examples' reference data: its first and last days (ISO, or a year
    /// alone; no last day when `end` is `nil`) and its place's spellings.
    static func exampleEdition(_ number: Int, _ start: String, _ end: String?, _ places: String...)
        -> ReferenceEdition
    {
        func day(_ iso: String?) -> PartialDate? {
            guard let iso else { return nil }
            if let year = Int(iso) { return PartialDate(year: year) }
            return CalendarDate(iso: iso).map { PartialDate(year: $0.year, month: $0.month, day: $0.day) }
        }
        return ReferenceEdition(
            number: number, start: day(start), end: day(end), placeSpellings: places, source: ReferenceSource())
    }

    /// A publication date in May 2025, months before the 12th Hanse summit.
    static let may = CalendarDate(year: 2025, month: 5, day: 14)

    /// A French example against ``formReference``.
    static func formFrench(_ text: String, published: CalendarDate? = NumberExamples.published) -> RuleExample {
        RuleExample(text, language: .fr, published: published, reference: formReference)
    }

    /// An English example against ``formReference``.
    static func formEnglish(_ text: String, published: CalendarDate? = NumberExamples.published) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: formReference)
    }
}
