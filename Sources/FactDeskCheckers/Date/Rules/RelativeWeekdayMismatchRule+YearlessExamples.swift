import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// An event the reference data names only with its year, which the text names without it
    /// (``YearlessEventExamples``: the festival opens on Thursday 2 July 2026, the marathon is
    /// run on Sunday 5 July), and the noun of its kind ("the race" for a marathon).
    static let yearlessEvents: [RuleExample] = {
        let example = YearlessEventExamples.example
        return [
            example("The Harbour Lights Festival opens on ⟦Friday⟧ in Kesra.", .en),
            example("The Harbour Lights Festival opens on Thursday in Kesra.", .en),
            example("Lanterns go up tonight, and the festival is formally opened on Friday.", .en),
            example("The Harbour Lights Festival, which opens on Thursday, runs until ⟦Saturday⟧.", .en),
            example("The Harbour Lights Festival, which opens on Thursday, runs until Sunday.", .en),
            example("The Harbour Lights Festival is open until ⟦Saturday⟧.", .en),
            example("The harbour shops stay open until Saturday, every week of the year.", .en),
            // An opening denied until a weekday is on that weekday.
            example("The Harbour Lights Festival doesn't start until ⟦Friday⟧.", .en),
            example("The Harbour Lights Festival doesn't start until Thursday.", .en),
            // A denied opening or closing gives no day.
            example("Organisers said the Harbour Lights Festival wouldn't open on Wednesday.", .en),
            example("Organisers said the Harbour Lights Festival will not open on Wednesday.", .en),
            example("Le Festival des Lumières du Port ne s’ouvrira pas mercredi.", .fr),
            example("Le Festival des Lumières du Port n’a pas ouvert mercredi.", .fr),
            example("Organisers said the Harbour Lights Festival would open on ⟦Wednesday⟧.", .en),
            // « de … à » between two weekdays, after a week spelt out.
            example("Le Festival des Lumières du Port a lieu cette semaine, de ⟦vendredi⟧ à dimanche.", .fr),
            example("Le Festival des Lumières du Port a lieu cette semaine, de jeudi à dimanche.", .fr),
            example("Le Festival des Lumières du Port se tient de jeudi à ⟦samedi⟧.", .fr),
            example("Le Festival des Lumières du Port se tient de jeudi à dimanche.", .fr),
            example("Harbour Lights opens on ⟦Friday⟧ with a parade.", .en),
            example("Harbour Lights opens on Thursday with a parade.", .en),
            example("Le Festival des Lumières du Port s’ouvre ⟦vendredi⟧ à Kesra.", .fr),
            example("Le Festival des Lumières du Port s’ouvre jeudi à Kesra.", .fr),
            example("The race starts on ⟦Saturday⟧ at dawn.", .en),
            example("The race starts on Sunday at dawn.", .en),
            example("La course s’élancera ⟦samedi⟧ à l’aube.", .fr),
            example("La course s’élancera dimanche à l’aube.", .fr),
            example("Le départ approche pour la course, qui part ⟦samedi⟧ à l’aube.", .fr),
            example("Le départ approche pour la course, qui part dimanche à l’aube.", .fr),
            example("The race departs on ⟦Saturday⟧ at dawn.", .en),
            example("The race departs on Sunday at dawn.", .en),
            example("Part of the race is run on Saturday in the hills.", .en),
            // Without a publication date the name may be any year's festival.
            RuleExample(
                "The Harbour Lights Festival opens on Friday in Kesra.", language: .en,
                reference: YearlessEventExamples.reference),
        ]
    }()

    /// A weekday that marks the anniversary of the Kumasi flood (11 March 2011), published on
    /// Tuesday 10 March 2026: the anniversary falls on Wednesday 11 March.
    static let anniversaryDays: [RuleExample] = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(
                text, language: language, published: CalendarDate(iso: "2026-03-10"),
                reference: RemembranceExamples.reference)
        }
        return [
            example("⟦Thursday⟧ marks 15 years since the Kumasi flood.", .en),
            example("Wednesday marks 15 years since the Kumasi flood.", .en),
            example("⟦Ce jeudi⟧ marque le 15e anniversaire de l’inondation de Kumasi.", .fr),
            example("Ce mercredi marque le 15e anniversaire de l’inondation de Kumasi.", .fr),
            example("Thursday marks a new start for the valley.", .en),
        ]
    }()

    /// A weekday of the publication's week against its verb's tense, in a sentence that also
    /// writes a day of history or the dateline, published on Wednesday 4 March 2026: neither is
    /// the day the weekday is read from.
    static let historyAndDateline: [RuleExample] = {
        let published = CalendarDate(iso: "2026-03-04")
        func example(_ text: String) -> RuleExample { RuleExample(text, language: .fr, published: published) }
        return [
            example("Le procès des inondations du 12 mars 2019 s’est ouvert ⟦ce jeudi⟧ devant la cour de Kesra."),
            example("Le procès des inondations du 12 mars 2019 s’est ouvert ce mardi devant la cour de Kesra."),
            // A day of history on the same weekday may be the one the words are read from.
            example("Le procès de la crue du jeudi 12 mars 2015 s’est ouvert ce jeudi devant la cour de Kesra."),
            example("Kesra, le 4 mars 2026 – Le salon du livre s’est ouvert ⟦ce jeudi⟧ au parc des expositions."),
            example("Kesra, le 4 mars 2026 – Le salon du livre s’est ouvert ce mardi au parc des expositions."),
        ]
    }()
}
