import Foundation
import Testing

/// An editor's decisions hold wherever a draft is checked, through the real binary: `check`,
/// `check --no-commit`, `--stdin-path`, every format; run notices stay out of findings.
@Suite("factdesk decisions on every path")
struct DecisionPathsCommandTests {
    private let author = ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"]
    private let draft = "drafts/brief.fr.md"
    /// One error (a date that does not exist) and one warning-free rest.
    private let text = """
        ---
        date: 2025-11-24
        ---
        La clôture est annoncée pour le 31 novembre, a précisé l’organisation.

        """

    /// A workspace from the sample with one short draft checked once; the invalid date's id.
    private func checkedWorkspace(_ folder: TemporaryFolder) throws -> (URL, String) {
        let workspace = folder.url.appendingPathComponent("desk")
        #expect(try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"]).status == 0)
        try Data(text.utf8).write(to: workspace.appendingPathComponent(draft))
        let first = try FactDeskBinary.run(["check", "--format", "json", draft], environment: author, in: workspace)
        #expect(first.status == 1, "stderr: \(first.stderr)")
        let invalid = try #require(try findings(first.stdout).first { $0["rule"] as? String == "invalid-date" })
        return (workspace, try #require(invalid["id"] as? String))
    }

    private func root(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    private func findings(_ json: String) throws -> [[String: Any]] {
        let documents = try #require(try root(json)["documents"] as? [[String: Any]])
        return try #require(documents.first?["findings"] as? [[String: Any]])
    }

    @Test func aDismissalHoldsOnEveryPathAndTheSummaryCountsItApart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, id) = try checkedWorkspace(folder)
        let reason = "date confirmée par l’organisateur"
        #expect(try FactDeskBinary.run(["dismiss", id, "--reason", reason], environment: author, in: workspace).status == 0)

        for arguments in [[draft], ["--no-commit", draft]] {
            let checked = try FactDeskBinary.run(["check"] + arguments, environment: author, in: workspace)
            #expect(checked.status == 0, "\(arguments): \(checked.stdout)")
            #expect(checked.stdout.hasSuffix("0 errors, 0 warnings, 0 info in 1 file (1 dismissed)\n"))
            let lines = checked.stdout.split(separator: "\n")
            #expect(lines.contains("\(draft):4:33: dismissed error [date/invalid-date] \"31 novembre\": \(reason)"))
            #expect(!checked.stdout.contains("^~~"), "a dismissed finding is one short line")

            let full = try FactDeskBinary.run(["check", "--show-decided"] + arguments, environment: author, in: workspace)
            #expect(full.stdout.contains("[date/invalid-date] (dismissed)"))
            #expect(full.stdout.contains("^~~~~~~~~~~"))
            #expect(full.stdout.contains("= dismissed by Claire Martin <claire@example.org>: \(reason)"))

            let json = try FactDeskBinary.run(["check", "--format", "json"] + arguments, environment: author, in: workspace)
            #expect(try findings(json.stdout).first { $0["id"] as? String == id }?["status"] as? String == "dismissed")
            let documents = try #require(try root(json.stdout)["documents"] as? [[String: Any]])
            let summary = try #require(documents.first?["summary"] as? [String: Int])
            #expect(summary == ["error": 0, "warning": 0, "info": 0, "dismissed": 1])

            let sarif = try FactDeskBinary.run(["check", "--format", "sarif"] + arguments, environment: author, in: workspace)
            let runs = try #require(try root(sarif.stdout)["runs"] as? [[String: Any]])
            let results = try #require(runs.first?["results"] as? [[String: Any]])
            let suppression = try #require((results.first?["suppressions"] as? [[String: Any]])?.first)
            #expect(suppression["kind"] as? String == "external")
            #expect(suppression["status"] as? String == "accepted")
            #expect((suppression["justification"] as? String)?.contains(reason) == true)
        }

        // Unsaved text checked for an editor: the same decisions, nothing committed.
        let revisions = try Git.run(["log", "--oneline"], in: workspace).output
        let stdin = try FactDeskBinary.run(
            ["check", "--no-commit", "--format", "json", "--stdin-path", draft, "-"],
            input: Data(("Autre ligne.\n" + text).utf8), environment: author, in: workspace)
        #expect(stdin.status == 0, "stderr: \(stdin.stderr)")
        #expect(try findings(stdin.stdout).first { $0["id"] as? String == id }?["status"] as? String == "dismissed")
        #expect(try Git.run(["log", "--oneline"], in: workspace).output == revisions)
    }

    @Test func anAcceptanceIsCountedApartToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, id) = try checkedWorkspace(folder)
        #expect(try FactDeskBinary.run(["accept", id, "--note", "à corriger"], environment: author, in: workspace).status == 0)
        let checked = try FactDeskBinary.run(["check", "--no-commit", draft], environment: author, in: workspace)
        #expect(checked.status == 0)
        #expect(checked.stdout.hasSuffix("0 errors, 0 warnings, 0 info in 1 file (1 accepted)\n"))
        #expect(checked.stdout.contains("accepted error [date/invalid-date] \"31 novembre\": à corriger"))
    }

    @Test func anUntrustedPluginIsARunNoticeNotAFinding() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, _) = try checkedWorkspace(folder)
        let annotations = try Git.run(["show", "HEAD:annotations/brief.fr.json"], in: workspace).output
        #expect(!annotations.contains("untrusted-plugin"))
        #expect(!annotations.contains("quotation-marks"))

        let text = try FactDeskBinary.run(["check", "--no-commit", draft], in: workspace)
        #expect(text.stderr.contains("factdesk: notice: plugin quotation-marks not run: it is not trusted on this machine"))
        #expect(!text.stdout.contains("quotation-marks"))
        #expect(text.stdout.hasSuffix("1 error, 0 warnings, 0 info in 1 file\n"))

        let json = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", draft], in: workspace)
        #expect(json.stderr.isEmpty)
        let notices = try #require(try root(json.stdout)["notices"] as? [[String: Any]])
        #expect(notices.count == 1)
        #expect(notices.first?["checker"] as? String == "quotation-marks")
        #expect(try findings(json.stdout).allSatisfy { $0["checker"] as? String != "quotation-marks" })

        let sarif = try FactDeskBinary.run(["check", "--no-commit", "--format", "sarif", draft], in: workspace)
        let runs = try #require(try root(sarif.stdout)["runs"] as? [[String: Any]])
        let invocation = try #require((runs.first?["invocations"] as? [[String: Any]])?.first)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect((notifications.first?["message"] as? [String: Any])?["text"] as? String
            == "plugin quotation-marks not run: it is not trusted on this machine (to trust it: factdesk plugins trust quotation-marks)")
    }

    @Test func aDecisionMadeOnTheCommandLineHoldsInTheWebWorkbench() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, id) = try checkedWorkspace(folder)
        #expect(try FactDeskBinary.run(["dismiss", id, "--reason", "confirmée"], environment: author, in: workspace).status == 0)
        let server = try ServedWorkbench(workspace: workspace, environment: author)
        defer { server.stop() }
        let session = try await server.session()
        let (status, body) = try await server.post(
            "/api/drafts/brief.fr.md/check", json: ["text": "Une ligne de plus.\n" + text], session: session)
        #expect(status == 201, "\(String(decoding: body, as: UTF8.self))")
        let answer = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let documents = try #require((answer["findings"] as? [String: Any])?["documents"] as? [[String: Any]])
        let found = try #require(documents.first?["findings"] as? [[String: Any]])
        #expect(found.first { $0["id"] as? String == id }?["status"] as? String == "dismissed")
        #expect(found.allSatisfy { $0["checker"] as? String != "quotation-marks" })
        let page = try await server.client.data(from: URL(string: server.base + "/api/drafts/brief.fr.md")!).0
        #expect(try findings(String(decoding: page, as: UTF8.self)).first?["status"] as? String == "dismissed")
    }
}
