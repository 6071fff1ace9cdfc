import Foundation
import Testing

/// History that stays true: a failed checker carries its findings over, revisions hold the
/// configuration they were checked with, `show` names the facts then in force and `--recheck`
/// checks a revision again with them, through the real binary and the git CLI.
@Suite("factdesk replayable revisions")
struct ReplayCommandTests {
    private let author = ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"]
    private let draft = "drafts/lighthouses.en.md"

    private static let reference = """
        entities:
          - id: fcl
            kind: organization
            names: [FCL, Federation of Coastal Lighthouses]
            facts:
              - {property: member-countries, value: VALUE, source: "https://fcl.example/members"}
        properties:
          - id: member-countries
            terms: {en: [member countries], fr: [pays membres]}

        """

    private static let text = """
        ---
        date: 2025-09-10
        ---
        The Federation of Coastal Lighthouses now counts 38 member countries, its secretary said on Wednesday.

        """

    /// A new workspace with one draft and a reference fact of `value` members.
    private func workspace(in folder: TemporaryFolder, members value: Int) throws -> URL {
        let workspace = folder.url.appendingPathComponent("desk")
        let created = try FactDeskBinary.run(["init", workspace.path], environment: author)
        #expect(created.status == 0, "stderr: \(created.stderr)")
        try Data(Self.text.utf8).write(to: workspace.appendingPathComponent(draft))
        try setMembers(value, in: workspace)
        return workspace
    }

    private func setMembers(_ value: Int, in workspace: URL) throws {
        let reference = Self.reference.replacingOccurrences(of: "VALUE", with: String(value))
        try Data(reference.utf8).write(to: workspace.appendingPathComponent("reference/fcl.yml"))
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func head(_ workspace: URL) throws -> String {
        try Git.output(["rev-parse", "HEAD"], in: workspace).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aFailedCheckerKeepsItsFindingsInsteadOfResolvingThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = folder.url.appendingPathComponent("desk")
        #expect(try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"], environment: author).status == 0)
        let draft = "drafts/assemblee-generale.fr.md"
        let first = try FactDeskBinary.run(["check", "--format", "json", draft], environment: author, in: workspace)
        let firstFindings = try #require((try json(first.stdout)["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let dateIDs = Set(firstFindings.filter { $0["checker"] as? String == "date" }.compactMap { $0["id"] as? String })
        #expect(!dateIDs.isEmpty)

        let fault = author.merging(["FACTDESK_FAULT": "trap:date"]) { $1 }
        let failed = try FactDeskBinary.run(["check", "--format", "json", draft], environment: fault, in: workspace)
        #expect(failed.status == 1, "stderr: \(failed.stderr)")
        let document = try #require((try json(failed.stdout)["documents"] as? [[String: Any]])?.first)
        let failedIDs = Set((document["findings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(dateIDs.isSubset(of: failedIDs))
        #expect(Set(document["not-rechecked"] as? [String] ?? []) == dateIDs)
        #expect(try Git.output(["log", "-1", "--format=%s"], in: workspace).contains("(1 new)"))
        let annotations = try Git.output(["show", "HEAD:annotations/assemblee-generale.fr.json"], in: workspace)
        #expect(dateIDs.allSatisfy(annotations.contains))
        #expect(annotations.contains("\"not-rechecked\""))

        let text = try FactDeskBinary.run(["check", draft], environment: fault, in: workspace)
        #expect(text.stdout.contains("not re-checked: its checker failed"))
        let shown = try FactDeskBinary.run(["show", "HEAD"], in: workspace)
        #expect(shown.stdout.components(separatedBy: "(not re-checked: its checker failed)").count - 1 == dateIDs.count)

        // The next good run finds them again as they were: nothing reappears, only the failure resolves.
        let good = try FactDeskBinary.run(["check", draft], environment: author, in: workspace)
        #expect(good.status == 1)
        #expect(try Git.output(["log", "-1", "--format=%s"], in: workspace).hasSuffix("(1 resolved)\n"))
        for id in dateIDs {
            let history = try FactDeskBinary.run(["history", id], in: workspace)
            #expect(!history.stdout.contains("resolved") && !history.stdout.contains("reappeared"), "\(history.stdout)")
        }
        #expect(try Git.run(["status", "--porcelain"], in: workspace).output.isEmpty)
    }

    @Test func showAndDiffQuoteTheWordsOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = try self.workspace(in: folder, members: 41)
        #expect(try FactDeskBinary.run(["check", draft], environment: author, in: workspace).status == 1)
        let shown = try FactDeskBinary.run(["show", "HEAD"], in: workspace)
        let diffed = try FactDeskBinary.run(["diff", "HEAD~1", "HEAD"], in: workspace)
        for output in [shown.stdout, diffed.stdout] {
            let line = try #require(output.split(separator: "\n").first { $0.contains("number:fact-mismatch") })
            #expect(line.components(separatedBy: "“38 member countries”").count == 2, "\(line)")
            #expect(!line.contains("« 38 member countries »"), "\(line)")
        }
    }

    @Test func showCitesTheFactsOfItsRevisionAndRecheckReproducesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = try self.workspace(in: folder, members: 41)
        let plugin = workspace.appendingPathComponent("plugins/tool.sh")
        try FileManager.default.createDirectory(at: plugin.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: plugin)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: plugin.path)

        #expect(try FactDeskBinary.run(["check", draft], environment: author, in: workspace).status == 1)
        let first = try head(workspace)
        #expect(try Git.output(["show", "\(first):reference/fcl.yml"], in: workspace).contains("value: 41"))
        #expect(try Git.output(["ls-tree", first, "plugins/tool.sh"], in: workspace).hasPrefix("100755 "))
        #expect(try Git.run(["status", "--porcelain"], in: workspace).output.isEmpty)

        // The fact changes: the finding resolves, and the new revision holds the new fact.
        try setMembers(38, in: workspace)
        try FileManager.default.removeItem(at: plugin)
        #expect(try FactDeskBinary.run(["check", draft], environment: author, in: workspace).status == 0)
        let second = try head(workspace)
        #expect(second != first)
        #expect(try Git.output(["show", "\(second):reference/fcl.yml"], in: workspace).contains("value: 38"))
        #expect(try Git.output(["ls-tree", second, "plugins/tool.sh"], in: workspace).isEmpty)
        #expect(try Git.run(["status", "--porcelain"], in: workspace).output.isEmpty)

        // The first revision still cites the fact as it then stood.
        let shown = try FactDeskBinary.run(["show", first], in: workspace)
        #expect(shown.status == 0, "stderr: \(shown.stderr)")
        #expect(
            shown.stdout.contains(
                "cites member-countries of fcl = 41 (always), source: https://fcl.example/members, reference/fcl.yml:6"),
            "\(shown.stdout)")
        let shownJSON = try json(try FactDeskBinary.run(["show", first, "--format", "json"], in: workspace).stdout)
        let cited = try #require((shownJSON["cited-facts"] as? [String: [[String: Any]]])?.values.first?.first)
        #expect(cited["value"] as? String == "41")
        #expect(cited["location"] as? String == "reference/fcl.yml:6")

        // Checked again with its own configuration, the first revision gives exactly its findings;
        // the work tree keeps the new fact.
        let recheck = try FactDeskBinary.run(["show", first, "--recheck"], in: workspace)
        #expect(recheck.status == 0, "stdout: \(recheck.stdout) stderr: \(recheck.stderr)")
        #expect(recheck.stdout.contains("same 1 finding"), "\(recheck.stdout)")
        let recheckJSON = try json(try FactDeskBinary.run(["show", first, "--recheck", "--format", "json"], in: workspace).stdout)
        #expect(recheckJSON["same"] as? Bool == true)
        #expect(recheckJSON["recorded"] as? Int == 1)
        #expect(try String(contentsOf: workspace.appendingPathComponent("reference/fcl.yml"), encoding: .utf8).contains("value: 38"))
        #expect(try FactDeskBinary.run(["show", second, "--recheck"], in: workspace).status == 0)
        #expect(try Git.run(["status", "--porcelain"], in: workspace).output.isEmpty)
    }

    @Test func recheckReportsWhatTheCommitCannotHold() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = try self.workspace(in: folder, members: 41)
        #expect(try FactDeskBinary.run(["check", draft], environment: author, in: workspace).status == 1)
        let first = try head(workspace)

        // A checker that fails now, which no configuration can change: its finding is not found again.
        let failing = try FactDeskBinary.run(
            ["show", first, "--recheck"], environment: ["FACTDESK_FAULT": "throw:number"], in: workspace)
        #expect(failing.status == 1, "stdout: \(failing.stdout) stderr: \(failing.stderr)")
        #expect(failing.stdout.contains("differs: 1 recorded not found again, 1 new"), "\(failing.stdout)")
        #expect(failing.stdout.contains("  - ") && failing.stdout.contains("number:fact-mismatch"))
        #expect(failing.stdout.contains("  + ") && failing.stdout.contains("number:checker-error"))

        // Reference data given from outside the workspace is not in the commit: the revision cannot be replayed.
        let outside = try folder.write(
            "outside.yml", Data("entities:\n  - {id: harbour-board, kind: organization, names: [Harbour Board]}\n".utf8))
        try Data((Self.text + "The Harbour Board met too.\n").utf8).write(to: workspace.appendingPathComponent(draft))
        #expect(try FactDeskBinary.run(["check", "--reference", outside, draft], environment: author, in: workspace).status == 1)
        #expect(try head(workspace) != first)
        let refused = try FactDeskBinary.run(["show", "HEAD", "--recheck"], in: workspace)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("reference data its commit does not hold"), "\(refused.stderr)")
        #expect(try FactDeskBinary.run(["show", "HEAD", "--trust-plugins"], in: workspace).status == 2)
    }
}
