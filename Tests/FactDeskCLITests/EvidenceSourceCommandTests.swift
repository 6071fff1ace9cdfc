import Foundation
import Testing

/// A revision records the same annotations wherever `check` runs from: evidence that cites the
/// workspace's reference data names it from the workspace's root.
@Suite("factdesk check: evidence sources in revisions")
struct EvidenceSourceCommandTests {
    private func annotations(in workspace: URL) throws -> String {
        try String(
            contentsOf: workspace.appendingPathComponent("annotations/assemblee-generale.fr.json"), encoding: .utf8)
    }

    @Test func checkingFromAboveTheWorkspaceRecordsWhatCheckingInsideRecords() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let author = ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"]
        var recorded: [String] = []
        for (name, runsInside) in [("inside", true), ("above", false)] {
            let workspace = folder.url.appendingPathComponent(name)
            #expect(try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"]).status == 0)
            let draft = "drafts/assemblee-generale.fr.md"
            let result =
                runsInside
                ? try FactDeskBinary.run(["check", "--format", "json", draft], environment: author, in: workspace)
                : try FactDeskBinary.run(
                    ["check", "--format", "json", "\(name)/\(draft)"], environment: author, in: folder.url)
            #expect(result.status == 1, "stderr: \(result.stderr)")
            #expect(result.stdout.contains("\"reference/interpol.yml:"), "the output cites the workspace's file too")
            recorded.append(try annotations(in: workspace))
        }
        #expect(recorded[0].contains("\"reference/interpol.yml:"))
        #expect(!recorded[1].contains("above/reference"))
        #expect(recorded[0] == recorded[1])
    }
}
