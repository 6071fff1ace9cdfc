import FactDeskKit

extension WeekdayMismatchRule {
    /// A text without a publication date whose time is the edition whose days it writes without
    /// a year (``TextTime/init(editionDaysIn:mentions:names:reference:)``): the Kesra fair held
    /// from Saturday 20 to Sunday 28 May 2017, named in the sentence before the weekday.
    static let editionDayExamples: [RuleExample] = [
        RuleExample(
            "La Foire de Kesra se tiendra du 20 au 28 mai. Elle ouvrira le ⟦vendredi 20 mai⟧ à dix heures.",
            language: .fr, reference: kesraFair),
        RuleExample(
            "La Foire de Kesra se tiendra du 20 au 28 mai. Elle ouvrira le samedi 20 mai à dix heures.",
            language: .fr, reference: kesraFair),
        RuleExample(
            "The Kesra Fair runs from May 20 to 28. It opens on ⟦Friday, May 20⟧ at ten.", language: .en,
            reference: kesraFair),
        RuleExample(
            "The Kesra Fair runs from May 20 to 28. It opens on Saturday, May 20 at ten.", language: .en,
            reference: kesraFair),
        // Days no edition holds give the text no time.
        RuleExample(
            "La Foire de Kesra se tiendra du 21 au 28 mai. Elle ouvrira le vendredi 21 mai à dix heures.",
            language: .fr, reference: kesraFair),
    ]

    /// The Kesra fair's editions of 2017 (20-28 May) and 2018 (12-21 May).
    static let kesraFair = InMemoryReference([
        .init(
            id: "kesra-fair", kind: .series, names: ["Foire de Kesra", "Kesra Fair"],
            editions: [
                ReferenceEdition(
                    number: 30, start: PartialDate(year: 2017, month: 5, day: 20),
                    end: PartialDate(year: 2017, month: 5, day: 28), placeSpellings: [], source: ReferenceSource()),
                ReferenceEdition(
                    number: 31, start: PartialDate(year: 2018, month: 5, day: 12),
                    end: PartialDate(year: 2018, month: 5, day: 21), placeSpellings: [], source: ReferenceSource()),
            ])
    ])
}
