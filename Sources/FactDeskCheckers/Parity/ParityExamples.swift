import FactDeskKit

/// The parity rules' examples, in both directions: a French draft against its English version
/// and an English draft against its French one.
enum ParityExamples {
    /// An invented minister and a city with a spelling per language.
    static let reference = InMemoryReference([
        .init(id: "amara-kessely", kind: .person, names: ["Amara Kessely", "Kessely"]),
        .init(
            id: "lisbon", kind: .place, names: [],
            languageNames: [NameSpelling("Lisbonne", language: .fr), NameSpelling("Lisbon", language: .en)]),
    ])

    static let valueMismatch: [RuleExample] = [
        RuleExample(
            "Les délégués de ⟦195⟧ pays membres se sont réunis à Lyon.", language: .fr,
            counterpart: .init("Delegates from 196 member countries met in Lyon.", language: .en)),
        RuleExample(
            "The ⟦94th⟧ session opens in Lyon on November 24.", language: .en,
            counterpart: .init("La 93e session s’ouvre à Lyon le 24 novembre.", language: .fr)),
        RuleExample(
            "La conférence s’achève le ⟦28 novembre⟧ à Lyon.", language: .fr,
            counterpart: .init("The conference ends in Lyon on November 27.", language: .en)),
        RuleExample(
            "Exports rose ⟦12.5%⟧ over the year.", language: .en,
            counterpart: .init("Les exportations ont progressé de 12,6 % sur l’année.", language: .fr)),
        RuleExample(
            "Plus de 1 200 participants sont inscrits, soit 12,5 % de plus qu’à la 93e session, le 24 novembre.",
            language: .fr,
            counterpart: .init(
                "More than 1,200 participants registered, 12.5% more than at the 93rd session on November 24.",
                language: .en)),
        RuleExample(
            "More than 1,200 participants registered, 12.5% more than at the 93rd session on Nov. 24.",
            language: .en,
            counterpart: .init(
                "Plus de 1 200 participants sont inscrits, soit 12,5 % de plus qu’à la 93e session, le 24 novembre.",
                language: .fr)),
    ]

    static let nameMismatch: [RuleExample] = [
        RuleExample(
            "Le secrétaire général ⟦Valdecy Urquisa⟧ a ouvert la séance.", language: .fr,
            counterpart: .init("Secretary General Valdecy Urquiza opened the session.", language: .en)),
        RuleExample(
            "Minister ⟦Amara Kesseley⟧ arrived in Lisbon on Tuesday.", language: .en, reference: reference,
            counterpart: .init("La ministre Amara Kessely est arrivée mardi à Lisbonne.", language: .fr)),
        RuleExample(
            "La ministre ⟦Amara Kessely⟧ est arrivée mardi à Lisbonne.", language: .fr, reference: reference,
            counterpart: .init("Minister Amara Kesseley arrived in Lisbon on Tuesday.", language: .en)),
        RuleExample(
            "Minister Amara Kessely arrived in Lisbon on Tuesday.", language: .en, reference: reference,
            counterpart: .init("La ministre Amara Kessely est arrivée mardi à Lisbonne.", language: .fr)),
        RuleExample(
            "La Chine a signé l’accord avec la ministre Kessely.", language: .fr,
            counterpart: .init("China signed the agreement with Minister Kessely.", language: .en)),
    ]

    static let missingFact: [RuleExample] = [
        RuleExample(
            "Le sommet réunit ⟦45⟧ délégations à Dakar.", language: .fr,
            counterpart: .init("The summit brings delegations together in Dakar.", language: .en)),
        RuleExample(
            "The vote is set for ⟦March 12⟧, the council said.", language: .en,
            counterpart: .init("Le vote aura lieu prochainement, a indiqué le conseil.", language: .fr)),
        RuleExample(
            "Les secours ont évacué trois familles et plus de 1 200 habitants.", language: .fr,
            counterpart: .init("Rescuers evacuated 3 families and 1,196 residents.", language: .en)),
        RuleExample(
            "Rescuers evacuated 3 families and 1,196 residents.", language: .en,
            counterpart: .init("Les secours ont évacué trois familles et plus de 1 200 habitants.", language: .fr)),
    ]
}
