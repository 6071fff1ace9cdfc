import FactDeskKit

extension DateEvaluation {
    static let eventDuration = "event-duration-mismatch"
    static let elapsed = "elapsed-years-mismatch"
    static let founding = "founding-year-mismatch"
    static let restated = "restated-duration-mismatch"

    /// Forms read in published news and written anew for the evaluation: lengths given to an
    /// event of the reference data, years elapsed since a year of the text, years celebrated,
    /// lengths in years against a span of years, weekdays that open or close an event.
    static let realForms: [DateEvaluationCase] = [
        // event-duration-mismatch: the 93rd General Assembly runs 24–27 November 2025.
        .init("A three-day General Assembly opened in Marrakesh on Monday.", .en, [eventDuration]),
        .init("The five-day INTERPOL General Assembly gathers police chiefs in Marrakesh.", .en, [eventDuration]),
        .init("L’Assemblée générale d’INTERPOL s’est ouverte à Marrakech pour deux semaines.", .fr, [eventDuration]),
        .init("The General Assembly opened in Marrakesh for a week of talks.", .en, [eventDuration]),
        .init("Police chiefs attend a two-day General Assembly in Marrakesh.", .en, [eventDuration]),
        .init("A six-day INTERPOL General Assembly is under way in Marrakesh.", .en, [eventDuration]),
        .init("L’Assemblée générale d’INTERPOL a ouvert ses travaux à Marrakech pour une semaine.", .fr, [eventDuration]),
        .init("L’Assemblée générale d’INTERPOL s’ouvre à Marrakech pour trois jours de débats.", .fr, [eventDuration]),
        .init(
            "L’Assemblée générale d’INTERPOL s’est ouverte le lundi 24 novembre 2025 à Marrakech pour trois jours.",
            .fr, [eventDuration], published: nil),
        .init("A four-day General Assembly opened in Marrakesh on Monday.", .en, []),
        .init("L’Assemblée générale d’INTERPOL s’est ouverte à Marrakech pour quatre jours.", .fr, []),
        .init("Delegates will stay in Marrakesh for two weeks after the General Assembly.", .en, []),
        .init("The General Assembly in Marrakesh opened a three-day workshop on cybercrime.", .en, []),
        .init("The General Assembly opened in Marrakesh; a two-day Europol meeting follows.", .en, []),
        // elapsed-years-mismatch, published in 2025.
        .init("Le club a mis fin à 20 ans d’attente, depuis son dernier titre en 2001.", .fr, [elapsed]),
        .init("The town ended 15 years of waiting, since its last bridge opened in 1990.", .en, [elapsed]),
        .init("Cette victoire met fin à dix ans de disette, après un dernier succès en 2009.", .fr, [elapsed]),
        .init("The party returns to power after 12 years in opposition, since its defeat in 2005.", .en, [elapsed]),
        .init("Le pays accueille le sommet pour la première fois en 20 ans, depuis 1995.", .fr, [elapsed]),
        .init("It is the first title in 40 years for the club, after its win in 1995.", .en, [elapsed]),
        .init("La région a connu trois ans de sécheresse, depuis les dernières grandes pluies, en 2010.", .fr, [elapsed]),
        .init("Residents endured 50 years of isolation, since the railway closed in 1985.", .en, [elapsed]),
        .init("La ville retrouve le Tour après huit ans d’absence, depuis son dernier passage en 2010.", .fr, [elapsed]),
        .init("Le club a mis fin à 24 ans d’attente, depuis son dernier titre en 2001.", .fr, []),
        .init("The town ended 35 years of waiting, since its last bridge opened in 1990.", .en, []),
        .init("Trois ans après la crue de 2019, la digue a été reconstruite.", .fr, []),
        .init("En 2015, le club a mis fin à 14 ans d’attente, depuis son dernier titre en 2001.", .fr, []),
        .init("Ten years of work since the 2015 plan have reshaped the port.", .en, []),
        // anniversary-mismatch: years celebrated, a subject before "marks".
        .init("En 2025, INTERPOL célèbre 100 ans de coopération policière.", .fr, [anniversary]),
        .init("UNESCO celebrates 70 years of work for education.", .en, [anniversary]),
        .init("Europol marks 25th anniversary of its first operation.", .en, [anniversary]),
        .init("INTERPOL celebrates 102 years of police cooperation.", .en, []),
        .init("Europol marks its 27th anniversary.", .en, []),
        .init("Le couple fête 40 ans de mariage.", .fr, []),
        // anniversary-mismatch: a place that only opens a longer name is not the subject.
        .init("Europol marks 25th anniversary of the Lyon Convention.", .en, [anniversary]),
        .init("Europol marks 27th anniversary of the Lyon Convention.", .en, []),
        .init("Europol journeys towards its 40th anniversary.", .en, []),
        .init("À l’approche de son 40e anniversaire, Europol ouvre ses archives.", .fr, []),
        // founding-year-mismatch: a founding year against the reference.
        .init("Europol, founded in 1995, opened a new office.", .en, [founding]),
        .init("Depuis sa création en 1948, l’UNESCO défend l’éducation.", .fr, [founding]),
        .init("Depuis sa fondation en 1925, INTERPOL relie les polices du monde.", .fr, [founding]),
        .init("Since its founding in 1930, INTERPOL has linked police forces.", .en, [founding]),
        .init("UNESCO, established in 1950, protects heritage sites.", .en, [founding]),
        .init("Europol, créé en 2001, coordonne les enquêtes.", .fr, [founding]),
        .init("Depuis ses débuts en 2012, le Centre d’innovation d’INTERPOL accueille des chercheurs.", .fr, [founding]),
        .init("The INTERPOL Innovation Centre, founded in 2017, hosts researchers.", .en, [founding]),
        .init("Since its inception in 1999, Europol has grown steadily.", .en, [founding]),
        .init("Since its founding in 1923, INTERPOL has linked police forces.", .en, []),
        .init("UNESCO, established in 1945, protects heritage sites.", .en, []),
        .init("Since its founding in 1990, the club has worked with Europol and INTERPOL.", .en, []),
        .init("Depuis sa création en 1945, l’UNESCO défend l’éducation.", .fr, []),
        .init("Europol works with a Lyon laboratory, founded in 1990.", .en, []),
        .init("Europol a lancé en 2019 un programme contre la fraude.", .fr, []),
        // range-duration-mismatch: years against a span of years or the year they run until.
        .init("Le plan 2024-2027 fixe les objectifs des 5 prochaines années.", .fr, [duration]),
        .init("The chair will serve for three years until the next congress in 2027.", .en, [duration]),
        .init(
            "Pendant huit jours, les visiteurs parcourront les allées. La foire se tiendra du 23 février au 4 mars.",
            .fr, [duration]),
        .init("The 2026-2028 budget covers the next two years.", .en, []),
        .init("The chair will serve for two years until the next congress in 2027.", .en, []),
        .init(
            "Pendant dix jours, les visiteurs parcourront les allées. La foire se tiendra du 23 février au 4 mars.",
            .fr, []),
        // relative-weekday-mismatch: a weekday that opens or closes the event.
        .init("The General Assembly kicked off Sunday in Marrakesh.", .en, [relative]),
        .init("L’Assemblée générale d’INTERPOL se clôturera vendredi à Marrakech.", .fr, [relative]),
        .init("The General Assembly kicked off Monday in Marrakesh.", .en, []),
        .init("L’Assemblée générale d’INTERPOL se clôturera jeudi à Marrakech.", .fr, []),
        .init("Le grand marché de Marrakech ouvre samedi, comme chaque semaine.", .fr, []),
        // restated-duration-mismatch: a length pointed back to with a demonstrative.
        .init("Les recours sont ouverts 48 heures. Passé ces trois jours, la liste est close.", .fr, [restated]),
        .init("Le jury a dix jours pour trancher. Au bout de ces deux semaines, il rend sa décision.", .fr, [restated]),
        .init("Les élus disposent de 72 heures. Durant ces deux jours, les couloirs bruissent.", .fr, [restated]),
        .init("La grève doit durer une semaine. Pendant ces six jours, les trains restent à quai.", .fr, [restated]),
        .init("Appeals are open for 24 hours. After those two days, the list is final.", .en, [restated]),
        .init("The jury has two weeks to decide. At the end of those ten days, it rules.", .en, [restated]),
        .init("Ministers were given 96 hours to reply. During those five days, talks went on.", .en, [restated]),
        .init("The strike is set to last three months. Over these two years, unions will meet.", .en, [restated]),
        .init("Les recours sont ouverts 48 heures. Passé ces deux jours, la liste est close.", .fr, []),
        .init("Le jury a quinze jours pour trancher. Au bout de ces deux semaines, il rend sa décision.", .fr, []),
        .init("Appeals are open for 24 hours. After that day, the list is final.", .en, []),
        .init("The jury has two weeks to decide. At the end of those fourteen days, it rules.", .en, []),
        .init("La séance débute à 10 heures. Ces trois jours de débats seront tendus.", .fr, []),
        .init("Le salon dure du 3 au 6 mars. Les exposants ont 48 heures pour s’installer avant ces quatre jours.", .fr, []),
        .init("The 24 Hours of Le Mans start on Saturday; these two days decide the season.", .en, []),
    ]
}
