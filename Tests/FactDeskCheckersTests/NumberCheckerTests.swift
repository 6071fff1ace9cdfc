import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation
import Testing

/// The number checker on the sample workspace's drafts and reference data, and on bad input.
@Suite("NumberChecker")
struct NumberCheckerTests {
    static let workspace = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Workspaces/interpol-ga")

    private func findings(inDraft name: String) async throws -> [Finding] {
        let reference = try ReferenceLoader().load([Self.workspace.appendingPathComponent("reference").path])
        let path = Self.workspace.appendingPathComponent("drafts/\(name)").path
        let engine = Engine(
            catalog: try CheckerCatalog([NumberChecker()]), extractors: StandardExtractors.all, reference: reference)
        return await engine.check(Document(path: path, text: try String(contentsOfFile: path, encoding: .utf8)))
            .findings
    }

    @Test("the French sample draft: 195 member countries and the 94th session")
    func frenchSample() async throws {
        let found = try await findings(inDraft: "assemblee-generale.fr.md")
        #expect(found.map(\.rule) == ["fact-mismatch", "edition-mismatch"])
        #expect(found.map(\.quote.exact) == ["195 pays membres", "94e session"])
        #expect(found.map(\.suggestions) == [["196 pays membres"], ["93e session"]])
        let mismatch = try #require(found.first)
        #expect(mismatch.message.contains("196"))
        #expect(mismatch.message.contains("depuis le 29 novembre 2023"))
        #expect(mismatch.message.contains("https://www.interpol.int/Who-we-are/Member-countries"))
        #expect(mismatch.severity == .error)
    }

    @Test("the English sample draft's figures are right")
    func englishSample() async throws {
        #expect(try await findings(inDraft: "general-assembly.en.md").isEmpty)
    }

    @Test("without reference data, only the format rules run")
    func withoutReference() async throws {
        let engine = Engine(catalog: try CheckerCatalog([NumberChecker()]), extractors: StandardExtractors.all)
        let document = Document(path: "-", text: "INTERPOL compte 195 pays membres et 1,234.5 agents.", language: .fr)
        #expect(await engine.check(document).findings.map(\.rule) == ["number-format"])
    }

    @Test("a figure inside quotation marks is a warning whose evidence says it is quoted")
    func quotedFigure() async throws {
        let reference = try ReferenceLoader().load([Self.workspace.appendingPathComponent("reference").path])
        let engine = Engine(
            catalog: try CheckerCatalog([NumberChecker()]), extractors: StandardExtractors.all, reference: reference)
        let text = "« INTERPOL compte 190 pays membres », a-t-elle dit. INTERPOL compte 190 pays membres."
        let document = Document(
            path: "-", text: text, language: .fr, published: CalendarDate(year: 2025, month: 11, day: 24))
        let found = await engine.check(document).findings
        #expect(found.map(\.rule) == ["fact-mismatch", "fact-mismatch"])
        #expect(found.map(\.severity) == [.warning, .error])
        #expect(found[0].evidence.contains { $0.statement.contains("entre guillemets") })
        #expect(!found[1].evidence.contains { $0.statement.contains("entre guillemets") })
    }

    @Test("unverified-claim is off by default")
    func unverifiedOffByDefault() async throws {
        let rule = try #require(NumberChecker().descriptor.rules.first { $0.id == "unverified-claim" })
        #expect(!rule.enabledByDefault)
        #expect(NumberChecker().descriptor.rules.filter { !$0.enabledByDefault }.count == 1)
    }

    @Test("bad input: a 10,000-digit number, exponents, infinity, 100,000 numbers in a row")
    func badInput() async throws {
        let reference = try ReferenceLoader().load([Self.workspace.appendingPathComponent("reference").path])
        let engine = Engine(
            catalog: try CheckerCatalog([NumberChecker()]), extractors: StandardExtractors.all, reference: reference,
            enabledRules: ["number/unverified-claim"])
        let huge = String(repeating: "7", count: 10_000)
        let row = (0..<100_000).map { String($0 % 1_000) }.joined(separator: " ")
        let texts = [
            "INTERPOL compte \(huge) pays membres.", "INTERPOL compte 1e999999 pays membres et ∞ % des voix.",
            "INTERPOL : \(row) pays membres.", "INTERPOL’s \(row) member countries.",
        ]
        for text in texts {
            for language in Language.allCases {
                let report = await engine.check(Document(path: "-", text: text, language: language))
                #expect(!report.findings.contains { $0.rule == "checker-error" })
            }
        }
    }
}
