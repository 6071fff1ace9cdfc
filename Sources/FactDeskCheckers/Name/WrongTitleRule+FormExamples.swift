import FactDeskKit

/// Examples of `wrong-title` for the forms written around a title: a form of address between
/// the title and the name (« le ministre des Sports, M. Karim Benali », "Foreign Minister Mr
/// Karim Benali"), a lowercase English portfolio after the name ("Karim Benali, Morocco’s
/// defense minister,"), a portfolio's other spelling ("Home Affairs Minister" for the Interior
/// Minister), a periphrasis that is also some role's title (« le chef du gouvernement X » for a
/// Premier ministre, when another person's role is « cheffe du gouvernement »), « démissionnaire »
/// after a title (its holder is still in office), the French periphrases « garde des Sceaux »,
/// « locataire de Matignon », « locataire de Beauvau », a head of state's periphrasis (« la
/// cheffe de l’État », "the head of state") for a government's president, a title some role
/// has written with a nationality inside it (« la ministre espagnole de l’Intérieur »), and an
/// apposed title followed by « en exercice », "in office" and the organisation (« X, secrétaire
/// général en exercice de l’Organisation, »); a nationality inside a title some role has (« le
/// ministre russe de l’Intérieur X », « X, le ministre ghanéen de l’Intérieur, ») and a country's
/// possessive before it ("Ghana’s Interior Minister X", "X, Russia’s interior minister,") read
/// against the role's country; a phrase making the person the head of an organisation none of
/// their roles is of ("EU Police College chief X", « X, patron de l’Union africaine, », "X, who
/// heads the EU Police College,"); a title followed by a numbered session of a body the
/// reference data names (« le président de la 41e session de l’Union africaine, X »), read with
/// that body; « de la république » in lowercase after a title;
/// in a list of "Name, Title" lines, a title ending a
/// line belongs to the name before it, not to the next line's; an apposed title joined to a
/// second one by « et », "and" (« X, ministre des Sports et porte-parole du gouvernement, »); an
/// English head and complement ("Minister of Energy" for the Minister of Fisheries); a title that
/// is part of a name or a reign's title after the reign ("Pope Clement", "the late Queen Mara").
extension WrongTitleRule {
    static let formExamples: [RuleExample] = [
        example("Hier, Karim Benali, ⟦ministre des Sports⟧ et porte-parole du gouvernement, a parlé.", .fr),
        example("Hier, Karim Benali, ministre de l’Intérieur et porte-parole du gouvernement, a parlé.", .fr),
        example("Karim Benali, the ⟦foreign minister⟧ and government spokesman, spoke.", .en),
        example("Karim Benali, the interior minister and government spokesman, spoke.", .en),
        example("Hier, le ⟦ministre des Sports⟧, M. Karim Benali, a parlé.", .fr),
        example("Hier, le ministre de l’Intérieur, M. Karim Benali, a parlé.", .fr),
        example("Le ⟦ministre des Sports⟧, Son Excellence Monsieur Karim Benali, a parlé.", .fr),
        example("Le ministre de l’Intérieur, S.E.M. Karim Benali, a parlé.", .fr),
        example("Yesterday, ⟦Foreign Minister⟧ Mr Karim Benali spoke.", .en),
        example("Yesterday, President H.E. Ahmed Naser Al-Raisi spoke.", .en),
        example("Karim Benali, Morocco’s ⟦defense minister⟧, spoke.", .en),
        example("Karim Benali, the ⟦justice minister⟧, spoke.", .en),
        example("Karim Benali, Morocco’s home affairs minister, spoke.", .en),
        example("Karim Benali, the veteran interior minister, spoke.", .en),
        example("Karim Benali, the former defense minister, spoke.", .en),
        example("Home Affairs Minister Karim Benali spoke.", .en),
        example("Foreign Affairs Minister Oleh Khmelchenko spoke.", .en),
        example("⟦Foreign Affairs Minister⟧ Karim Benali spoke.", .en),
        example("Hier, le ⟦ministre des Sports⟧ démissionnaire, Karim Benali, a parlé.", .fr),
        example("Hier, le ministre de l’Intérieur démissionnaire, Karim Benali, a parlé.", .fr),
        example("Hier, le ⟦garde des Sceaux⟧ Karim Benali a parlé.", .fr),
        example("Hier, le locataire de Beauvau, Karim Benali, a parlé.", .fr),
        example("Hier, le ⟦locataire de Matignon⟧, Karim Benali, a parlé.", .fr),
        headOfGovernment("Hier, le chef du gouvernement malien, Modibo Keïta, a parlé.", .fr),
        headOfGovernment("Hier, la cheffe du gouvernement Aminata Traoré a parlé.", .fr),
        headOfGovernment("Hier, le ⟦chef du gouvernement⟧ Oumar Sidibé a parlé.", .fr),
        headOfGovernment("Yesterday, Malian ⟦Premier⟧ Oumar Sidibé spoke.", .en),
        headOfGovernment("Yesterday, Malian Premier Modibo Keïta spoke.", .en),
        headOfGovernment("Yesterday, Premier Aminata Traoré spoke.", .en),
        // A title that is part of a name, or a monarch's or pope's title, stays after the reign.
        headOfGovernment("Yesterday the faithful mourned Pope Clement and the late Queen Mara.", .en),
        headOfGovernment("Yesterday, ⟦President⟧ Clement spoke.", .en),
        headOfGovernment("Yesterday, ⟦Queen⟧ Ines spoke.", .en),
        // An English head and complement no role has, against a held title of the same head.
        headOfGovernment("Yesterday, ⟦Minister of Energy⟧ Fatou Diarra spoke.", .en),
        headOfGovernment("Fatou Diarra, the ⟦Minister of the Interior⟧, spoke.", .en),
        headOfGovernment("Yesterday, Minister of Fisheries Fatou Diarra spoke.", .en),
        headOfGovernment("Yesterday, Deputy Minister of Energy Fatou Diarra spoke.", .en),
        // A head of state's periphrasis for a government's president.
        example("Hier, la ⟦cheffe de l’État⟧ espagnole Lucía Ortega a parlé.", .fr),
        example("Yesterday, the ⟦head of state⟧ Lucía Ortega spoke.", .en),
        example("Hier, la cheffe du gouvernement espagnole Lucía Ortega a parlé.", .fr),
        example("Yesterday, the head of government Lucía Ortega spoke.", .en),
        // A title some role has, with a nationality inside it.
        example("Hier, la ⟦ministre espagnole de l’Intérieur⟧ Lucía Ortega a parlé.", .fr),
        example("Hier, la ministre espagnole des Sports Lucía Ortega a parlé.", .fr),
        // « en exercice », "in office" and the organisation after an apposed title.
        example("Hier, Ahmed Naser Al-Raisi, ⟦secrétaire général⟧ en exercice de l’Organisation, a parlé.", .fr),
        example("Yesterday Ahmed Naser Al-Raisi, the ⟦secretary general⟧ in office, spoke.", .en),
        example("Hier, Ahmed Naser Al-Raisi, président en exercice de l’Organisation, a parlé.", .fr),
        example("Yesterday Ahmed Naser Al-Raisi, the president in office, spoke.", .en),
        // « de la république » in lowercase after a title.
        example("Hier, le ⟦ministre des Affaires étrangères⟧ de la république Vladimir Putin a parlé.", .fr),
        example("Hier, le président de la république Vladimir Putin a parlé.", .fr),
        example("Yesterday the ⟦Foreign Minister⟧ of the republic Vladimir Putin spoke.", .en),
        example("Yesterday the president of the republic Vladimir Putin spoke.", .en),
        // A list of "Name, Title" lines: a title ending a line is the name's before it.
        example("Present:\nValdecy Urquiza, Secretary General of INTERPOL\nAhmed Naser Al-Raisi, President of INTERPOL", .en),
        example("Présents :\nValdecy Urquiza, secrétaire général d’INTERPOL\nAhmed Naser Al-Raisi, président d’INTERPOL", .fr),
        example("Present:\nAhmed Naser Al-Raisi, ⟦Secretary General⟧ of INTERPOL\nValdecy Urquiza, Secretary General of INTERPOL", .en),
        example("Présents :\nAhmed Naser Al-Raisi, ⟦secrétaire général⟧ d’INTERPOL\nValdecy Urquiza, secrétaire général d’INTERPOL", .fr),
        // A nationality inside a title some role has, read against the country of the role.
        example("Hier, le ⟦ministre russe de l’Intérieur⟧ Karim Benali a parlé.", .fr),
        example("Hier, Karim Benali, le ⟦ministre ghanéen de l’Intérieur⟧, a parlé.", .fr),
        example("Hier, Karim Benali, le ministre marocain de l’Intérieur, a parlé.", .fr),
        example("Hier, la ⟦présidente russe du gouvernement⟧ Lucía Ortega a parlé.", .fr),
        example("Hier, Lucía Ortega, présidente espagnole du gouvernement, a parlé.", .fr),
        // A country's possessive before a title some role has, read against the country of the role.
        example("Yesterday ⟦Ghana’s Interior Minister⟧ Karim Benali spoke.", .en),
        example("Yesterday Morocco’s Interior Minister Karim Benali spoke.", .en),
        example("Yesterday Karim Benali, ⟦Russia’s interior minister⟧, spoke.", .en),
        example("Yesterday Karim Benali, Morocco's interior minister, spoke.", .en),
        example("Yesterday ⟦Morocco's President⟧ Vladimir Putin spoke.", .en),
        example("Yesterday Wakanda’s Interior Minister Karim Benali spoke.", .en),
        // A phrase making the person the head of an organisation none of their roles is of.
        example("Yesterday ⟦EU Police College chief⟧ Valdecy Urquiza spoke.", .en),
        example("Yesterday INTERPOL chief Valdecy Urquiza spoke.", .en),
        example("Yesterday former EU Police College chief Valdecy Urquiza spoke.", .en),
        example("Valdecy Urquiza, ⟦who heads the EU Police College⟧, spoke.", .en),
        example("Valdecy Urquiza, who heads INTERPOL, spoke.", .en),
        example("Valdecy Urquiza, the ⟦EU Police College chief⟧, spoke.", .en),
        example("Valdecy Urquiza, the INTERPOL chief, spoke.", .en),
        example("Valdecy Urquiza, the EU Police College chief of staff, spoke.", .en),
        // "new" before an apposed title.
        example("Valdecy Urquiza, the new ⟦secretary general of the EU Police College⟧, spoke.", .en),
        example("Valdecy Urquiza, the new secretary general of INTERPOL, spoke.", .en),
        example("Hier, Valdecy Urquiza, nouveau ⟦secrétaire général de l’Union africaine⟧, a parlé.", .fr),
        example("Hier, Valdecy Urquiza, nouveau secrétaire général d’INTERPOL, a parlé.", .fr),
        example("Valdecy Urquiza, who heads the EU Police College board, spoke.", .en),
        example("Hier, Valdecy Urquiza, ⟦patron de l’Union africaine⟧, a parlé.", .fr),
        example("Hier, Valdecy Urquiza, patron d’INTERPOL, a parlé.", .fr),
        example("Hier, le ⟦chef de l’Union africaine⟧, Valdecy Urquiza, a parlé.", .fr),
        example("Hier, l’ancien chef de l’Union africaine, Valdecy Urquiza, a parlé.", .fr),
        example("Hier, Karim Benali, ⟦à la tête de l’Union africaine⟧, a parlé.", .fr),
        example("Hier, Valdecy Urquiza, à la tête d’INTERPOL depuis 2024, a parlé.", .fr),
        // A body whose name shares a word with a held role's may be part of it, or have it as a part.
        harbour("Yesterday Harbour Council chief Ilse Marant spoke."),
        // English nationalities in "-i" of a place's name ("Nepali" of "Nepal").
        example("Yesterday ⟦Nepali President⟧ Vladimir Putin spoke.", .en),
        example("Yesterday Bahraini President Vladimir Putin spoke.", .en),
        // A title followed by a numbered session of a body, read with that body.
        example("Le ⟦président⟧ de la 41e session de l’Union africaine, Karim Benali, a parlé.", .fr),
        example("Le président de la 93e session d’INTERPOL, Ahmed Naser Al-Raisi, a parlé.", .fr),
        example("Le président de la 41e session du Conseil du port, Karim Benali, a parlé.", .fr),
        example("The ⟦president⟧ of the 41st session of the African Union, Karim Benali, spoke.", .en),
        example("The president of the 93rd session of INTERPOL, Ahmed Naser Al-Raisi, spoke.", .en),
        // An organisation written before a title that some role has with the organisation after it.
        harbour("Yesterday ⟦Harbour Council President⟧ Ilse Marant spoke."),
        harbour("Yesterday Harbour Commission President Ilse Marant spoke."),
        harbour("Yesterday ⟦Harbour Commission President⟧ Tomas Brel spoke."),
        harbour("Yesterday Harbour Council President Tomas Brel spoke."),
        harbour("Yesterday outgoing Harbour Council President Ilse Marant spoke."),
        harbour("Former Harbour Council President Ilse Marant spoke."),
        harbour("Yesterday Ilse Marant, the ⟦Harbour Council president⟧, spoke."),
        harbour("Yesterday Ilse Marant, the Harbour Commission president, spoke."),
    ]

    /// Two invented presidents of two bodies whose names differ by one word, each titled with
    /// the body after the title, and a country's president.
    static let harbourPresidents = InMemoryReference([
        .init(
            id: "ilse-marant", kind: .person, names: ["Ilse Marant"],
            roles: [
                ReferenceRole(
                    title: [.en: "President of the Harbour Commission", .fr: "présidente de la Commission du port"],
                    organization: "harbour-commission")
            ]),
        .init(
            id: "tomas-brel", kind: .person, names: ["Tomas Brel"],
            roles: [
                ReferenceRole(
                    title: [.en: "President of the Harbour Council", .fr: "président du Conseil du port"],
                    organization: "harbour-council")
            ]),
        .init(
            id: "arno-velt", kind: .person, names: ["Arno Velt"],
            roles: [ReferenceRole(title: [.en: "President", .fr: "président"], organization: "ostland")]),
        .init(id: "ostland", kind: .place, names: ["Ostland"]),
        .init(id: "harbour-commission", kind: .organization, names: ["Harbour Commission"]),
        .init(id: "harbour-council", kind: .organization, names: ["Harbour Council"]),
    ])

    /// An English example read against ``harbourPresidents``.
    private static func harbour(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: NameExamples.published, reference: harbourPresidents)
    }

    /// Three invented officers of Mali: a Premier ministre, a cheffe du gouvernement (as some
    /// reference data titles a head of government) and a président.
    static let headsOfGovernment = InMemoryReference([
        .init(
            id: "modibo-keita", kind: .person, names: ["Modibo Keïta"],
            roles: [ReferenceRole(title: [.en: "Prime Minister", .fr: "Premier ministre"], organization: "mali")]),
        .init(
            id: "aminata-traore", kind: .person, names: ["Aminata Traoré"],
            roles: [
                ReferenceRole(title: [.en: "head of government", .fr: "cheffe du gouvernement"], organization: "mali")
            ]),
        .init(
            id: "oumar-sidibe", kind: .person, names: ["Oumar Sidibé"],
            roles: [ReferenceRole(title: [.en: "President", .fr: "président"], organization: "mali")]),
        .init(
            id: "fatou-diarra", kind: .person, names: ["Fatou Diarra"],
            roles: [ReferenceRole(title: [.en: "Minister of Fisheries", .fr: "ministre de la Pêche"], organization: "mali")]),
        reign("pope-clement", names: ["Pope Clement", "Clement"], title: ("Pope", "pape"), from: 2001, to: 2020),
        reign("queen-mara", names: ["Mara"], title: ("Queen", "reine"), from: 1990, to: 2019),
        reign("queen-ines", names: ["Ines"], title: ("Queen", "reine"), from: 2027, to: nil),
        .init(id: "mali", kind: .place, names: ["Mali"]),
    ])

    /// A person reigning over Mali for the years given.
    private static func reign(
        _ id: String, names: [String], title: (en: String, fr: String), from: Int, to: Int?
    ) -> InMemoryReference.Subject {
        .init(
            id: id, kind: .person, names: names,
            roles: [
                ReferenceRole(
                    title: [.en: title.en, .fr: title.fr], organization: "mali", from: PartialDate(year: from),
                    to: to.map { PartialDate(year: $0) })
            ])
    }

    private static func example(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NameExamples.published, reference: NameExamples.reference)
    }

    /// An example read against the heads of government of ``headsOfGovernment``.
    private static func headOfGovernment(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NameExamples.published, reference: headsOfGovernment)
    }
}
