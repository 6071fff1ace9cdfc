import Foundation
import Testing

/// The accent policy through the built binary: a name written without its accents is a warning
/// in a French draft and accepted in an English one, unless the workspace sets
/// `strict-accents: true`, which makes it a warning in both (of `folded-accents`).
@Suite("strict-accents through factdesk")
struct StrictAccentsCommandTests {
    private static let reference = """
        entities:
          - id: sebastien-loeb
            kind: person
            names: [Sébastien Loeb, Loeb]

        """

    private static let drafts = [
        "fr": "Le pilote Sebastien Loeb a gagné le rallye dimanche.\n",
        "en": "The driver Sebastien Loeb won the rally on Sunday.\n",
    ]

    private func nameRules(settings: String, language: String = "fr") throws -> [String: String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("reference"), withIntermediateDirectories: true)
        _ = try folder.write("factdesk.yml", Data(("languages: [\(language)]\n" + settings).utf8))
        _ = try folder.write("reference/people.yml", Data(Self.reference.utf8))
        let draft = try folder.write("draft.md", Data(Self.drafts[language, default: ""].utf8))
        let result = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", "--fail-on", "never", draft])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        return Dictionary(
            findings.filter { $0["checker"] as? String == "name" }.map {
                ($0["rule"] as? String ?? "", $0["severity"] as? String ?? "")
            },
            uniquingKeysWith: { first, _ in first })
    }

    @Test func aNameWithoutItsAccentsIsAWarningInAFrenchDraft() throws {
        #expect(try nameRules(settings: "") == ["missing-accent": "warning"])
    }

    @Test func aNameWithoutItsAccentsIsAcceptedInAnEnglishDraft() throws {
        #expect(try nameRules(settings: "", language: "en") == [:])
    }

    @Test func strictAccentsMakesItAWarningInEveryDraft() throws {
        #expect(try nameRules(settings: "strict-accents: true\n") == ["folded-accents": "warning"])
        #expect(try nameRules(settings: "strict-accents: true\n", language: "en") == ["folded-accents": "warning"])
    }
}
