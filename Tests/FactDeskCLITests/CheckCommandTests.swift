import Foundation
import Testing

@Suite("factdesk check")
struct CheckCommandTests {
    static let frenchDraft = "Workspaces/interpol-ga/drafts/assemblee-generale.fr.md"
    static let englishDraft = "Workspaces/interpol-ga/drafts/general-assembly.en.md"

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonFollowsTheFindingsSchemaAndFindsThePlantedInvalidDate() throws {
        let result = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", Self.frenchDraft])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let root = try json(result.stdout)
        #expect(root["schema"] as? String == "factdesk.findings/1")
        let documents = try #require(root["documents"] as? [[String: Any]])
        let document = try #require(documents.first)
        #expect(document["path"] as? String == Self.frenchDraft)
        #expect(document["language"] as? String == "fr")
        #expect(document["published"] as? String == "2025-11-24")
        let findings = try #require(document["findings"] as? [[String: Any]])
        let invalid = try #require(findings.first { $0["rule"] as? String == "invalid-date" })
        for key in ["id", "checker", "rule", "severity", "message", "span", "quote", "suggestions", "evidence", "status"] {
            #expect(invalid[key] != nil, "missing \(key)")
        }
        let text = try String(contentsOf: FactDeskBinary.packageRoot.appendingPathComponent(Self.frenchDraft), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let span = try #require(invalid["span"] as? [String: Int])
        let quoted = String(String.UnicodeScalarView(scalars[span["start"]!..<span["end"]!]))
        #expect(quoted == "31 novembre")
        let quote = try #require(invalid["quote"] as? [String: String])
        #expect(quote["exact"] == "31 novembre")
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("31 novembre") }! + 1
        #expect(span["line"] == line)
        #expect(invalid["status"] as? String == "open")
        #expect((invalid["id"] as? String)?.hasPrefix("date:invalid-date:") == true)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["error"] == findings.filter { $0["severity"] as? String == "error" }.count)
    }

    @Test func textOutputReadsLikeCompilerDiagnostics() throws {
        let result = try FactDeskBinary.run(["check", "--no-commit", Self.englishDraft])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(Self.englishDraft):"))
        #expect(result.stdout.contains(": error: "))
        #expect(result.stdout.contains("[date/invalid-date]"))
        #expect(result.stdout.contains("^"))
        #expect(!result.stdout.contains("\u{1B}["), "NO_COLOR must turn colour off")
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let clean = try folder.write("clean.md", Data("La réunion s’est tenue le 24 novembre 2025.\n".utf8))
        let bad = try folder.write("bad.md", Data("La réunion aura lieu le 31 avril 2025.\n".utf8))
        #expect(try FactDeskBinary.run(["check", "--no-commit", clean]).status == 0)
        #expect(try FactDeskBinary.run(["check", "--no-commit", bad]).status == 1)
        #expect(try FactDeskBinary.run(["check", "--no-commit", "--fail-on", "never", bad]).status == 0)
    }

    @Test func readsStandardInput() throws {
        let result = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", "--published", "2025-03-01", "-"],
            input: Data("Le scrutin est fixé au 29 février.\n".utf8))
        #expect(result.status == 1)
        let documents = try #require(try json(result.stdout)["documents"] as? [[String: Any]])
        #expect(documents.first?["path"] as? String == "-")
        #expect(documents.first?["published"] as? String == "2025-03-01")
    }

    @Test(arguments: [
        ("missing", "no such file"),
        ("invalid-utf8", "not valid UTF-8"),
        ("binary", "binary"),
        ("empty", "empty file"),
        ("huge", "50 MB"),
    ])
    func badDraftsGetOneLineAndStatus2WhileOthersAreChecked(kind: String, reason: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bad: String
        switch kind {
        case "missing": bad = folder.url.appendingPathComponent("nowhere.md").path
        case "invalid-utf8": bad = try folder.write("latin1.md", Data([0x4C, 0x65, 0x20, 0xE9, 0x74, 0xE9, 0x0A]))
        case "binary": bad = try folder.write("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]))
        case "empty": bad = try folder.write("empty.md", Data())
        default: bad = try folder.write("huge.md", Data(repeating: 0x61, count: 50 * 1024 * 1024 + 1))
        }
        let good = try folder.write("good.md", Data("Rendez-vous le 31 avril 2025.\n".utf8))
        let result = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", bad, good])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(lines.first?.contains(bad) == true)
        #expect(lines.first?.contains(reason) == true, "stderr: \(result.stderr)")
        let documents = try #require(try json(result.stdout)["documents"] as? [[String: Any]])
        #expect(documents.map { $0["path"] as? String } == [good])
    }

    @Test(arguments: ["text", "json"])
    func noReadableDraftWritesNothingOnStandardOutput(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.url.appendingPathComponent("nowhere.md").path
        let result = try FactDeskBinary.run(["check", "--format", format, "--no-commit", missing])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)")
        #expect(result.stderr == "factdesk: \(missing): no such file\n")
    }

    @Test(arguments: [
        (["check", "--checker", "nope", "x.md"], "unknown checker 'nope'"),
        (["check", "--published", "2025-02-30", "x.md"], "--published"),
        (["check", "--published", "24/11/2025", "x.md"], "--published"),
        (["check", "--format", "pdf", "x.md"], "pdf"),
        (["check", "--reference", "/nonexistent/ref.yml", "x.md"], "/nonexistent/ref.yml"),
    ])
    func badUsageExitsWith2(arguments: [String], expected: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try folder.write("x.md", Data("Texte.\n".utf8))
        let result = try FactDeskBinary.run(arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "stderr: \(result.stderr)")
    }

    @Test(arguments: ["trap", "throw"])
    func aFailingCheckerBecomesACheckerErrorFinding(fault: String) throws {
        let result = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", Self.frenchDraft, Self.englishDraft],
            environment: ["FACTDESK_FAULT": "\(fault):date"])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let documents = try #require(try json(result.stdout)["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        for document in documents {
            let findings = try #require(document["findings"] as? [[String: Any]])
            let errors = findings.filter { $0["rule"] as? String == "checker-error" }
            #expect(errors.count == 1)
            #expect(errors.first?["checker"] as? String == "date")
        }
    }

    @Test func sarifIsVersion210WithCodePointColumns() throws {
        let result = try FactDeskBinary.run(["check", "--format", "sarif", "--no-commit", Self.frenchDraft])
        let root = try json(result.stdout)
        #expect(root["version"] as? String == "2.1.0")
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "date/invalid-date" })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "date/invalid-date" && $0["level"] as? String == "error" })
    }
}
