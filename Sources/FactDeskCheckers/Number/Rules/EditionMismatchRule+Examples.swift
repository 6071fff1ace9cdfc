import FactDeskKit

/// Examples of `edition-mismatch` for series named after the body that holds them, kinds of
/// sessions, counts of times a place hosts a series, numbers after or glued to an acronym and
/// ranges of days without a year. Their reference data: the Union of Northern Ports (UPN), its summits (the 38th
/// in Riga in November 2024, the 39th in Kiel on 21-23 November 2025) and the ordinary sessions of
/// its Council of Ministers (the 44th in Riga in June 2024, the 45th in Kiel on 20-22 November
/// 2025), the Kiel Book Fair, held in Kiel (the 8th on 14-17 March 2016, the 17th on 10-13 March
/// 2025), and the conference CPV (the 29th in Riga in 2024, the 30th in Kiel in November 2025).
extension EditionMismatchRule {
    static let bodyExamples: [RuleExample] = [
        french("Le ⟦38e sommet⟧ des chefs d’État de l’Union des ports du Nord s’est ouvert le 21 novembre 2025."),
        french("L’Union des ports du Nord, fondée en 1963, a tenu à Kiel en 2025 son ⟦38e sommet⟧."),
        english("The Northern Ports Union, founded in 1963, held its ⟦38th summit⟧ in Kiel in 2025."),
        french("Le ⟦38e sommet⟧ ordinaire de l’UPN s’est tenu à Kiel en novembre 2025."),
        french("La ⟦44e session⟧ ordinaire du Conseil des ministres de l’UPN s’est tenue à Kiel en 2025."),
        english("The UPN Council of Ministers held its ⟦44th session⟧ in Kiel in 2025."),
        english("Kiel hosted the Kiel Book Fair for the ⟦16th time⟧ in March 2025."),
        french("Kiel accueille la Foire aux livres de Kiel pour la ⟦16e fois⟧ en 2025."),
        french("En 2025, Kiel accueille la Foire aux livres de Kiel pour la ⟦16e année d’affilée⟧."),
        english("Delegates met for ⟦CPV 29⟧ in Kiel in November 2025."),
        french("Les délégués de la ⟦CPV29⟧ de Kiel se sont séparés sans accord."),
        french("Les délégués de la CPV30 de Kiel se sont séparés sans accord."),
        french("Mardi à Kiel, les délégués parlaient encore du fonds créé lors de la CPV28 de Tallinn."),
        french("La ⟦16ième Foire aux livres de Kiel⟧ s’est ouverte le 10 mars 2025."),
        english(
            "Kiel is hosting the Kiel Book Fair for the ⟦ninth year running⟧. It welcomes 900 publishers during the"
                + " four-day event (14-17 March).",
            published: nil),
        french("La ⟦38e édition⟧ de l’UPN s’est tenue à Kiel en novembre 2025."),
        english("UPN leaders gathered in Kiel in November 2025 for the ⟦38th edition⟧ of the summit."),
        english("The UPN summit opened on Friday in Kiel. Leaders hailed the ⟦38th summit⟧ as a success."),
        french("Kiel abrite depuis le 10 mars pour la ⟦seizième fois⟧ la Foire aux livres de Kiel.", published: march),
        english("Delegates met in Kiel in November 2025 for ⟦CPV29⟧."),
        french("La ⟦38e session⟧ ordinaire de la Conférence des chefs d’État et de gouvernement de l’UPN s’est ouverte le 21 novembre 2025."),
        english("The ⟦38th Ordinary Session⟧ of the Assembly of the Northern Ports Union opened in Kiel in 2025."),
        english("The ⟦38th Ordinary Session⟧ of the Northern Ports Union Assembly of Heads of State opened in Kiel in 2025."),
        french("Le prix du public sera remis lors de la ⟦16e édition⟧ de la Foire aux livres de Kiel.", published: lent),
        english("Kiel proudly hosts the ⟦38th UPN summit⟧, a source of pride."),
        french("Le sommet de l’UPN s’ouvre le 21 novembre à Kiel. Ce ⟦38e sommet⟧ s’annonce tendu.", published: nil),
        french("La 39e édition de l’UPN s’est tenue à Kiel en novembre 2025."),
        french("Le sommet de l’UPN s’ouvre le 21 novembre à Kiel. Ce 39e sommet s’annonce tendu.", published: nil),
        french("Le sommet de l’UPN s’ouvre le 22 novembre à Kiel. Ce 38e sommet s’annonce tendu.", published: nil),
        french("Le prix du public sera remis lors de la 17e édition de la Foire aux livres de Kiel.", published: lent),
        english("Kiel proudly hosts the 39th UPN summit, a source of pride."),
        french("La 39e session ordinaire de la Conférence des chefs d’État et de gouvernement de l’UPN s’est ouverte le 21 novembre 2025."),
        english("The 39th Ordinary Session of the Assembly of the Northern Ports Union opened in Kiel in 2025."),
        english("The 39th Ordinary Session of the Northern Ports Union Assembly of Heads of State opened in Kiel in 2025."),
        english("The 12th Ordinary Session of the Northern Ports Union's ministers opened in Kiel in 2025."),
        english("Delegates met in Kiel in November 2025 for CPV30."),
        english("Delegates flew to Kiel in November 2025 on an A320."),
        english("UPN leaders gathered in Kiel in November 2025 for the 39th edition of the summit."),
        english("The UPN summit opened on Friday in Kiel. Leaders hailed the 39th summit as a success."),
        english("The UPN summit opened on Friday in Kiel. Leaders recalled the previous 38th summit."),
        french("Kiel abrite depuis le 10 mars pour la dix-septième fois la Foire aux livres de Kiel.", published: march),
        english("Kiel hosted the UPN summit for the 38th time in 2025."),
        french("Le 39e sommet des chefs d’État de l’Union des ports du Nord s’est ouvert le 21 novembre 2025."),
        french("L’Union des ports du Nord, fondée en 1963, a tenu à Kiel en 2025 son 39e sommet."),
        english("The Northern Ports Union, founded in 1963, held its 39th summit in Kiel in 2025."),
        french("Le 39e sommet ordinaire de l’UPN s’est tenu à Kiel en novembre 2025."),
        french("La 12e session extraordinaire du Conseil des ministres de l’UPN s’est tenue à Kiel en 2025."),
        english("The UPN Council of Ministers held its 12th special session in Kiel in 2025."),
        english("Kiel hosted the Kiel Book Fair for the 17th time in March 2025."),
        french("Kiel accueille la Foire aux livres de Kiel pour la 17e fois en 2025."),
        french("En 2025, Kiel accueille la Foire aux livres de Kiel pour la 17e année d’affilée."),
        english("Delegates met for CPV 30 in Kiel in November 2025."),
        french("La 17ième Foire aux livres de Kiel s’est ouverte le 10 mars 2025."),
        english(
            "Kiel is hosting the Kiel Book Fair for the eighth year running. It welcomes 900 publishers during the"
                + " four-day event (14-17 March).",
            published: nil),
    ]

    /// The examples' reference data.
    /// A month written alone, read from a publication date between the 38th summit (November
    /// 2024) and the 39th (November 2025): its next November, or in the past its last; this
    /// autumn, the publication's.
    static let yearlessMonthExamples: [RuleExample] = [
        french("Le sommet de l’UPN revient en novembre pour sa ⟦38e édition⟧.", published: june),
        french("Le sommet de l’UPN revient en novembre pour sa 39e édition.", published: june),
        english("The UPN summit returns in November for its ⟦38th edition⟧.", published: june),
        english("The UPN summit returns in November for its 39th edition.", published: june),
        french("Le sommet de l’UPN s’est tenu en novembre pour sa 38e édition.", published: june),
        french("Le sommet de l’UPN s’est tenu en novembre pour sa ⟦39e édition⟧.", published: june),
        english("The UPN summit returns this autumn for its ⟦38th edition⟧.", published: june),
        english("The UPN summit returns this autumn for its 39th edition.", published: june),
    ]

    /// A publication date between the 38th and the 39th UPN summits.
    private static let june = CalendarDate(year: 2025, month: 6, day: 2)

    static let bodyReference = InMemoryReference([
        .init(id: "upn", kind: .organization, names: ["Union des ports du Nord", "UPN", "Northern Ports Union"]),
        .init(id: "kiel", kind: .place, names: ["Kiel"]),
        .init(id: "riga", kind: .place, names: ["Riga"]),
        .init(
            id: "upn-summit", kind: .series,
            names: ["sommet de l’Union des ports du Nord", "sommet de l’UPN", "Northern Ports Union summit", "UPN summit"],
            editions: [edition(38, "2024-11-19", "2024-11-20", "Riga"), edition(39, "2025-11-21", "2025-11-23", "Kiel")]),
        .init(
            id: "upn-council", kind: .series,
            names: ["Conseil des ministres de l’UPN", "UPN Council of Ministers"],
            editions: [edition(44, "2024-06-11", "2024-06-13", "Riga"), edition(45, "2025-11-20", "2025-11-22", "Kiel")]),
        .init(
            id: "kiel-book-fair", kind: .series, names: ["Foire aux livres de Kiel", "Kiel Book Fair"],
            editions: [edition(8, "2016-03-14", "2016-03-17", "Kiel"), edition(17, "2025-03-10", "2025-03-13", "Kiel")]),
        .init(
            id: "cpv", kind: .series, names: ["CPV"],
            editions: [edition(29, "2024-11-11", "2024-11-22", "Riga"), edition(30, "2025-11-10", "2025-11-21", "Kiel")]),
    ])

    private static func edition(_ number: Int, _ start: String, _ end: String, _ place: String) -> ReferenceEdition {
        func day(_ iso: String) -> PartialDate? {
            CalendarDate(iso: iso).map { PartialDate(year: $0.year, month: $0.month, day: $0.day) }
        }
        return ReferenceEdition(
            number: number, start: day(start), end: day(end), placeSpellings: [place], source: ReferenceSource())
    }

    /// A publication date during the 2025 Kiel Book Fair.
    private static let march = CalendarDate(year: 2025, month: 3, day: 12)
    /// A publication date nine days before the 2025 Kiel Book Fair.
    private static let lent = CalendarDate(year: 2025, month: 3, day: 1)

    private static func french(_ text: String, published: CalendarDate? = NumberExamples.published) -> RuleExample {
        RuleExample(text, language: .fr, published: published, reference: bodyReference)
    }

    private static func english(_ text: String, published: CalendarDate? = NumberExamples.published) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: bodyReference)
    }
}
