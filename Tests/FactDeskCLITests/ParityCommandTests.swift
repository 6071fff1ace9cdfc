import Foundation
import Testing

/// `factdesk check` compares a draft with its other-language version: given with
/// `--counterpart`, named by front matter, or found by the `NAME.fr.md` / `NAME.en.md` convention.
@Suite("Parity command")
struct ParityCommandTests {
    static let french = "La conférence réunit 41 délégations à Lyon du 3 au 5 mars.\n"
    static let english = "The conference brings together 42 delegations in Lyon from March 3 to 5.\n"

    private func parityLines(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.contains("[parity/") }
    }

    @Test func counterpartGivenOutsideAWorkspaceIsCompared() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let draft = try folder.write("draft.md", Data(Self.french.utf8))
        let other = try folder.write("other.md", Data(Self.english.utf8))
        let result = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "--counterpart", other, draft])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        let findings = try #require(document["findings"] as? [[String: Any]])
        let mismatch = try #require(findings.first { $0["rule"] as? String == "value-mismatch" })
        #expect((mismatch["quote"] as? [String: String])?["exact"] == "41")
        let evidence = try #require((mismatch["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["source"] as? String == "\(other):1")
        #expect((evidence["statement"] as? String)?.contains("42 delegations") == true)
    }

    @Test func theNamingConventionPairsTheVersionsBothWays() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let french = try folder.write("conference.fr.md", Data(Self.french.utf8))
        let english = try folder.write("conference.en.md", Data(Self.english.utf8))
        let frenchLines = parityLines(try FactDeskBinary.run(["check", "--no-commit", french]).stdout)
        let englishLines = parityLines(try FactDeskBinary.run(["check", "--no-commit", english]).stdout)
        #expect(frenchLines.count == 1 && frenchLines[0].contains("« 41 »"), "\(frenchLines)")
        #expect(englishLines.count == 1 && englishLines[0].contains("“42”"), "\(englishLines)")
    }

    @Test func frontMatterNamesTheCounterpartFromTheWorkspaceRoot() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        let original = try folder.write("drafts/conference.md", Data(Self.french.utf8))
        let translation = try folder.write(
            "drafts/translated.md", Data("---\ntranslation-of: drafts/conference.md\n---\n\n\(Self.english)".utf8))
        let translated = parityLines(try FactDeskBinary.run(["check", "--no-commit", translation]).stdout)
        #expect(translated.count == 1 && translated[0].contains("[parity/value-mismatch]"), "\(translated)")
        // The original names no translation and follows no naming convention: it has no counterpart.
        #expect(parityLines(try FactDeskBinary.run(["check", "--no-commit", original]).stdout).isEmpty)
    }

    @Test func anOriginalFindsItsTranslationThroughTheFirstExistingOfItsTranslations() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        let original = try folder.write(
            "drafts/conference.md",
            Data("---\ntranslations:\n  - drafts/missing.md\n  - drafts/translated.md\n---\n\n\(Self.french)".utf8))
        _ = try folder.write("drafts/translated.md", Data(Self.english.utf8))
        let lines = parityLines(try FactDeskBinary.run(["check", "--no-commit", original]).stdout)
        #expect(lines.count == 1 && lines[0].contains("« 41 »") && lines[0].contains("[parity/value-mismatch]"), "\(lines)")
    }

    @Test func standardInputIsComparedWithTheCounterpartGiven() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let other = try folder.write("other.md", Data(Self.english.utf8))
        let result = try FactDeskBinary.run(
            ["check", "--no-commit", "--counterpart", other, "-"], input: Data(Self.french.utf8))
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(parityLines(result.stdout).count == 1, "\(result.stdout)")
    }

    @Test func aDraftWithoutCounterpartHasNoParityFinding() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let draft = try folder.write("alone.md", Data(Self.french.utf8))
        #expect(parityLines(try FactDeskBinary.run(["check", "--no-commit", draft]).stdout).isEmpty)
    }

    @Test func counterpartWithSeveralDraftsIsAUsageError() throws {
        let result = try FactDeskBinary.run([
            "check", "--no-commit", "--counterpart", CheckCommandTests.englishDraft, CheckCommandTests.frenchDraft,
            CheckCommandTests.englishDraft,
        ])
        #expect(result.status == 2)
    }

    /// The rule and quoted words of each parity finding on a sample draft, in text order.
    private func sampleFindings(_ draft: String, _ options: [String] = []) throws -> [String] {
        let result = try FactDeskBinary.run(
            ["check", "--no-commit", "--format", "json", "--checker", "parity"] + options + [draft])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require((root["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        return findings.map { "\($0["rule"] as? String ?? "") \(($0["quote"] as? [String: String])?["exact"] ?? "")" }
    }

    /// The sample workspace's README lists the divergences: the two planted between the versions
    /// alone (1,300 / 1 200, the 700 delegates) and those the single-version errors make. The
    /// English draft names the French one as its original (`translation-of:`), the French one its
    /// translation (`translations:`), so each finds the other with no option.
    @Test func theSampleDraftsReportTheirDocumentedDivergences() throws {
        #expect(
            try sampleFindings(CheckCommandTests.englishDraft) == [
                "value-mismatch 196", "value-mismatch 93rd", "name-mismatch Ahmed Naser Al-Raissi",
                "value-mismatch four-day", "missing-fact 700", "name-mismatch Valdecy Urquiza",
                "value-mismatch 10th anniversary", "value-mismatch 1,300",
            ])
        #expect(
            try sampleFindings(CheckCommandTests.frenchDraft) == [
                "value-mismatch 195", "value-mismatch 94e", "name-mismatch Ahmed Nasser Al-Raisi",
                "value-mismatch trois jours", "name-mismatch Valdecy Urquisa", "value-mismatch 11e anniversaire",
                "value-mismatch 1 200",
            ])
    }

    @Test func theFrenchSampleDraftFindsTheSameCounterpartAsWhenTold() throws {
        #expect(
            try sampleFindings(CheckCommandTests.frenchDraft)
                == (try sampleFindings(CheckCommandTests.frenchDraft, ["--counterpart", CheckCommandTests.englishDraft])))
    }

    /// Both versions checked in one run: each finds the other and reports what it reports alone.
    @Test func bothSampleDraftsInOneRunReportWhatEachReportsAlone() throws {
        let result = try FactDeskBinary.run([
            "check", "--no-commit", "--format", "json", "--checker", "parity", CheckCommandTests.frenchDraft,
            CheckCommandTests.englishDraft,
        ])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        for (document, draft) in zip(documents, [CheckCommandTests.frenchDraft, CheckCommandTests.englishDraft]) {
            let findings = try #require(document["findings"] as? [[String: Any]])
            let together = findings.map { "\($0["rule"] as? String ?? "") \(($0["quote"] as? [String: String])?["exact"] ?? "")" }
            #expect(together == (try sampleFindings(draft)), "\(draft)")
        }
    }

    @Test func checkersListsParityWithItsRules() throws {
        let output = try FactDeskBinary.run(["checkers"]).stdout
        for rule in ["value-mismatch", "name-mismatch", "missing-fact"] { #expect(output.contains(rule)) }
        #expect(output.contains("parity"))
    }
}
