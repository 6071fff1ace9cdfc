import FactDeskKit
import Testing

@testable import FactDeskReport

@Suite("CheckerList")
struct CheckerListTests {
    @Test("renders the golden table with each checker's rules and severities")
    func golden() {
        let expected = """
            ID      VERSION  LANGUAGES  SUMMARY
            date    1.0.0    fr, en     Dates against the calendar and the publication date.
                weekday-mismatch  error    A weekday that does not fall on its date.
                invalid-date      error    A date that does not exist.
            number  0.3.1    fr         Counts against the reference data.
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
        #expect(JSONTestSupport.keys(checkers[0]) == ["id", "languages", "rules", "summary", "version"])
        #expect(try JSONTestSupport.compact(checkers[0]["languages"]!) == #"["fr","en"]"#)
        #expect(
            try JSONTestSupport.compact(checkers[1]["rules"]!)
                == #"[{"id":"count-mismatch","severity":"warning","summary":"A count that differs from the reference."}]"#
        )
    }

    @Test("lists no checkers")
    func empty() {
        #expect(CheckerList([]).text() == "ID  VERSION  LANGUAGES  SUMMARY\n\n0 checkers, 0 rules\n")
    }
}
