import FactDeskKit

/// Examples of `edition-mismatch` for a year that ends a clause opened by "since" or « depuis »
/// (a beginning the sentence looks back to, before or after the ordinal, not the edition's year,
/// nor a word that says which edition the sentence speaks of), and "last year's" after the ordinal (another edition,
/// compared with it): the Kesra Marathon, an
/// invented race first run in Kesra in 1982, whose 45th edition is run on 19 April 2026.
extension EditionMismatchRule {
    static let sinceClauseExamples: [RuleExample] = {
        let marathon = InMemoryReference([
            .init(id: "kesra", kind: .place, names: ["Kesra"]),
            .init(
                id: "kesra-marathon", kind: .series, names: ["Kesra Marathon", "marathon de Kesra"],
                editions: [
                    ReferenceEdition(
                        number: 1, start: PartialDate(year: 1982), end: nil, placeSpellings: ["Kesra"],
                        source: ReferenceSource()),
                    ReferenceEdition(
                        number: 45, start: PartialDate(year: 2026, month: 4, day: 19),
                        end: PartialDate(year: 2026, month: 4, day: 19), placeSpellings: ["Kesra"], source: ReferenceSource()),
                ]),
        ])
        let published = CalendarDate(year: 2026, month: 4, day: 19)
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: published, reference: marathon)
        }
        return [
            // A founding participle opening the sentence before, its agent in apposition: history.
            example(
                "Créé par le maire de Kesra, Ana Ruiz, en 1982, le marathon de Kesra attire les foules. À l’occasion de la 45e édition de cette course, la ville est en fête.",
                .fr),
            example(
                "Founded by the mayor of Kesra, Ana Ruiz, in 1982, the Kesra Marathon draws crowds. At the 45th edition of the race, the town celebrates.",
                .en),
            example("The 45th Kesra Marathon is the busiest since the race began in 1982.", .en),
            example("Le 45e marathon de Kesra est le plus suivi depuis que la course a débuté en 1982.", .fr),
            example("The ⟦44th Kesra Marathon⟧, held in 1982, was small.", .en),
            // Read against the publication date and the tense, the clause and another edition aside.
            example("The ⟦46th Kesra Marathon⟧ is the busiest since the race began in 1982, eclipsing last year’s race.", .en),
            example("The 45th Kesra Marathon is the busiest since the race began in 1982, eclipsing last year's race.", .en),
            example("Le ⟦44e marathon de Kesra⟧ est le plus suivi depuis que la course a débuté en 1982.", .fr),
            // A since clause before the claim, and a country that holds the town the race is run in.
            example(
                "Le marathon de Kesra revient. Cette course, inscrite au calendrier en Espagne depuis 1982, revient pour sa ⟦44e édition⟧ le 19 avril 2026.",
                .fr),
            example(
                "Le marathon de Kesra revient. Cette course, inscrite au calendrier en Espagne depuis 1982, revient pour sa 45e édition le 19 avril 2026.",
                .fr),
            example(
                "The Kesra Marathon is back. The race, on the calendar in Spain since 1982, returns for its ⟦44th edition⟧ on April 19, 2026.",
                .en),
            example(
                "The Kesra Marathon is back. The race, on the calendar in Spain since 1982, returns for its 45th edition on April 19, 2026.",
                .en),
        ]
    }()
}
