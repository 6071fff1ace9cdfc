import FactDeskKit

extension DateEvaluation {
    /// Reference data as a newsroom would keep it for these stories: the INTERPOL General
    /// Assembly and the UN climate conferences with their editions, founding years, one event.
    static let reference = InMemoryReference([
        .init(
            id: "interpol", kind: .organization, names: ["INTERPOL", "Interpol"], founded: PartialDate(year: 1923),
            source: ReferenceSource(citation: "https://www.interpol.int/Who-we-are")),
        .init(
            id: "interpol-innovation-centre", kind: .organization,
            names: ["Centre d’innovation d’INTERPOL", "INTERPOL Innovation Centre"], founded: PartialDate(year: 2015)),
        .init(id: "unesco", kind: .organization, names: ["UNESCO", "Unesco"], founded: PartialDate(year: 1945)),
        .init(id: "europol", kind: .organization, names: ["Europol"], founded: PartialDate(year: 1998)),
        .init(id: "lyon", kind: .place, names: ["Lyon"]),
        .init(
            id: "interpol-general-assembly", kind: .series,
            names: ["Assemblée générale d’INTERPOL", "INTERPOL General Assembly", "General Assembly"],
            editions: [
                edition(91, "2023-11-28", "2023-12-01", ["Vienne", "Vienna"]),
                edition(92, "2024-11-04", "2024-11-07", ["Glasgow"]),
                edition(93, "2025-11-24", "2025-11-27", ["Marrakech", "Marrakesh"]),
            ]),
        .init(
            id: "un-climate-conference", kind: .series,
            names: ["Conférence des Nations unies sur le climat", "UN Climate Change Conference"],
            editions: [
                edition(29, "2024-11-11", "2024-11-22", ["Bakou", "Baku"]),
                edition(30, "2025-11-10", "2025-11-21", ["Belém", "Belem"]),
            ]),
        .init(
            id: "paris-2024-olympics", kind: .event, names: ["Jeux olympiques de Paris 2024", "Paris 2024 Olympics"],
            start: PartialDate(year: 2024, month: 7, day: 26), end: PartialDate(year: 2024, month: 8, day: 11),
            placeSpellings: ["Paris"]),
    ])

    private static func edition(_ number: Int, _ start: String, _ end: String, _ places: [String]) -> ReferenceEdition {
        func day(_ iso: String) -> PartialDate {
            let date = CalendarDate(iso: iso)!
            return PartialDate(year: date.year, month: date.month, day: date.day)
        }
        return ReferenceEdition(
            number: number, start: day(start), end: day(end), placeSpellings: places,
            source: ReferenceSource(location: "evaluation reference, edition \(number)"))
    }
}
