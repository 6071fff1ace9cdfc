import FactDeskKit

/// Examples of `edition-mismatch` for forms that the days of an edition settle: a body's long
/// name with its acronym in brackets, when the series is named with the acronym (« le 30e sommet
/// ordinaire de la Ligue des villes du Rhin (LVR) s’est tenu le dimanche 9 juin 2024 »); a
/// lowercase head noun of one series' name with the exact days of one of its editions (« cette
/// 30e édition du salon, qui se tiendra du 4 au 9 mars 2025 »), not with other days nor a noun
/// that no series is named with; a venue after « au » (« au Palais des congrès »), which puts
/// the edition in no other town; an edition's first and last days with their year in the
/// sentence after (« L’exposition ouvrira ses portes du 4 au 9 mars 2025 »), or its first day
/// alone (« Il s’est ouvert le mardi 4 mars 2025 »), not another day; a month before a year told from the publication date ("at the
/// 12th Regular Meeting in July last year"), which tells apart two editions of that year.
extension EditionMismatchRule {
    static let dayFormExamples: [RuleExample] = [
        dayForm("Le 31e sommet ordinaire de la Ligue des villes du Rhin (LVR) s’est tenu le dimanche 9 juin 2024 à Mannheim.", .fr, nil),
        dayForm("Le ⟦30e sommet⟧ ordinaire de la Ligue des villes du Rhin (LVR) s’est tenu le dimanche 9 juin 2024 à Mannheim.", .fr, nil),
        dayForm("The 31st summit of the League of Rhine Cities (LRC) was held on Sunday, June 9, 2024, in Mannheim.", .en, nil),
        dayForm("The ⟦30th summit⟧ of the League of Rhine Cities (LRC) was held on Sunday, June 9, 2024, in Mannheim.", .en, nil),
        dayForm("Le 30e sommet ordinaire de la Ligue des villes du Rhin (UE) s’est tenu le dimanche 9 juin 2024 à Mannheim.", .fr, nil),
        dayForm("Pour cette ⟦30e édition⟧ du salon, qui se tiendra du 4 au 9 mars 2025, 200 auteurs sont attendus.", .fr, february),
        dayForm("Pour cette 31e édition du salon, qui se tiendra du 4 au 9 mars 2025, 200 auteurs sont attendus.", .fr, february),
        dayForm("For this ⟦30th edition⟧ of the fair, held from 4 to 9 March 2025, 200 authors are expected.", .en, february),
        dayForm("For this 31st edition of the fair, held from 4 to 9 March 2025, 200 authors are expected.", .en, february),
        dayForm("Pour cette 30e édition du salon, qui se tiendra du 3 au 9 mars 2025, 200 auteurs sont attendus.", .fr, february),
        dayForm("Pour cette 30e édition du festival, qui se tiendra du 4 au 9 mars 2025, 200 auteurs sont attendus.", .fr, february),
        dayForm("Pour cette 30e édition du salon de Metz, qui se tiendra du 4 au 9 mars 2025, 200 auteurs sont attendus.", .fr, february),
        dayForm("Le Salon du livre de Colmar s’est installé en ville. La ⟦30e édition⟧ s’est ouverte le mardi 4 mars 2025 au Palais des congrès.", .fr, nil),
        dayForm("Le Salon du livre de Colmar s’est installé en ville. La 31e édition s’est ouverte le mardi 4 mars 2025 au Palais des congrès.", .fr, nil),
        dayForm("Le Salon du livre de Colmar s’est installé en ville. La 30e édition s’est ouverte le mardi 4 mars 2025 à Metz.", .fr, nil),
        dayForm("La ⟦30e édition⟧ du Salon du livre de Colmar se prépare depuis l’automne. L’exposition ouvrira ses portes du 4 au 9 mars 2025.", .fr, nil),
        dayForm("La 31e édition du Salon du livre de Colmar se prépare depuis l’automne. L’exposition ouvrira ses portes du 4 au 9 mars 2025.", .fr, nil),
        dayForm("La 30e édition du Salon du livre de Colmar se prépare depuis l’automne. L’exposition ouvrira ses portes du 3 au 9 mars 2025.", .fr, nil),
        dayForm("Le ⟦30e Salon du livre de Colmar⟧ a attiré la foule. Il s’est ouvert le mardi 4 mars 2025.", .fr, nil),
        dayForm("Le 31e Salon du livre de Colmar a attiré la foule. Il s’est ouvert le mardi 4 mars 2025.", .fr, nil),
        dayForm("Le 30e Salon du livre de Colmar a attiré la foule. Une autrice y a été primée le jeudi 6 mars 2025.", .fr, nil),
        dayForm("Work on the ⟦30th Colmar Book Fair⟧ began in the autumn. The fair will run from March 4 to 9, 2025.", .en, nil),
        dayForm("Work on the 31st Colmar Book Fair began in the autumn. The fair will run from March 4 to 9, 2025.", .en, nil),
        dayForm("The plan was agreed at the ⟦12th Regular Meeting⟧ in July last year.", .en, march),
        dayForm("The plan was agreed at the 13th Regular Meeting in July last year.", .en, march),
        dayForm("The plan was agreed at the 12th Regular Meeting in February last year.", .en, march),
        dayForm("The plan was agreed at the 12th Regular Meeting last year.", .en, march),
        dayForm("Le plan a été adopté lors de la ⟦12e réunion ordinaire des maires de la vallée⟧, en juillet de l’année dernière.", .fr, march),
        dayForm("Le plan a été adopté lors de la 13e réunion ordinaire des maires de la vallée, en juillet de l’année dernière.", .fr, march),
    ]

    /// Monday 10 February 2025, weeks before the 31st book fair.
    private static let february = CalendarDate(year: 2025, month: 2, day: 10)
    /// Wednesday 5 March 2025, after the mayors' 12th (February 2024) and 13th (July 2024) meetings.
    private static let march = CalendarDate(year: 2025, month: 3, day: 5)

    /// The examples' reference data: the League of Rhine Cities and its summits (the 30th on 10
    /// December 2023, the 31st on 9 June 2024, both in Mannheim), the Colmar book fair (the 30th
    /// on 5-10 March 2024, the 31st on 4-9 March 2025) and the valley mayors' regular meetings
    /// (the 12th on 12-14 February 2024, the 13th on 8-10 July 2024).
    static let dayFormReference = InMemoryReference([
        .init(
            id: "lvr", kind: .organization,
            names: ["Ligue des villes du Rhin", "LVR", "League of Rhine Cities", "LRC"]),
        .init(id: "ue", kind: .organization, names: ["UE"]),
        .init(
            id: "lvr-summit", kind: .series, names: ["sommet de la LVR", "LRC summit"],
            editions: [
                exampleEdition(30, "2023-12-10", "2023-12-10", "Mannheim"),
                exampleEdition(31, "2024-06-09", "2024-06-09", "Mannheim"),
            ]),
        .init(
            id: "colmar-book-fair", kind: .series, names: ["Salon du livre de Colmar", "Colmar Book Fair"],
            editions: [
                exampleEdition(30, "2024-03-05", "2024-03-10", "Colmar"),
                exampleEdition(31, "2025-03-04", "2025-03-09", "Colmar"),
            ]),
        .init(
            id: "valley-mayors", kind: .series,
            names: ["Regular Meeting of the Valley Mayors", "Regular Meeting", "réunion ordinaire des maires de la vallée"],
            editions: [
                exampleEdition(12, "2024-02-12", "2024-02-14", "Sion"),
                exampleEdition(13, "2024-07-08", "2024-07-10", "Sion"),
            ]),
    ])

    private static func dayForm(_ text: String, _ language: Language, _ published: CalendarDate?) -> RuleExample {
        RuleExample(text, language: language, published: published, reference: dayFormReference)
    }
}
