import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReference

/// The query API the checkers use.
@Suite struct QueryTests {
    let data: ReferenceData

    init() throws {
        data = try loadReference(
            """
            entities:
              - id: interpol
                kind: organization
                names: [INTERPOL, {name: Organisation internationale de police criminelle, lang: fr}]
                facts:
                  - {property: member-countries, value: 194, from: 2017-09, to: 2024-11, source: a}
                  - {property: member-countries, value: 196, from: 2024-11, source: b}
                  - {property: founded, value: 1923, source: c}
                  - {property: motto, value: "Connecting police for a safer world", source: d}
              - id: al-raisi
                kind: person
                names: [Ahmed Naser Al-Raisi, Al-Raisi]
                roles:
                  - {title: {en: President, fr: président}, of: interpol, from: 2021-11, to: 2025-11}
              - {id: marrakech, kind: place, names: [Marrakech]}
              - {id: ga-2025, kind: event, names: [93e Assemblée générale], start: 2025-11-24, end: 2025-11-27, place: marrakech}
            series:
              - id: interpol-general-assembly
                names: [INTERPOL General Assembly]
                editions:
                  - {number: 91, start: 2023-11-28, end: 2023-12-01, place: Vienne}
                  - {number: 93, start: 2025-11-24, end: 2025-11-27, place: Marrakech}
            properties:
              - {id: motto, terms: {en: [motto], fr: [devise]}}
            """)
    }

    @Test(
        arguments: [
            ("2017-08-31", nil), ("2017-09-01", 194), ("2024-10-31", 194), ("2024-11-15", 196), ("2025-11-24", 196),
        ] as [(String, Int?)])
    func theValueInForceOnADay(date: String, expected: Int?) {
        let values = data.facts("member-countries", of: "interpol", on: day(date)).compactMap(\.value.number)
        if let expected {
            #expect(values.first == Decimal(expected))
        } else {
            #expect(values.isEmpty)
        }
    }

    @Test func aHandOverMonthHasBothValuesNewestFirst() {
        let values = data.facts("member-countries", of: "interpol", on: day("2024-11-07")).map(\.value)
        #expect(values == [.number(196), .number(194)])
        #expect(data.fact("member-countries", of: "interpol", on: day("2024-11-07"))?.source == "b")
    }

    @Test func foundedIsADateAndTextStaysText() {
        #expect(data.fact("founded", of: "interpol", on: day("2025-01-01"))?.value == .date(ReferenceDate(year: 1923)!))
        #expect(
            data.fact("motto", of: "interpol", on: day("2025-01-01"))?.value
                == .text("Connecting police for a safer world"))
    }

    @Test func rolesInForce() {
        #expect(data.roles(of: "al-raisi", on: day("2025-11-24")).first?.title[.fr] == "président")
        #expect(data.roles(of: "al-raisi", on: day("2025-12-01")).isEmpty)
        #expect(data.roles(of: "al-raisi", on: day("2021-10-31")).isEmpty)
    }

    @Test func editionsByNumberAndYear() {
        #expect(data.edition(of: "interpol-general-assembly", number: 93)?.place == "Marrakech")
        #expect(data.edition(of: "interpol-general-assembly", number: 92) == nil)
        #expect(data.editions(of: "interpol-general-assembly", inYear: 2023).map(\.number) == [91])
        #expect(data.editions(of: "interpol-general-assembly", inYear: 2024).isEmpty)
    }

    @Test func eventsCarryTheirDatesAndPlace() {
        let event = data.entity("ga-2025")
        #expect(event?.start == ReferenceDate(iso: "2025-11-24") && event?.place == "marrakech")
    }

    @Test(arguments: ["Al-Raisi", "al raisi", "ALRAISI", "Al‑Raïsi", "al’Raisi"])
    func entitiesNamedByAFoldedPhrase(phrase: String) {
        #expect(data.entities(named: phrase).map(\.id) == ["al-raisi"])
    }

    @Test func seriesAndPropertiesByName() {
        #expect(data.series(named: "interpol general assembly").map(\.id) == ["interpol-general-assembly"])
        #expect(data.entities(named: "Raisi").isEmpty)
        #expect(data.properties(withTerm: "Etats membres", language: .fr).map(\.id) == ["member-countries"])
        #expect(data.properties(withTerm: "devise", language: .fr).map(\.id) == ["motto"])
    }

    @Test func referenceDatesCoverTheirPeriod() {
        let month = ReferenceDate(iso: "2024-02")!
        #expect(month.earliestDay == day("2024-02-01") && month.latestDay == day("2024-02-29"))
        #expect(ReferenceDate(iso: "2024-1") == nil && ReferenceDate(iso: "24") == nil)
        #expect(ReferenceDate(iso: "2025-01")?.previous == ReferenceDate(iso: "2024-12"))
    }
}
