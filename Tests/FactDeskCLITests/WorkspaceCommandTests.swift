import Foundation
import Testing

/// The workspace commands through the real binary, verified with the git CLI.
@Suite("factdesk workspaces")
struct WorkspaceCommandTests {
    private func findings(_ json: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        return try #require(documents.first?["findings"] as? [[String: Any]])
    }

    @Test func initCheckDismissAndLogTellTheStory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = folder.url.appendingPathComponent("desk")
        let author = ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"]
        #expect(try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"]).status == 0)
        #expect(try Git.run(["log", "--oneline"], in: workspace).output.split(separator: "\n").count == 1)

        let draft = "drafts/assemblee-generale.fr.md"
        let first = try FactDeskBinary.run(["check", "--format", "json", draft], environment: author, in: workspace)
        #expect(first.status == 1, "stderr: \(first.stderr)")
        let invalid = try #require(try findings(first.stdout).first { $0["rule"] as? String == "invalid-date" })
        let id = try #require(invalid["id"] as? String)
        #expect(try Git.run(["log", "--oneline"], in: workspace).output.split(separator: "\n").count == 2)
        let annotations = try Git.run(["show", "HEAD:annotations/assemblee-generale.fr.json"], in: workspace)
        #expect(annotations.status == 0)
        #expect(annotations.output.contains(id))

        // An unchanged draft with unchanged findings commits nothing.
        _ = try FactDeskBinary.run(["check", draft], environment: author, in: workspace)
        #expect(try Git.run(["log", "--oneline"], in: workspace).output.split(separator: "\n").count == 2)

        let dismissed = try FactDeskBinary.run(
            ["dismiss", id, "--reason", "date confirmée par l’organisateur"], environment: author, in: workspace)
        #expect(dismissed.status == 0, "stderr: \(dismissed.stderr)")
        let again = try FactDeskBinary.run(["check", "--format", "json", draft], environment: author, in: workspace)
        let status = try findings(again.stdout).first { $0["id"] as? String == id }?["status"] as? String
        #expect(status == "dismissed")

        let log = try FactDeskBinary.run(["log", draft], in: workspace)
        #expect(log.status == 0)
        #expect(log.stdout.contains("Claire Martin"))
        #expect(log.stdout.contains("dismiss"))
        let history = try FactDeskBinary.run(["history", id], in: workspace)
        #expect(history.stdout.contains("appeared"))
        #expect(history.stdout.contains("dismissed"))

        let fsck = try Git.run(["fsck", "--strict"], in: workspace)
        #expect(fsck.status == 0, "\(fsck.output)")
        #expect(try Git.run(["status", "--porcelain"], in: workspace).output.isEmpty)
    }

    @Test func noCommitLeavesTheWorkspaceAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = folder.url.appendingPathComponent("desk")
        _ = try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"])
        let result = try FactDeskBinary.run(
            ["check", "--no-commit", "drafts/general-assembly.en.md"], in: workspace)
        #expect(result.status == 1)
        #expect(try Git.run(["log", "--oneline"], in: workspace).output.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        ["log"], ["history", "date:invalid-date:00000000"], ["show", "HEAD~9"],
    ])
    func workspaceCommandsOutsideAWorkspaceOrWithUnknownIDsExitWith2(arguments: [String]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let outside = try FactDeskBinary.run(arguments, in: folder.url)
        #expect(outside.status == 2)
        #expect(outside.stderr.split(separator: "\n").count == 1, "stderr: \(outside.stderr)")
        let workspace = folder.url.appendingPathComponent("desk")
        _ = try FactDeskBinary.run(["init", workspace.path])
        if arguments != ["log"] {
            let unknown = try FactDeskBinary.run(arguments, in: workspace)
            #expect(unknown.status == 2)
            #expect(unknown.stderr.split(separator: "\n").count == 1, "stderr: \(unknown.stderr)")
        }
    }
}
