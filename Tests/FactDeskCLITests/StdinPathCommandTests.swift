import Foundation
import Testing

/// `check --stdin-path`: text read on standard input, checked as the file it names.
@Suite("check --stdin-path")
struct StdinPathCommandTests {
    private func documents(_ stdout: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        return try #require(root["documents"] as? [[String: Any]])
    }

    @Test func textOnStandardInputIsCheckedAsTheFileItNames() throws {
        let draft = CheckCommandTests.frenchDraft
        let text = try Data(contentsOf: FactDeskBinary.packageRoot.appendingPathComponent(draft))
        let direct = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", draft])
        let piped = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", "--stdin-path", draft, "-"], input: text)
        #expect(piped.status == direct.status, "\(piped.stderr)")
        let pipedDocument = try #require(try documents(piped.stdout).first)
        let directDocument = try #require(try documents(direct.stdout).first)
        #expect(pipedDocument["path"] as? String == draft)
        #expect(pipedDocument["language"] as? String == "fr")
        // The workspace's reference data, checkers and plugins apply: the same findings as the file's.
        let ids = { (document: [String: Any]) in ((document["findings"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String } }
        #expect(!ids(pipedDocument).isEmpty)
        #expect(ids(pipedDocument) == ids(directDocument))

        let plain = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", "-"], input: text)
        #expect(try documents(plain.stdout).first?["path"] as? String == "-")
    }

    @Test func itNeedsNoCommitAndAStandardInput() throws {
        let committing = try FactDeskBinary.run(
            ["check", "--stdin-path", CheckCommandTests.frenchDraft, "-"], input: Data("Texte.\n".utf8))
        #expect(committing.status == 2)
        #expect(committing.stderr.contains("--stdin-path needs --no-commit"), "\(committing.stderr)")
        let noInput = try FactDeskBinary.run(
            ["check", "--no-commit", "--stdin-path", "x.md", CheckCommandTests.frenchDraft])
        #expect(noInput.status == 2)
        #expect(noInput.stderr.contains("--stdin-path names the text of -, which is not given"), "\(noInput.stderr)")
    }
}
