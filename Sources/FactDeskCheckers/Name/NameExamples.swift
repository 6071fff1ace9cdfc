import FactDeskKit

/// The reference data the name rules' examples assume: INTERPOL's officers and the places of
/// its 93rd General Assembly.
enum NameExamples {
    /// The publication date of the examples that need one.
    static let published = CalendarDate(year: 2025, month: 11, day: 24)

    /// People, organisations and places, with language-tagged spellings and roles (Oleh
    /// Khmelchenko, Mansour Gaddour, Yevgeny Tarozhin and the EU Police College are invented), and
    /// the United States.
    static let reference = InMemoryReference([
        .init(
            id: "interpol", kind: .organization, names: ["INTERPOL", "OIPC-INTERPOL", "Interpol"],
            source: ReferenceSource(citation: "https://www.interpol.int/Who-we-are")),
        .init(id: "eu-police-college", kind: .organization, names: ["EU Police College"]),
        .init(id: "united-states", kind: .place, names: ["United States", "US"]),
        .init(
            id: "ahmed-naser-al-raisi", kind: .person, names: ["Ahmed Naser Al-Raisi", "Al-Raisi"],
            source: ReferenceSource(citation: "https://www.interpol.int/Who-we-are/Governance/President"),
            roles: [
                ReferenceRole(
                    title: [.en: "President", .fr: "président"], organization: "interpol",
                    from: PartialDate(year: 2021, month: 11), to: PartialDate(year: 2025, month: 11))
            ]),
        .init(
            id: "valdecy-urquiza", kind: .person, names: ["Valdecy Urquiza", "Urquiza"],
            source: ReferenceSource(citation: "https://www.interpol.int/Who-we-are/Secretary-General"),
            roles: [
                ReferenceRole(
                    title: [.en: "Secretary General", .fr: "Secrétaire général"], organization: "interpol",
                    from: PartialDate(year: 2024, month: 11))
            ]),
        .init(
            id: "mohammed-vi", kind: .person, names: ["Mohammed VI"],
            roles: [
                ReferenceRole(title: [.en: "King", .fr: "roi"], organization: "morocco", from: PartialDate(year: 1999))
            ]),
        .init(
            id: "karim-benali", kind: .person, names: ["Karim Benali", "Benali"],
            roles: [
                ReferenceRole(
                    title: [.en: "Interior Minister", .fr: "ministre de l’Intérieur"], organization: "morocco",
                    from: PartialDate(year: 2021))
            ]),
        .init(
            id: "vladimir-putin", kind: .person, names: ["Vladimir Putin", "Putin"],
            roles: [
                ReferenceRole(title: [.en: "President", .fr: "président"], organization: "russia", from: PartialDate(year: 2012))
            ]),
        .init(
            id: "oleh-khmelchenko", kind: .person, names: ["Oleh Khmelchenko", "Khmelchenko"],
            roles: [
                ReferenceRole(
                    title: [.en: "Foreign Minister", .fr: "ministre des Affaires étrangères"], organization: "ukraine",
                    from: PartialDate(year: 2024))
            ]),
        .init(
            id: "mansour-gaddour", kind: .person, names: [],
            languageNames: [
                NameSpelling("Mansour Gaddour", language: .en), NameSpelling("Gaddour", language: .en),
                NameSpelling("Mansour Kaddour", language: .fr), NameSpelling("Kaddour", language: .fr),
            ]),
        .init(id: "yevgeny-tarozhin", kind: .person, names: ["Yevgeny Tarozhin", "Tarozhin"]),
        .init(id: "ruth-baker", kind: .person, names: ["Ruth Baker"]),
        .init(
            id: "lucia-ortega", kind: .person, names: ["Lucía Ortega", "Ortega"],
            roles: [
                ReferenceRole(
                    title: [.en: "President of the Government", .fr: "présidente du gouvernement"],
                    organization: "spain", from: PartialDate(year: 2023))
            ]),
        .init(
            id: "kwame-asante", kind: .person, names: ["Kwame Asante", "Asante"],
            roles: [
                ReferenceRole(
                    title: [.en: "President", .fr: "président"], organization: "ghana",
                    from: PartialDate(year: 2017, month: 1), to: PartialDate(year: 2025, month: 1))
            ]),
        .init(
            id: "marrakech", kind: .place, names: ["Marrakech"],
            languageNames: [NameSpelling("Marrakesh", language: .en)]),
        .init(id: "ghana", kind: .place, names: ["Ghana"]),
        .init(id: "nepal", kind: .place, names: ["Nepal"]),
        .init(id: "tanzania", kind: .place, names: ["Tanzania"]),
        .init(
            id: "russia", kind: .place, names: [],
            languageNames: [NameSpelling("Russie", language: .fr), NameSpelling("Russia", language: .en)]),
        .init(
            id: "spain", kind: .place, names: [],
            languageNames: [NameSpelling("Espagne", language: .fr), NameSpelling("Spain", language: .en)]),
        .init(
            id: "south-africa", kind: .place, names: [],
            languageNames: [NameSpelling("Afrique du Sud", language: .fr), NameSpelling("South Africa", language: .en)]),
        .init(
            id: "argentina", kind: .place, names: [],
            languageNames: [NameSpelling("Argentine", language: .fr), NameSpelling("Argentina", language: .en)]),
        .init(
            id: "african-union", kind: .organization, names: ["UA"],
            languageNames: [NameSpelling("Union africaine", language: .fr), NameSpelling("African Union", language: .en)]),
        .init(id: "kahramanmaras", kind: .place, names: ["Kahramanmaraş"]),
        .init(
            id: "morocco", kind: .place, names: [],
            languageNames: [NameSpelling("Maroc", language: .fr), NameSpelling("Morocco", language: .en)]),
    ])

    /// Accented names, for the accent rules' examples.
    static let accentedReference = InMemoryReference([
        .init(id: "jose-mujica", kind: .person, names: ["José Mujica", "Mujica"]),
        .init(id: "sebastien-ogier", kind: .person, names: ["Sébastien Ogier", "Ogier"]),
        .init(id: "elodie-varenne", kind: .person, names: ["Élodie Varenne", "Varenne"]),
    ])
}
