import FactDeskKit

/// Examples of `wrong-title` for a court's, an institution's and a national team's titles: a
/// title some role has that goes on with an adjective is another role than the shorter one
/// (« avocat général » is no « avocate »), a role's title with middle words left out names it
/// (« le procureur de Mende » for the procureur de la République de Mende) and its opening
/// does too (« la présidente de la cour »), the client after a lawyer's title (« l’avocate de
/// X » for Y's lawyer), a lawyer's « Me »
/// before the name, the person's nationality as a noun between an apposed title and the name
/// (« le capitaine, le Suédois X »), a time since when the title is held after an apposed one
/// (« X, directrice générale de l’Institut depuis 2019, »), a lowercase noun opening the body
/// (« X, capitaine de l’équipe de Norvège, »), a title stated with « est », "is",
/// « sortant » between a title and its organisation (read for the organisation only, when the
/// title is held), and a country written before an English title naming its national team
/// ("Norway captain X"); « letton », « slovène » for Latvia and Slovenia.
extension WrongTitleRule {
    static let courtAndTeamExamples: [RuleExample] = [
        court("L’⟦avocat général⟧ Claire Vidal a plaidé la relaxe."),
        court("L’avocat général Paul Rideau a requis dix ans de réclusion."),
        court("L’⟦avocat général⟧, Me Claire Vidal, a plaidé la relaxe."),
        court("L’avocate de Jean Dumas, Me Claire Vidal, a plaidé la relaxe."),
        court("L’⟦avocate de Luc Perrin⟧, Me Claire Vidal, a plaidé la relaxe."),
        court("Me Claire Vidal, ⟦avocate de Luc Perrin⟧, a plaidé la relaxe."),
        court("La présidente de la cour, Hélène Marchal, a levé l’audience."),
        court("Le ⟦président de la cour⟧, Paul Rideau, a levé l’audience."),
        court("Ines Rocha, présidente de la Commission de l’UDP, a parlé."),
        court("La présidente de la Commission, Ines Rocha, a parlé."),
        court("Me Claire Vidal, avocate de la défense, a plaidé la relaxe."),
        court("La présidente de la cour d’assises, Hélène Marchal, a levé l’audience."),
        court("La ⟦présidente de la cour d’assises⟧, Me Claire Vidal, a levé l’audience."),
        court("Le procureur de Mende Yannick Morel a annoncé une enquête."),
        court("Le ⟦procureur de Rodez⟧ Yannick Morel a annoncé une enquête."),
        court("Le capitaine, le Suédois Erik Lunde, a marqué deux fois."),
        court("La Première ministre lettone Ilze Ozola a parlé."),
        court("La ⟦Première ministre lettone⟧ Anna Berg a parlé."),
        court("Le ⟦sélectionneur⟧, le Suédois Erik Lunde, a marqué deux fois."),
        court("Marta Quist, directrice générale de l’Institut polaire depuis 2019, a parlé."),
        court("Marta Quist, ⟦présidente⟧ de l’Institut polaire depuis 2019, a parlé."),
        court("Marta Quist, ancienne présidente de l’Agence de la mer jusqu’en 2018, a parlé."),
        court("Marta Quist, présidente de l’Agence de la mer depuis 2012 jusqu’en 2018, a parlé."),
        court("Le procureur adjoint Yannick Morel a annoncé une enquête."),
        court("Le ⟦procureur de la République⟧ Paul Rideau a annoncé une enquête."),
        court("Marta Quist est la directrice générale de l’Institut polaire."),
        court("Marta Quist est la ⟦directrice générale de l’Agence de la mer⟧ depuis 2019."),
        court("Marta Quist est l’ancienne présidente de l’Agence de la mer."),
        court("Marta Quist est la fille du président de l’Agence de la mer."),
        court("La fille de Marta Quist est la présidente de l’Agence de la mer."),
        court("Depuis 2019, Marta Quist est la ⟦présidente⟧ de l’Agence de la mer."),
        court("Marta Quist is the director-general of the Polar Institute.", .en),
        court("Marta Quist is the ⟦director-general of the Sea Agency⟧.", .en),
        court("Le ⟦président sortant de l’Institut polaire⟧, Tomas Lind, a parlé."),
        court("Le président sortant de l’Agence de la mer, Tomas Lind, a parlé."),
        court("La présidente sortante de l’Agence de la mer, Marta Quist, a parlé."),
        court("Erik Lunde, capitaine de l’équipe de Norvège, a marqué deux fois."),
        court("Sven Aalto, ⟦capitaine⟧ de l’équipe de Norvège depuis 2019, a parlé."),
        court("Le capitaine de l’équipe de Norvège, Erik Lunde, a marqué deux fois."),
        court("Norway captain Erik Lunde scored twice.", .en),
        court("⟦Sweden captain⟧ Erik Lunde scored twice.", .en),
        court("Norway ⟦coach⟧ Erik Lunde scored twice.", .en),
    ]

    /// An example read against ``courtAndTeam``.
    private static func court(_ text: String, _ language: Language = .fr) -> RuleExample {
        RuleExample(text, language: language, published: NameExamples.published, reference: courtAndTeam)
    }

    /// An invented trial's court officers and lawyer, a prosecutor, two bodies' heads and a
    /// national team's captain and coach.
    static let courtAndTeam = InMemoryReference([
        .init(
            id: "helene-marchal", kind: .person, names: ["Hélène Marchal"],
            roles: [
                ReferenceRole(
                    title: [.en: "presiding judge", .fr: "présidente de la cour d’assises"],
                    organization: "assize-court")
            ]),
        .init(
            id: "paul-rideau", kind: .person, names: ["Paul Rideau"],
            roles: [ReferenceRole(title: [.en: "prosecutor", .fr: "avocat général"], organization: "assize-court")]),
        .init(
            id: "claire-vidal", kind: .person, names: ["Claire Vidal"],
            roles: [ReferenceRole(title: [.en: "lawyer", .fr: "avocate"], organization: "jean-dumas")]),
        .init(id: "jean-dumas", kind: .person, names: ["Jean Dumas"]),
        .init(id: "luc-perrin", kind: .person, names: ["Luc Perrin"]),
        .init(
            id: "ines-rocha", kind: .person, names: ["Ines Rocha"],
            roles: [
                ReferenceRole(
                    title: [
                        .en: "Chair of the Ports Union Commission",
                        .fr: "présidente de la Commission de l’Union des ports",
                    ],
                    organization: "ports-union-commission")
            ]),
        .init(id: "ports-union", kind: .organization, names: ["Union des ports", "UDP"]),
        .init(id: "ports-union-commission", kind: .organization, names: ["Commission de l’Union des ports"]),
        .init(
            id: "yannick-morel", kind: .person, names: ["Yannick Morel"],
            roles: [
                ReferenceRole(
                    title: [.en: "Mende prosecutor", .fr: "procureur de la République de Mende"],
                    organization: "mende-prosecutors")
            ]),
        .init(
            id: "marta-quist", kind: .person, names: ["Marta Quist"],
            roles: [
                ReferenceRole(
                    title: [.en: "Director-General", .fr: "directrice générale"], organization: "polar-institute",
                    from: PartialDate(year: 2019))
            ]),
        .init(
            id: "tomas-lind", kind: .person, names: ["Tomas Lind"],
            roles: [ReferenceRole(title: [.en: "President", .fr: "président"], organization: "sea-agency")]),
        .init(
            id: "erik-lunde", kind: .person, names: ["Erik Lunde"],
            roles: [ReferenceRole(title: [.en: "captain", .fr: "capitaine"], organization: "norway-team")]),
        .init(
            id: "sven-aalto", kind: .person, names: ["Sven Aalto"],
            roles: [ReferenceRole(title: [.en: "coach", .fr: "sélectionneur"], organization: "norway-team")]),
        .init(id: "assize-court", kind: .organization, names: ["cour d’assises de la Lozère"]),
        .init(id: "mende-prosecutors", kind: .organization, names: ["parquet de Mende"]),
        .init(id: "polar-institute", kind: .organization, names: ["Institut polaire", "Polar Institute"]),
        .init(id: "sea-agency", kind: .organization, names: ["Agence de la mer", "Sea Agency"]),
        .init(id: "norway-team", kind: .organization, names: ["équipe de Norvège", "Norway national team"]),
        .init(id: "norway", kind: .place, names: ["Norway", "Norvège"]),
        .init(id: "sweden", kind: .place, names: ["Sweden", "Suède"]),
        .init(id: "latvia", kind: .place, names: ["Latvia", "Lettonie"]),
        .init(
            id: "ilze-ozola", kind: .person, names: ["Ilze Ozola"],
            roles: [ReferenceRole(title: [.en: "Prime Minister", .fr: "Première ministre"], organization: "latvia")]),
        .init(
            id: "anna-berg", kind: .person, names: ["Anna Berg"],
            roles: [ReferenceRole(title: [.en: "Prime Minister", .fr: "Première ministre"], organization: "sweden")]),
    ])
}
