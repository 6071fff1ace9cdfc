import FactDeskKit

extension RelativeWeekdayMismatchRule {
    /// A weekday that a verb of meeting gives to the people gathered for an event the sentence
    /// names after it, read from the publication date (Tuesday 10 March 2026): the Baltic Security
    /// Summit 2026 is held in Tallinn on Tuesday 10 and Wednesday 11 March.
    static let meetings: [RuleExample] = [
        EventExamples.example("Ministers gathered on ⟦Thursday⟧ in Tallinn for the Baltic Security Summit 2026.", .en),
        EventExamples.example("Ministers gathered on Wednesday in Tallinn for the Baltic Security Summit 2026.", .en),
        // People expected on a day for the event.
        EventExamples.example("Ministers are expected in Tallinn on ⟦Thursday⟧ for the Baltic Security Summit 2026.", .en),
        EventExamples.example("Ministers are expected in Tallinn on Wednesday for the Baltic Security Summit 2026.", .en),
        // The summit named before the verb is not what the people met for.
        EventExamples.example("After the Baltic Security Summit 2026, ministers met on Thursday in Riga.", .en),
    ]

    /// Two weekdays right after the event's noun, or after a verb of taking place that follows it,
    /// give its first and last days (same summit).
    static let weekdayRanges: [RuleExample] = [
        EventExamples.example("Ministers are in Tallinn to attend the summit from ⟦Monday⟧ to Wednesday.", .en),
        EventExamples.example("Ministers are in Tallinn to attend the summit from Tuesday to Wednesday.", .en),
        EventExamples.example("Les ministres sont à Tallinn pour le sommet du mardi au ⟦jeudi⟧.", .fr),
        EventExamples.example("Les ministres sont à Tallinn pour le sommet du mardi au mercredi.", .fr),
        // A verb of taking place may stand between the noun and the days.
        EventExamples.example("In Tallinn, the summit will run from Tuesday through ⟦Thursday⟧.", .en),
        EventExamples.example("In Tallinn, the summit will run from Tuesday through Wednesday.", .en),
        EventExamples.example("À Tallinn, le sommet se tient du ⟦lundi⟧ au mercredi.", .fr),
        EventExamples.example("À Tallinn, le sommet se tient du mardi au mercredi.", .fr),
        EventExamples.example("In Tallinn, the summit was prepared from Monday to Thursday.", .en),
        EventExamples.example("Baltic Security Summit 2026 returns this week and runs from ⟦Monday⟧ to Wednesday.", .en),
        EventExamples.example("Baltic Security Summit 2026 returns this week and runs from Tuesday to Wednesday.", .en),
        // A participle of taking place and its place, after a comma.
        EventExamples.example(
            "The Baltic Security Summit 2026, taking place at the Town Hall from ⟦Monday⟧ to Wednesday, opens talks.", .en),
        EventExamples.example(
            "The Baltic Security Summit 2026, taking place at the Town Hall from Tuesday to Wednesday, opens talks.", .en),
        // Another kind of event in the sentence may be what the days are of.
        EventExamples.example("In Tallinn the ministers' meeting from Monday to Tuesday prepared the summit.", .en),
        // Days after a comma may be of something else.
        EventExamples.example("Ministers are in Tallinn for the summit, from Monday to Thursday.", .en),
    ]

    /// An official opening may fall on any day of the event, not before it (same summit); a part
    /// of the event (its working sessions) opens on a day of its own; "runs from" gives the first day.
    static let officialOpenings: [RuleExample] = [
        EventExamples.example("In Tallinn, the summit was officially opened on ⟦Monday⟧.", .en),
        EventExamples.example("In Tallinn, the summit will be officially opened on Wednesday.", .en),
        EventExamples.example("À Tallinn, le sommet a été officiellement ouvert ⟦lundi⟧ soir.", .fr),
        EventExamples.example("À Tallinn, le sommet sera officiellement ouvert mercredi.", .fr),
        EventExamples.example("In Tallinn, summit leaders opened working sessions on Wednesday.", .en),
        // "runs from" opens the event.
        EventExamples.example("In Tallinn, the summit runs from ⟦Monday⟧ until March 11.", .en),
        EventExamples.example("In Tallinn, the summit runs from Tuesday until March 11.", .en),
    ]
}
