import FactDeskKit

extension WeekdayMismatchRule {
    /// A text without a publication date whose time is the edition whose days it writes without
    /// a year (``TextTime/init(editionDaysIn:mentions:names:reference:)``): the Kesra fair held
    /// from Saturday 13 to Sunday 21 May 2017, named in the sentence before the weekday.
    static let editionDayExamples: [RuleExample] = [
        RuleExample(
            "La Foire de Kesra se tiendra du 13 au 21 mai. Elle ouvrira le ⟦vendredi 13 mai⟧ à dix heures.",
            language: .fr, reference: kesraFair),
        RuleExample(
            "La Foire de Kesra se tiendra du 13 au 21 mai. Elle ouvrira le samedi 13 mai à dix heures.",
            language: .fr, reference: kesraFair),
        RuleExample(
            "The Kesra Fair runs from May 13 to 21. It opens on ⟦Friday, May 13⟧ at ten.", language: .en,
            reference: kesraFair),
        RuleExample(
            "The Kesra Fair runs from May 13 to 21. It opens on Saturday, May 13 at ten.", language: .en,
            reference: kesraFair),
        // An edition numbered with its noun alone, of the series the sentence before names.
        RuleExample(
            "La Foire de Kesra se prépare. Le programme de la 30e édition, ouverte le 13 mai, a été détaillé ⟦mercredi 30 mars⟧.",
            language: .fr, reference: kesraFair),
        RuleExample(
            "La Foire de Kesra se prépare. Le programme de la 30e édition, ouverte le 13 mai, a été détaillé jeudi 30 mars.",
            language: .fr, reference: kesraFair),
        RuleExample(
            "The Kesra Fair gets ready. The programme of the 30th edition, opening on May 13, was presented on ⟦Tuesday, March 29⟧.",
            language: .en, reference: kesraFair),
        RuleExample(
            "The Kesra Fair gets ready. The programme of the 31st edition, opening on May 13, was presented on Tuesday, March 29.",
            language: .en, reference: kesraFair),
        // An ordinal of years numbers no other edition.
        RuleExample(
            "La Foire de Kesra se prépare. Le programme de la 30e édition, au port pour la troisième année et ouverte le 13 mai, a été détaillé ⟦mercredi 30 mars⟧.",
            language: .fr, reference: kesraFair),
        // Days no edition holds give the text no time.
        RuleExample(
            "La Foire de Kesra se tiendra du 14 au 21 mai. Elle ouvrira le vendredi 14 mai à dix heures.",
            language: .fr, reference: kesraFair),
    ]

    /// The Kesra fair's editions of 2017 (13-21 May) and 2018 (12-21 May).
    static let kesraFair = InMemoryReference([
        .init(
            id: "kesra-fair", kind: .series, names: ["Foire de Kesra", "Kesra Fair"],
            editions: [
                ReferenceEdition(
                    number: 30, start: PartialDate(year: 2017, month: 5, day: 13),
                    end: PartialDate(year: 2017, month: 5, day: 21), placeSpellings: [], source: ReferenceSource()),
                ReferenceEdition(
                    number: 31, start: PartialDate(year: 2018, month: 5, day: 12),
                    end: PartialDate(year: 2018, month: 5, day: 21), placeSpellings: [], source: ReferenceSource()),
            ])
    ])
}
