import FactDeskKit
import Testing

@testable import FactDeskReport

/// Rules off by default, as `factdesk checkers` shows them.
@Suite("CheckerList rules off by default")
struct CheckerListOffByDefaultTests {
    static let checkers = [
        CheckerDescriptor(
            id: "number", version: "0.1.0", summary: "Numeric claims.", languages: [.fr, .en],
            rules: [
                RuleDescriptor(id: "fact-mismatch", severity: .error, summary: "A wrong figure.", examples: []),
                RuleDescriptor(
                    id: "unverified-claim", severity: .info, summary: "An unchecked figure.", examples: [],
                    enabledByDefault: false),
            ])
    ]

    @Test("the table says which rules are off by default")
    func text() {
        let expected = """
            ID      VERSION  LANGUAGES  ORIGIN    SUMMARY
            number  0.1.0    fr, en     built-in  Numeric claims.
                fact-mismatch     error  A wrong figure.
                unverified-claim  info   An unchecked figure. (off by default)

            1 checker, 2 rules

            """
        #expect(CheckerList(Self.checkers).text() == expected)
    }

    @Test("the JSON marks them enabledByDefault false and leaves the key out for the others")
    func json() throws {
        let root = try JSONTestSupport.object(try CheckerList(Self.checkers).json())
        let checkers = try #require(root["checkers"] as? [[String: Any]])
        let rules = try #require(checkers.first?["rules"] as? [[String: Any]])
        #expect(JSONTestSupport.keys(rules[0]) == ["id", "severity", "summary"])
        #expect(rules[1]["enabledByDefault"] as? Bool == false)
    }
}
