import FactDeskKit

/// Invented reference data for the examples of the rules that read a text against an event's
/// days: a Baltic security summit held in Tallinn on Tuesday 10 and Wednesday 11 March 2026,
/// which the reference data names but the examples know only by its place; and a film festival
/// whose name is both an organisation's and the series of its editions (29th edition, Saturday
/// 7 to Saturday 14 March 2026, Kumasi).
enum EventExamples {
    /// Tuesday 10 March 2026, the summit's opening day.
    static let published = CalendarDate(iso: "2026-03-10")

    static let tallinn = InMemoryReference.Subject(id: "tallinn", kind: .place, names: ["Tallinn"])
    static let council = InMemoryReference.Subject(
        id: "baltic-council", kind: .organization, names: ["Baltic Council"])
    static let summit = InMemoryReference.Subject(
        id: "baltic-summit-2026", kind: .event, names: ["Baltic Security Summit 2026"],
        start: PartialDate(year: 2026, month: 3, day: 10), end: PartialDate(year: 2026, month: 3, day: 11),
        placeSpellings: ["Tallinn"], source: ReferenceSource(location: "reference/events.yml:4:5"))
    static let festival = InMemoryReference.Subject(
        id: "festival-kumasi", kind: .other, names: ["Festival du film de Kumasi", "Kumasi Film Festival"],
        founded: PartialDate(year: 1972))
    static let festivalEditions = InMemoryReference.Subject(
        id: "festival-kumasi-editions", kind: .series, names: ["Festival du film de Kumasi", "Kumasi Film Festival"],
        editions: [
            ReferenceEdition(
                number: 29, start: PartialDate(year: 2026, month: 3, day: 7),
                end: PartialDate(year: 2026, month: 3, day: 14), placeSpellings: ["Kumasi"],
                source: ReferenceSource(location: "reference/events.yml:12:9"))
        ])

    static let reference = InMemoryReference([tallinn, council, summit, festival, festivalEditions])

    /// An example read on ``published`` with ``reference``.
    static func example(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: published, reference: reference)
    }
}
