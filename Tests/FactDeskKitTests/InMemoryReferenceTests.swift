import FactDeskKit
import Testing

@Suite("InMemoryReference")
struct InMemoryReferenceTests {
    static let reference = InMemoryReference([
        .init(id: "interpol", kind: .organization, names: ["INTERPOL"], founded: PartialDate(year: 1923)),
        .init(
            id: "centre", kind: .organization, names: ["Centre d’innovation d’INTERPOL", "INTERPOL Innovation Centre"],
            founded: PartialDate(year: 2015), source: ReferenceSource(citation: "https://example.org/centre")),
        .init(
            id: "assembly", kind: .series, names: ["General Assembly"],
            editions: [
                ReferenceEdition(number: 93, start: PartialDate(year: 2025), end: nil, source: ReferenceSource()),
                ReferenceEdition(number: 92, start: PartialDate(year: 2024), end: nil, source: ReferenceSource()),
            ]),
        .init(
            id: "games", kind: .event, names: ["Paris 2024"], start: PartialDate(year: 2024, month: 7, day: 26),
            placeSpellings: ["Paris"]),
    ])

    @Test func namesMatchWholeWordsFoldedAndTheLongestWins() {
        let words = ["le", "Centre", "d’", "INNOVATION", "d'", "Interpol", "et", "INTERPOL", "Innovation", "Centres"]
        let matches = Self.reference.subjects(namedIn: words, language: .fr)
        #expect(matches.map(\.subject.id) == ["centre", "interpol"])
        #expect(matches.map(\.words) == [1..<6, 7..<8])
        #expect(matches.first?.subject.name == "Centre d’innovation d’INTERPOL")
    }

    @Test func foundingsEventsAndEditionsAreAnsweredFromTheSubjects() {
        #expect(Self.reference.founding(of: "centre")?.value == PartialDate(year: 2015))
        #expect(Self.reference.founding(of: "centre")?.source.description == "https://example.org/centre")
        #expect(Self.reference.founding(of: "assembly") == nil)
        #expect(Self.reference.editions(ofSeries: "assembly").map(\.number) == [92, 93])
        #expect(Self.reference.event("games")?.placeSpellings == ["Paris"])
        #expect(Self.reference.event("interpol") == nil)
    }

    @Test func relativeDatesCountFromThePublicationDay() {
        let sunday = CalendarDate(iso: "2025-11-30")!
        #expect(RelativeDate.days(1).day(from: sunday)?.iso == "2025-12-01")
        #expect(RelativeDate.weekday(.sunday, offset: 0).day(from: sunday)?.iso == "2025-11-30")
        #expect(RelativeDate.weekday(.monday, offset: 1).day(from: sunday)?.iso == "2025-12-01")
        #expect(RelativeDate.weekday(.sunday, offset: -1).day(from: sunday)?.iso == "2025-11-23")
        #expect(RelativeDate.months(1).year(from: sunday) == nil)
    }
}
