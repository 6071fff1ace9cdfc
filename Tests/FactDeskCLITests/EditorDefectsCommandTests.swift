import Foundation
import Testing

/// Smaller defects an editor met, through the real binary: the checker list, dates written at the
/// precision the reference data gives them, and the sample's INTERPOL membership.
@Suite("factdesk wording and sample data")
struct EditorDefectsCommandTests {
    @Test func checkersSaysOffByDefaultOnce() throws {
        let result = try FactDeskBinary.run(["checkers"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        let unknownName = try #require(lines.first { $0.contains("unknown-name") })
        #expect(unknownName.components(separatedBy: "off by default").count == 2, "\(unknownName)")
        #expect(lines.allSatisfy { $0.components(separatedBy: "off by default").count <= 2 })
        #expect(lines.contains { $0.contains("unverified-claim") && $0.hasSuffix("(off by default)") })
    }

    /// Editions known to the day, by a range, by a month, by a year, and by months only.
    private let series = """
        series:
          - id: radio-assembly
            names: [{name: Assemblée des radios du Nord, lang: fr}, {name: Northern Radio Assembly, lang: en}]
            editions:
              - {number: 77, start: 2022-05, end: 2022-06}
              - {number: 78, start: 2023}
              - {number: 79, start: 2024-09}
              - {number: 80, start: 2025-09-10, end: 2025-09-12}
              - {number: 81, start: 2026-03-05}

        """

    private func messages(_ drafts: [(String, String)]) throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let reference = try folder.write("reference.yml", Data(series.utf8))
        let paths = try drafts.map { name, text in try folder.write(name, Data(("---\ndate: 2026-06-01\n---\n" + text).utf8)) }
        let result = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "--reference", reference] + paths)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(root["documents"] as? [[String: Any]]).flatMap {
            ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        }
    }

    @Test func anEditionsNumberIsToldWithItsDatesAtTheirPrecision() throws {
        let years = [2022, 2023, 2024, 2025, 2026]
        let found = try messages(
            years.map { ("fr\($0).md", "La 90e session de l’Assemblée des radios du Nord s’est tenue en \($0).\n") }
                + years.map { ("en\($0).md", "The 90th session of the Northern Radio Assembly was held in \($0).\n") })
        for ending in [
            "est la 77e, de mai 2022 à juin 2022.", "est la 78e, en 2023.", "est la 79e, en septembre 2024.",
            "est la 80e, du 10 septembre 2025 au 12 septembre 2025.", "est la 81e, le 5 mars 2026.",
            "is the 77th, from May 2022 to June 2022.", "is the 78th, in 2023.", "is the 79th, in September 2024.",
            "is the 80th, from September 10, 2025 to September 12, 2025.", "is the 81st, on March 5, 2026.",
        ] {
            #expect(found.contains { $0.hasSuffix(ending) }, "\(ending) in \(found)")
        }
    }

    @Test func anEditionsDatesAreToldAtTheirPrecision() throws {
        let editions = [77, 78, 79, 80, 81]
        let found = try messages([
            ("fr.md", editions.map { "La \($0)e session de l’Assemblée des radios du Nord s’est tenue du 3 au 5 janvier 2021.\n\n" }.joined()),
            ("en.md", editions.map { "The \($0)th session of the Northern Radio Assembly was held January 3–5, 2021.\n\n" }.joined()),
        ])
        for ending in [
            "s’est tenue de mai 2022 à juin 2022.", "s’est tenue en 2023.", "s’est tenue en septembre 2024.",
            "s’est tenue du 10 au 12 septembre 2025.", "s’est tenue le 5 mars 2026.",
            "was held from May 2022 to June 2022.", "was held in 2023.", "was held in September 2024.",
            "was held from September 10 to 12, 2025.", "was held on March 5, 2026.",
        ] {
            #expect(found.contains { $0.hasSuffix(ending) }, "\(ending) in \(found)")
        }
    }

    @Test func theSampleCountsPalauAsTheMemberThatJoinedOn29November2023() throws {
        let show = try FactDeskBinary.run(["reference", "show", "interpol"], in: FactDeskBinary.packageRoot.appendingPathComponent("Workspaces/interpol-ga"))
        #expect(show.stdout.contains("member-countries = 196  (2023-11-29..)  source: https://www.interpol.int/"), "\(show.stdout)")
        let check = try FactDeskBinary.run(
            ["check", "--no-commit", "--format", "json", "Workspaces/interpol-ga/drafts/assemblee-generale.fr.md"])
        #expect(
            check.stdout.contains(
                "« 195 pays membres » : la valeur de référence pour INTERPOL est 196 (depuis le 29 novembre 2023 ; source : "))
    }
}
