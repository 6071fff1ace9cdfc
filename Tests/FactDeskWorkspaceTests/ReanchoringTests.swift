import FactDeskKit
import FactDeskWorkspace
import Foundation
import Testing

/// Findings are followed by quote and context (TextQuoteSelector), not by offset or id alone.
@Suite("Re-anchoring findings between revisions")
struct ReanchoringTests {
    /// Findings on every "mardi 24 novembre 2025", numbered by occurrence as the engine numbers
    /// repeated quotes.
    private func findings(in text: String, path: String) -> [Finding] {
        PlantedErrors.findings(in: text, path: path, rules: [PlantedErrors.weekday]).enumerated().map {
            index, finding in
            var numbered = finding
            numbered.id = FindingID.make(
                checker: finding.checker, rule: finding.rule, quoted: finding.quote.exact, occurrence: index + 1)
            return numbered
        }
    }

    @Test func theSurvivorOfTwoIdenticalQuotesKeepsItsDecision() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        let draft = try DraftPath("drafts/twice.md")
        let before =
            "Ouverture le mardi 24 novembre 2025 à Marrakech.\n\nClôture prévue, dit-on, le mardi 24 novembre 2025 au soir.\n"
        let after =
            "Ouverture le lundi 24 novembre 2025 à Marrakech.\n\nClôture prévue, dit-on, le mardi 24 novembre 2025 au soir.\n"
        let first = try workspace.recordCheck(
            of: draft, text: before, findings: findings(in: before, path: draft.path), run: PlantedErrors.run)
        #expect(first.findings.count == 2)
        let second = first.findings[1]
        try workspace.dismiss(second.id, reason: "citation exacte")

        let current = findings(in: after, path: draft.path)
        #expect(current.map(\.id) == [first.findings[0].id], "the survivor now carries the first occurrence's id")
        let record = try workspace.recordCheck(of: draft, text: after, findings: current, run: PlantedErrors.run)
        #expect(record.findings.map(\.status) == [.dismissed])
        #expect(record.resolved.map(\.quote.prefix) == [first.findings[0].quote.prefix])
        #expect(record.newFindingIDs.isEmpty)
        let history = try workspace.history(of: second.id).events.map(\.kind)
        #expect(history == [.appeared, .dismissed, .moved])
    }

    @Test func editedWordsResolveTheOldFindingAndFlagANewOne() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        try write("L'organisation compte 195 pays membres.\n", to: "drafts/n.md", in: workspace.root)
        let first = try workspace.check("drafts/n.md")
        try workspace.accept(first.findings[0].id, note: "à corriger")
        try write("L'organisation compte Al-Raissi et 195 pays membres.\n", to: "drafts/n.md", in: workspace.root)
        let moved = try workspace.check("drafts/n.md")
        #expect(
            moved.findings.map(\.status) == [.open, .accepted],
            "a new finding is open; the moved one keeps its decision")
        #expect(moved.newFindingIDs == [moved.findings[0].id])
    }
}
