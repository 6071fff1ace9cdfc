import FactDeskKit
import Foundation

/// The reference data of the evaluation: INTERPOL's, Europol's and the European Union's member
/// countries over time, the Lake League's until mid-2024 (the reference says nothing since),
/// INTERPOL's staff and budget, Paris's population, and two series.
extension NumberEvaluation {
    static let published = CalendarDate(year: 2025, month: 11, day: 24)

    static let reference = InMemoryReference(
        [
            .init(
                id: "interpol", kind: .organization, names: ["INTERPOL", "Interpol", "OIPC-INTERPOL"],
                facts: [
                    fact("member-countries", 194, from: month(2018, 9), to: month(2023, 10)),
                    fact("member-countries", 195, from: month(2023, 11), to: month(2024, 10)),
                    fact("member-countries", 196, from: month(2024, 11)),
                    fact("employees", 1_100, from: PartialDate(year: 2024)),
                    NumericFact(property: "budget", value: 176_000_000, unit: "EUR", from: PartialDate(year: 2025)),
                ]),
            .init(
                id: "europol", kind: .organization, names: ["Europol"],
                facts: [fact("member-countries", 27, from: month(2020, 2))]),
            .init(
                id: "eu", kind: .organization, names: ["Union européenne", "UE", "European Union", "EU"],
                facts: [
                    fact("member-countries", 28, from: month(2013, 7), to: month(2020, 1)),
                    fact("member-countries", 27, from: month(2020, 2)),
                ]),
            .init(
                id: "paris", kind: .place, names: ["Paris"],
                facts: [fact("population", 2_100_000, from: PartialDate(year: 2024))]),
            .init(
                id: "lake-league", kind: .organization, names: ["Lake League", "Ligue des Lacs"],
                facts: [fact("member-countries", 40, from: month(2019, 1), to: month(2024, 6))]),
            .init(id: "lyon", kind: .place, names: ["Lyon"]),
            .init(id: "marrakech", kind: .place, names: ["Marrakech", "Marrakesh"]),
            .init(id: "glasgow", kind: .place, names: ["Glasgow"]),
            .init(id: "johannesburg", kind: .place, names: ["Johannesburg"]),
            .init(
                id: "interpol-general-assembly", kind: .series,
                names: [
                    "Assemblée générale d’INTERPOL", "Assemblée générale", "INTERPOL General Assembly",
                    "General Assembly",
                ],
                editions: [
                    edition(90, "2022-10-18", "2022-10-21", ["New Delhi"]),
                    edition(91, "2023-11-28", "2023-12-01", ["Vienne", "Vienna"]),
                    edition(92, "2024-11-04", "2024-11-07", ["Glasgow"]),
                    edition(93, "2025-11-24", "2025-11-27", ["Marrakech", "Marrakesh"]),
                ]),
            .init(
                id: "g20-summit", kind: .series, names: ["sommet du G20", "G20 summit"],
                editions: [
                    edition(19, "2024-11-18", "2024-11-19", ["Rio de Janeiro"]),
                    edition(20, "2025-11-22", "2025-11-23", ["Johannesburg"]),
                ]),
        ],
        properties: [
            ReferenceProperty(
                id: "member-countries",
                terms: [.fr: ["pays membres", "États membres"], .en: ["member countries", "member states"]]),
            ReferenceProperty(
                id: "employees", terms: [.fr: ["agents", "employés", "salariés"], .en: ["staff", "employees"]]),
            ReferenceProperty(id: "budget", terms: [.fr: ["budget"], .en: ["budget"]]),
            ReferenceProperty(id: "population", terms: [.fr: ["habitants"], .en: ["inhabitants", "residents"]]),
            ReferenceProperty(id: "participants", terms: [.fr: ["participants"], .en: ["participants"]]),
        ])

    private static func month(_ year: Int, _ month: Int) -> PartialDate { PartialDate(year: year, month: month) }

    private static func fact(_ property: String, _ value: Int, from: PartialDate? = nil, to: PartialDate? = nil)
        -> NumericFact
    {
        NumericFact(
            property: property, value: Decimal(value), from: from, to: to,
            source: ReferenceSource(citation: "evaluation"))
    }

    private static func edition(_ number: Int, _ start: String, _ end: String, _ places: [String]) -> ReferenceEdition {
        func day(_ iso: String) -> PartialDate? {
            CalendarDate(iso: iso).map { PartialDate(year: $0.year, month: $0.month, day: $0.day) }
        }
        return ReferenceEdition(
            number: number, start: day(start), end: day(end), placeSpellings: places, source: ReferenceSource())
    }
}
