import FactDeskKit

/// Examples of `edition-mismatch` for the words that tell which edition a sentence with no date
/// speaks of: a present verb of celebrating or hosting before the ordinal, in the singular or
/// the plural; a noun of opening opening a heading (« Ouverture de la 41e édition »); « ce samedi »
/// in the sentence before; an indefinite
/// article before « édition »; "first" after the ordinal ranking the edition itself; an aside
/// between the event noun and the series' name; "the 41st of its kind"; a year set forward by
/// the years before "after" (« Dix ans après la première projection en 2015, la 41e édition »);
/// an edition that is the series' own anniversary (« celle du 40e anniversaire »); a copula
/// right after the claim ("the 42nd festival is a tribute"), of the edition whose days hold the
/// publication date, not of a plan ("is expected to", "is a year away"), a passive ("is remembered") nor
/// when no edition is under way; a year after « depuis » and a name, a place of departure, not a
/// time since (« partira depuis Lübeck en 2025, une 13e édition »); an adjective inside the
/// series' name (« le 13e Sommet international de la hanse »); « depuis » and a year after the
/// claim, the series' history, not another edition (« le 42e Festival … persiste depuis 1989 »).
///
/// Their reference data is that of ``formExamples``: the Bastia film festival (the 41st on
/// 22-29 November 2025, under way on the publication date, Monday 24 November 2025) and the Hanse
/// summit (the 12th on 5-6 December 2025, after a publication in May 2025).
extension EditionMismatchRule {
    static let anchorExamples: [RuleExample] = [
        // « cette année » without a publication date: a year the draft does not give.
        NumberExamples.french(
            "Après sa 12e édition en 2024, le Polar de Lyon accueille cette année sa 9e édition.", published: nil),
        NumberExamples.french("Le Polar de Lyon a accueilli en 2024 sa ⟦9e édition⟧.", published: nil),
        // A phrase of what came before, opening the sentence, dates another edition.
        NumberExamples.french("Après Lisbonne en 2024, Porto est la ville invitée de la ⟦12e édition⟧ du Polar de Lyon."),
        NumberExamples.french("Après Lisbonne en 2024, Porto est la ville invitée de la 13e édition du Polar de Lyon."),
        formFrench("Le Festival du film de Bastia célèbre le cinéma corse pour sa ⟦42e édition⟧."),
        formFrench("Ouverture de la ⟦42e édition⟧ du Festival du film de Bastia."),
        formFrench("Une actrice préside la ⟦42e édition⟧ du Festival du film de Bastia."),
        formEnglish("The mayor attends the ⟦42nd Bastia Film Festival⟧."),
        formEnglish("Crowds queue to enter the ⟦42nd Bastia Film Festival⟧ downtown."),
        formEnglish("Crowds queue to enter the ⟦42nd ‘Bastia Film Festival⟧’ downtown."),
        formFrench("Le Festival du film de Bastia s’est ouvert ce samedi. La ⟦42e édition⟧ est présidée par une actrice."),
        formEnglish("Opening of the ⟦42nd Bastia Film Festival⟧."),
        formFrench("Le ⟦42e Festival du film de Bastia⟧ est aussi un rendez-vous qui persiste depuis 1989."),
        formFrench("Le 41e Festival du film de Bastia est aussi un rendez-vous qui persiste depuis 1989."),
        formFrench("Le Sommet de la Hanse partira depuis Lübeck en 2025, une ⟦13e édition⟧ historique.", published: EditionMismatchRule.may),
        formFrench("Le Sommet de la Hanse partira depuis Lübeck en 2025, une 12e édition historique.", published: EditionMismatchRule.may),
        formFrench("Le Festival du film de Bastia s’est ouvert samedi. Une ⟦42e édition⟧ consacrée au cinéma corse."),
        formEnglish("The Bastia Film Festival opened on Saturday. The ⟦42nd edition⟧ is the first chaired by an actress."),
        formFrench("Le jury de la ⟦42e édition⟧, ouverte samedi, du Festival du film de Bastia est présidé par une actrice."),
        formEnglish("The Bastia Film Festival, the ⟦42nd⟧ of its kind, opened on Saturday."),
        formFrench("Lübeck et Hambourg accueillent le ⟦13e Sommet de la Hanse⟧.", published: EditionMismatchRule.may),
        formFrench("Lübeck et Hambourg accueillent le ⟦13e Sommet⟧ international de la hanse.", published: EditionMismatchRule.may),
        formFrench("Lübeck et Hambourg accueillent le 12e Sommet international de la hanse.", published: EditionMismatchRule.may),
        formFrench("Lübeck accueillera en décembre 2025 les ⟦10e⟧ et 12e Sommets de la Hanse.", published: EditionMismatchRule.may),
        formEnglish("Lübeck and Hamburg host the ⟦13th Hanse Summit⟧.", published: EditionMismatchRule.may),
        formFrench("Les cinéastes sont réunis pour la ⟦42e édition⟧ du Festival du film de Bastia."),
        formFrench(
            "Dix ans après la première projection en 2015, la ⟦42e édition⟧ du Festival du film de Bastia a tenu ses promesses."
        ),
        formEnglish("Ten years after its first screening in 2015, the ⟦42nd Bastia Film Festival⟧ drew crowds."),
        formFrench("Une actrice préside la 41e édition du Festival du film de Bastia."),
        formEnglish("The mayor attends the 41st Bastia Film Festival."),
        formEnglish("Crowds queue to enter the 41st Bastia Film Festival downtown."),
        formFrench("Une actrice a présidé la 40e édition du Festival du film de Bastia."),
        formFrench("Le Festival du film de Bastia célèbre le cinéma corse pour sa 41e édition."),
        formFrench("Les cinéastes sont réunis pour la 41e édition du Festival du film de Bastia."),
        formFrench("Les cinéastes se sont réunis pour la 39e édition du Festival du film de Bastia."),
        formFrench(
            "Dix ans après la première projection en 2015, la 41e édition du Festival du film de Bastia a tenu ses promesses."
        ),
        formEnglish("Ten years after its first screening in 2015, the 41st Bastia Film Festival drew crowds."),
        formEnglish("Ten years after, in 2014, the 40th Bastia Film Festival drew crowds."),
        formEnglish("The ⟦42nd Bastia Film Festival⟧ is a tribute to Corsican cinema."),
        formFrench("Le ⟦42e Festival du film de Bastia⟧ est un hommage au cinéma corse."),
        formEnglish("The 41st Bastia Film Festival is a tribute to Corsican cinema."),
        formFrench("Le 41e Festival du film de Bastia est un hommage au cinéma corse."),
        formEnglish("The 42nd Bastia Film Festival is expected to honour Corsican cinema."),
        formFrench("Le 42e Festival du film de Bastia est prévu à l’automne."),
        formEnglish("The 40th Bastia Film Festival is remembered for its jury."),
        formFrench("Le 40e Festival du film de Bastia est resté dans les mémoires."),
        formEnglish("The 42nd Bastia Film Festival is a year away."),
        formEnglish("The 13th Hanse Summit is a chance for the ports.", published: EditionMismatchRule.may),
        formFrench("Le 13e Sommet de la Hanse est une chance pour les ports.", published: EditionMismatchRule.may),
        RuleExample(
            "La ⟦42e édition⟧ du Festival du film de Bastia, celle du 40e anniversaire, a attiré la foule.",
            language: .fr, published: nil, reference: foundedFestival),
        RuleExample(
            "The ⟦42nd Bastia Film Festival⟧ marked the festival’s 40th anniversary.", language: .en, published: nil,
            reference: foundedFestival),
        RuleExample(
            "La 41e édition du Festival du film de Bastia, celle du 40e anniversaire, a attiré la foule.",
            language: .fr, published: nil, reference: foundedFestival),
        RuleExample(
            "La 42e édition du Festival du film de Bastia a fêté le centenaire du cinéma corse.", language: .fr,
            published: nil, reference: foundedFestival),
        formFrench("Ouverture de la 41e édition du Festival du film de Bastia."),
        formEnglish("Opening of the 41st Bastia Film Festival."),
        formEnglish("A year after the opening of the 40th Bastia Film Festival, the town changed."),
        formEnglish("The opening of the 40th Bastia Film Festival was a success."),
        formFrench("Le Festival du film de Bastia s’est ouvert ce samedi. La 41e édition est présidée par une actrice."),
        formFrench("Le Festival du film de Bastia s’est ouvert samedi. Une 41e édition consacrée au cinéma corse."),
        formEnglish("The Bastia Film Festival opened on Saturday. The 41st edition is the first chaired by an actress."),
        formFrench("Le jury de la 41e édition, ouverte samedi, du Festival du film de Bastia est présidé par une actrice."),
        formEnglish("The Bastia Film Festival, the 41st of its kind, opened on Saturday."),
        formFrench("Lübeck et Hambourg accueillent le 12e Sommet de la Hanse.", published: EditionMismatchRule.may),
        formEnglish("Lübeck and Hamburg host the 12th Hanse Summit.", published: EditionMismatchRule.may),
        formFrench("Le Festival du film de Bastia a ouvert samedi. Un cinéaste y remporte un troisième prix."),
        formEnglish("Like the first, the 39th Bastia Film Festival was chaired by an actress."),
    ]

    /// The Bastia film festival as a body founded in 1985, beside the series of its editions (the
    /// 40th in 2024, the 41st on 22-29 November 2025).
    static let foundedFestival = InMemoryReference([
        .init(
            id: "bastia-festival-body", kind: .other, names: ["Festival du film de Bastia", "Bastia Film Festival"],
            founded: PartialDate(year: 1985)),
        .init(
            id: "bastia-festival", kind: .series, names: ["Festival du film de Bastia", "Bastia Film Festival"],
            editions: [
                ReferenceEdition(
                    number: 40, start: PartialDate(year: 2024), end: nil, placeSpellings: ["Bastia"],
                    source: ReferenceSource()),
                ReferenceEdition(
                    number: 41, start: PartialDate(year: 2025, month: 11, day: 22),
                    end: PartialDate(year: 2025, month: 11, day: 29), placeSpellings: ["Bastia"], source: ReferenceSource()),
            ]),
    ])
}
