import FactDeskKit

/// Invented reference data for an event whose names carry their year, as reference data often
/// holds a yearly festival (``YearlessEventNames``): the Harbour Lights festival of Kesra (founded
/// in 1976), held apart as a festival ("Harbour Lights") and as its 2026 event ("2026 Harbour Lights
/// Festival"), from Thursday 2 to Sunday 5 July 2026; and the Kesra Marathon of Sunday 5 July
/// 2026, known only under its year.
enum YearlessEventExamples {
    /// Tuesday 30 June 2026, two days before the festival opens.
    static let published = CalendarDate(iso: "2026-06-30")

    static let kesra = InMemoryReference.Subject(id: "kesra", kind: .place, names: ["Kesra"])
    static let festival = InMemoryReference.Subject(
        id: "harbour-lights", kind: .other,
        names: ["Harbour Lights Festival", "Harbour Lights", "Festival des Lumières du Port"],
        founded: PartialDate(year: 1976))
    static let festival2026 = InMemoryReference.Subject(
        id: "harbour-lights-2026", kind: .event,
        names: ["2026 Harbour Lights Festival", "Festival des Lumières du Port 2026"],
        start: PartialDate(year: 2026, month: 7, day: 2), end: PartialDate(year: 2026, month: 7, day: 5),
        placeSpellings: ["Kesra"], source: ReferenceSource(location: "reference/events.yml:7:5"))
    static let marathon = InMemoryReference.Subject(
        id: "kesra-marathon-2026", kind: .event, names: ["Kesra Marathon 2026", "marathon de Kesra 2026"],
        start: PartialDate(year: 2026, month: 7, day: 5), end: PartialDate(year: 2026, month: 7, day: 5),
        placeSpellings: ["Kesra"], source: ReferenceSource(location: "reference/events.yml:12:5"))

    static let reference = InMemoryReference([kesra, festival, festival2026, marathon])

    /// An example read on ``published`` with ``reference``.
    static func example(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: published, reference: reference)
    }
}
