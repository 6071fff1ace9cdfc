import Foundation
import Testing

/// `factdesk check --checker date` on the sample workspace: the planted date errors, with the
/// workspace's reference data loaded, and nothing on the correct sentences.
@Suite("factdesk check: dates")
struct DateCheckCommandTests {
    /// Each date finding as `rule « quote »`, whitespace made single spaces.
    private func dateFindings(_ draft: String, _ extra: [String] = []) throws -> (status: Int32, findings: [String]) {
        let result = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", "--checker", "date"] + extra + [draft])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        return (
            result.status,
            findings.map { finding in
                let quote = (finding["quote"] as? [String: String])?["exact"] ?? ""
                return
                    "\(finding["rule"] as? String ?? "") « \(quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")) »"
            }
        )
    }

    @Test func theFrenchDraftShowsExactlyItsPlantedDateErrors() throws {
        let (status, findings) = try dateFindings(CheckCommandTests.frenchDraft)
        #expect(status == 1)
        #expect(
            findings == [
                "weekday-mismatch « mardi 24 novembre 2025 »",
                "range-duration-mismatch « trois jours »",
                "anniversary-mismatch « 11e anniversaire du Centre d’innovation d’INTERPOL »",
                "invalid-date « 31 novembre »",
                "edition-date-mismatch « Glasgow du 7 au 10 novembre 2023 »",
            ])
    }

    @Test func theEnglishDraftShowsExactlyItsPlantedDateErrors() throws {
        let (status, findings) = try dateFindings(CheckCommandTests.englishDraft)
        #expect(status == 1)
        #expect(
            findings == [
                "weekday-mismatch « Tuesday, November 24, 2025 »",
                "invalid-date « November 31 »",
                "edition-date-mismatch « Glasgow on November 7–10, 2023 »",
            ])
    }

    @Test func referenceGivenAgainWithReferenceIsReadOnce() throws {
        let (status, findings) = try dateFindings(
            CheckCommandTests.englishDraft, ["--reference", "Workspaces/interpol-ga/reference"])
        #expect(status == 1)
        #expect(findings.contains("edition-date-mismatch « Glasgow on November 7–10, 2023 »"))
    }

    /// Outside its workspace the draft has no reference data: the edition goes unchecked, and the
    /// anniversary is checked against the founding year the sentence itself gives ("créé en 2015").
    @Test func outsideItsWorkspaceTheDraftIsCheckedWithoutReferenceData() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let draft = try String(
            contentsOf: FactDeskBinary.packageRoot.appendingPathComponent(CheckCommandTests.frenchDraft),
            encoding: .utf8)
        let copy = try folder.write("draft.md", Data(draft.utf8))
        let (_, findings) = try dateFindings(copy)
        #expect(
            findings == [
                "weekday-mismatch « mardi 24 novembre 2025 »", "range-duration-mismatch « trois jours »",
                "anniversary-mismatch « 11e anniversaire »", "invalid-date « 31 novembre »",
            ])
    }

    @Test func brokenWorkspaceReferenceDataStopsTheCheckWithOneLinePerProblem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for sub in ["reference", "drafts"] {
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        _ = try folder.write("factdesk.yml", Data("languages: [fr]\n".utf8))
        _ = try folder.write(
            "reference/bad.yml",
            Data(
                "entities:\n  - id: x\n    kind: organization\n    names: [X]\n    bogus: 1\n  - id: x\n    kind: person\n    names: [Y]\n"
                    .utf8))
        let draft = try folder.write("drafts/d.md", Data("Le 24 novembre 2025.\n".utf8))
        let result = try FactDeskBinary.run(["check", "--no-commit", draft])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2, "stderr: \(result.stderr)")
        #expect(lines.allSatisfy { $0.contains("bad.yml:") && $0.contains(": error: ") })
        #expect(lines.first?.contains("bad.yml:5:5:") == true)
        #expect(result.stdout.isEmpty)
    }
}
