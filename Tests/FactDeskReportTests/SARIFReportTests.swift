import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReport

@Suite("SARIFReport")
struct SARIFReportTests {
    /// The single run of a rendered log.
    private func run(_ reports: [DocumentReport], checkers: [CheckerDescriptor] = Fixtures.checkers) throws
        -> [String: Any]
    {
        let log = try JSONTestSupport.object(
            try SARIFReport(toolVersion: "0.4.0", checkers: checkers, informationURI: "https://example.org/factdesk")
                .render(reports))
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return runs[0]
    }

    private func results(_ run: [String: Any]) throws -> [[String: Any]] {
        try #require(run["results"] as? [[String: Any]])
    }

    /// The region of a result's first location.
    private func region(_ result: [String: Any]) throws -> String {
        let locations = try #require(result["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        return try JSONTestSupport.compact(physical["region"]!)
    }

    @Test("has the required top-level keys, the driver and code-point columns")
    func shape() throws {
        let run = try run([Fixtures.frenchReport])
        #expect(JSONTestSupport.keys(run) == ["artifacts", "columnKind", "results", "tool"])
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "factdesk")
        #expect(driver["version"] as? String == "0.4.0")
        #expect(driver["informationUri"] as? String == "https://example.org/factdesk")
        #expect(
            try JSONTestSupport.compact(run["artifacts"]!)
                == #"[{"location":{"index":0,"uri":"drafts/interpol.md"},"properties":{"language":"fr","published":"2025-11-24"},"roles":["analysisTarget"]}]"#
        )
    }

    @Test("declares one rule per checker rule, and one for a finding whose rule nobody declared")
    func rules() throws {
        let run = try run([Fixtures.frenchReport])
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(
            rules.map { $0["id"] as? String }
                == ["date/weekday-mismatch", "date/invalid-date", "number/count-mismatch", "name/spelling"])
        #expect(
            try JSONTestSupport.compact(rules[0])
                == #"{"defaultConfiguration":{"level":"error"},"id":"date/weekday-mismatch","name":"WeekdayMismatch","#
                + #""properties":{"checker":"date","checkerVersion":"1.0.0","languages":["fr","en"]},"#
                + #""shortDescription":{"text":"A weekday that does not fall on its date."}}"#)
        #expect(try JSONTestSupport.compact(rules[3]["defaultConfiguration"]!) == #"{"level":"note"}"#)

        for result in try results(run) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test("maps severities to levels and carries message, fingerprint and location")
    func results() throws {
        let report = Fixtures.frenchReport
        let results = try results(try run([report]))
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "note"])
        let result = results[1]
        #expect(
            JSONTestSupport.keys(result) == [
                "fixes", "level", "locations", "message", "partialFingerprints", "ruleId", "ruleIndex",
            ])
        #expect(
            try JSONTestSupport.compact(result["message"]!) == #"{"text":"INTERPOL compte 196 pays membres, pas 195."}"#
        )
        #expect(
            try JSONTestSupport.compact(result["partialFingerprints"]!)
                == #"{"factdesk/v1":"\#(report.findings[1].id)"}"#)
        #expect(
            try region(result)
                == #"{"charLength":16,"charOffset":107,"endColumn":34,"endLine":2,"snippet":{"text":"195 pays membres"},"startColumn":18,"startLine":2}"#
        )
    }

    @Test("counts columns in code points after emoji, combining accents and CR LF")
    func codePointColumns() throws {
        let text = "Titre 👨‍👩‍👧 e\u{301}te\u{301}\r\nLe 😀 pre\u{301}sident Ahmed Nasser vient."
        let document = Document(path: "drafts/é t.md", text: text, language: .fr)
        let finding = document.finding(
            checker: "name", rule: "spelling", severity: .warning, span: Fixtures.span(of: "Ahmed Nasser", in: text),
            message: "Ahmed Naser")
        let results = try results(try run([DocumentReport(document: document, findings: [finding])]))
        // Line 2 is "Le 😀 pre\u{301}sident Ahmed…": 16 code points before "Ahmed"; line 1 and
        // its CR LF take 17 + 2.
        #expect(
            try region(results[0])
                == #"{"charLength":12,"charOffset":35,"endColumn":29,"endLine":2,"snippet":{"text":"Ahmed Nasser"},"startColumn":17,"startLine":2}"#
        )
        let locations = try #require(results[0]["locations"] as? [[String: Any]])
        #expect(
            try JSONTestSupport.compact((locations[0]["physicalLocation"] as? [String: Any])!["artifactLocation"]!)
                == #"{"index":0,"uri":"drafts/%C3%A9%20t.md"}"#)
    }

    @Test("turns each suggestion into a fix replacing the span")
    func fixes() throws {
        let result = try results(try run([Fixtures.frenchReport]))[0]
        #expect(
            try JSONTestSupport.compact(result["fixes"]!)
                == #"[{"artifactChanges":[{"artifactLocation":{"index":0,"uri":"drafts/interpol.md"},"replacements":[{"#
                + #""deletedRegion":{"charLength":22,"charOffset":11,"endColumn":34,"endLine":1,"startColumn":12,"startLine":1},"#
                + #""insertedContent":{"text":"lundi 24 novembre 2025"}}]}],"description":{"text":"Replace with “lundi 24 novembre 2025”"}}]"#
        )
    }

    @Test("suppresses dismissed and accepted findings, externally", arguments: [Finding.Status.dismissed, .accepted])
    func suppressions(status: Finding.Status) throws {
        let settled = Fixtures.report(text: "Le mardi 24.", flagging: "mardi", status: status)
        let open = Fixtures.report(text: "Le mardi 24.", flagging: "mardi")
        let results = try results(try run([settled, open]))
        let suppressions = try #require(results[0]["suppressions"] as? [[String: Any]])
        #expect(suppressions.count == 1)
        #expect(suppressions[0]["kind"] as? String == "external")
        #expect(suppressions[0]["status"] as? String == "accepted")
        #expect((suppressions[0]["justification"] as? String)?.contains(status.rawValue.capitalized) == true)
        #expect(results[1]["suppressions"] == nil)
    }

    @Test(
        "names artifacts by URI",
        arguments: [
            ("-", "stdin"), ("drafts/interpol.md", "drafts/interpol.md"), ("drafts/a b#1.md", "drafts/a%20b%231.md"),
            ("/home/ed/a.md", "file:///home/ed/a.md"), ("notes:1.md", "notes%3A1.md"),
        ])
    func artifactURI(path: String, uri: String) {
        #expect(SARIFReport.artifactURI(path) == uri)
    }
}
