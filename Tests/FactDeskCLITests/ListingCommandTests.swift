import Foundation
import Testing

@Suite("factdesk checkers and extract")
struct ListingCommandTests {
    @Test func checkersListsEachCheckerWithVersionLanguagesAndRules() throws {
        let result = try FactDeskBinary.run(["checkers"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("date"))
        #expect(result.stdout.contains("invalid-date"))
        let json = try FactDeskBinary.run(["checkers", "--format", "json"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(parsed["schema"] as? String == "factdesk.checkers/1")
        let checkers = try #require(parsed["checkers"] as? [[String: Any]])
        let date = try #require(checkers.first { $0["id"] as? String == "date" })
        #expect(date["version"] as? String != nil)
        #expect(date["languages"] as? [String] == ["fr", "en"])
    }

    @Test func extractShowsDatesWithSpansAndValues() throws {
        let result = try FactDeskBinary.run(
            ["extract", "--kinds", "date", "--published", "2025-11-24", "-"],
            input: Data("Ouverture le lundi 24 novembre 2025 à Marrakech.\n".utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["schema"] as? String == "factdesk.extract/1")
        #expect(root["language"] as? String == "fr")
        let mentions = try #require(root["mentions"] as? [[String: Any]])
        let date = try #require(mentions.first)
        #expect(date["kind"] as? String == "date")
        #expect(date["text"] as? String == "lundi 24 novembre 2025")
        #expect(date["value"] as? String == "2025-11-24")
        #expect(date["weekday"] as? String == "monday")
        #expect(date["span"] as? [String: Int] == ["start": 13, "end": 35])
    }

    @Test func extractRejectsUnknownKinds() throws {
        let result = try FactDeskBinary.run(["extract", "--kinds", "dates", "-"], input: Data("x".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown kind 'dates'"))
    }

    @Test func extractHelpNamesEveryKind() throws {
        let help = try FactDeskBinary.run(["extract", "--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for kind in ["date-range", "relative-date", "anniversary", "number-range", "percent", "name"] {
            #expect(help.contains(kind), "extract --help lacks \(kind)")
        }
    }
}
