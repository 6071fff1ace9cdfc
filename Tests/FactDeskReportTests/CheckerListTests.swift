import FactDeskKit
import Testing

@testable import FactDeskReport

@Suite("CheckerList")
struct CheckerListTests {
    @Test("renders the golden table with each checker's rules and severities")
    func golden() {
        let expected = """
            ID      VERSION  LANGUAGES  ORIGIN    SUMMARY
            date    1.0.0    fr, en     built-in  Dates against the calendar and the publication date.
                weekday-mismatch  error    A weekday that does not fall on its date.
                invalid-date      error    A date that does not exist.
            number  0.3.1    fr         built-in  Counts against the reference data.
                count-mismatch    warning  A count that differs from the reference.

            2 checkers, 3 rules

            """
        #expect(CheckerList(Fixtures.checkers).text() == expected)
    }

    @Test("writes JSON with ids, versions, languages and rules, without the rules' examples")
    func json() throws {
        let root = try JSONTestSupport.object(try CheckerList(Fixtures.checkers).json())
        #expect(JSONTestSupport.keys(root) == ["checkers", "schema"])
        #expect(root["schema"] as? String == "factdesk.checkers/1")
        let checkers = try #require(root["checkers"] as? [[String: Any]])
        #expect(checkers.map { $0["id"] as? String } == ["date", "number"])
        #expect(JSONTestSupport.keys(checkers[0]) == ["id", "languages", "origin", "rules", "summary", "version"])
        #expect(try JSONTestSupport.compact(checkers[0]["origin"]!) == #"{"kind":"built-in"}"#)
        #expect(try JSONTestSupport.compact(checkers[0]["languages"]!) == #"["fr","en"]"#)
        #expect(
            try JSONTestSupport.compact(checkers[1]["rules"]!)
                == #"[{"id":"count-mismatch","severity":"warning","summary":"A count that differs from the reference."}]"#
        )
    }

    @Test("lists no checkers")
    func empty() {
        #expect(CheckerList([]).text() == "ID  VERSION  LANGUAGES  ORIGIN  SUMMARY\n\n0 checkers, 0 rules\n")
    }

    /// A Swift module and a rule pack, besides a built-in checker.
    static let customCheckers = [
        CheckerDescriptor(id: "date", version: "1.0.0", summary: "Dates.", languages: [.fr], rules: []),
        CheckerDescriptor(
            id: "honorifics", version: "1.0.0", summary: "Titles.", languages: [.fr, .en], rules: [],
            origin: CheckerOrigin(kind: .swiftModule, location: "Plugins/Honorifics")),
        CheckerDescriptor(
            id: "house-style", version: "2.1.0", summary: "House style.", languages: [.fr], rules: [],
            origin: CheckerOrigin(kind: .rulePack, location: "rules/house-style.yml")),
    ]

    @Test("shows where each checker comes from: its kind, then its module folder or pack file")
    func origins() throws {
        let expected = """
            ID           VERSION  LANGUAGES  ORIGIN                           SUMMARY
            date         1.0.0    fr         built-in                         Dates.
            honorifics   1.0.0    fr, en     swift-module Plugins/Honorifics  Titles.
            house-style  2.1.0    fr         rule-pack rules/house-style.yml  House style.

            3 checkers, 0 rules

            """
        #expect(CheckerList(Self.customCheckers).text() == expected)
        let checkers = try #require(
            try JSONTestSupport.object(try CheckerList(Self.customCheckers).json())["checkers"] as? [[String: Any]])
        #expect(
            try checkers.map { try JSONTestSupport.compact($0["origin"]!) } == [
                #"{"kind":"built-in"}"#, #"{"kind":"swift-module","location":"Plugins/Honorifics"}"#,
                #"{"kind":"rule-pack","location":"rules/house-style.yml"}"#,
            ])
    }
}
