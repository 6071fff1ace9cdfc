import Foundation
import Testing

/// The smaller defects a newcomer met, through the real binary: a rejected term inside the
/// preferred one, `fact-outdated`'s periods, decisions on resolved or decided findings, short
/// ids in `history`, and numbers in words in reference data.
@Suite("Smaller defects of custom checks")
struct SmallerDefectsCommandTests {
    @Test func aRejectedTermInsideThePreferredFormIsNoMatch() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.write("rules/style.yml", FreshDesk.stylePack)
        #expect(try desk.run(["rules", "test"]).status == 0)
        try desk.write("drafts/a.fr.md", "Le Covid-19 a fermé les écoles ; le Covid, les stades.\n")
        let findings = try desk.findings(try desk.run(["check", "--format", "json", "--no-commit", "drafts/a.fr.md"]))
        let quotes = findings[0].filter { $0["checker"] as? String == "style" }.compactMap {
            ($0["quote"] as? [String: Any])?["exact"] as? String
        }
        let spans = findings[0].filter { $0["checker"] as? String == "style" }.compactMap {
            ($0["span"] as? [String: Any])?["start"] as? Int
        }
        #expect(quotes == ["Covid"])
        #expect(spans == [36])
    }

    /// Each period shape of the earlier fact, with the sentence `fact-outdated` writes of it.
    @Test(arguments: [
        ("from: 2019, to: 2023", "de 2019 à 2023", "from 2019 to 2023"),
        ("from: 2019-01, to: 2023-12", "de janvier 2019 à décembre 2023", "from January 2019 to December 2023"),
        ("from: 2019-04, to: 2023-12", "d’avril 2019 à décembre 2023", "from April 2019 to December 2023"),
        (
            "from: 2019-01-01, to: 2023-12-31", "du 1er janvier 2019 au 31 décembre 2023",
            "from January 1, 2019 to December 31, 2023"
        ),
        ("to: 2023-12", "jusqu’en décembre 2023", "until December 2023"),
        ("to: 2023-12-31", "jusqu’au 31 décembre 2023", "until December 31, 2023"),
    ])
    func factOutdatedNamesEachPeriodShapeRightInBothLanguages(period: String, french: String, english: String)
        throws
    {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.write(
            "reference/firo.yml",
            FreshDesk.firo(facts: [
                "{property: member-countries, value: 61, \(period)}",
                "{property: member-countries, value: 62, from: 2024}",
            ]))
        try desk.write("drafts/a.fr.md", "La FIRO compte 61 pays membres.\n")
        try desk.write("drafts/a.en.md", "FIRO has 61 member countries.\n")
        let result = try desk.run(
            [
                "check", "--format", "json", "--no-commit", "--published", "2026-03-02", "drafts/a.en.md",
                "drafts/a.fr.md",
            ])
        let findings = try desk.findings(result)
        let messages = findings.map { document in
            document.first { $0["rule"] as? String == "fact-outdated" }?["message"] as? String ?? "none"
        }
        #expect(messages[0].contains("was 61 \(english) and is 62 since 2024"), "\(messages[0])")
        #expect(messages[1].contains("était 61 \(french), elle est de 62 depuis 2024"), "\(messages[1])")
    }

    @Test func decisionsOnResolvedOrDecidedFindingsAndShortIDsInHistory() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        let draft = "drafts/a.fr.md"
        try desk.write(draft, "La réunion est prévue le 31 avril 2025 à Lyon.\n")
        #expect(try desk.run(["check", draft]).status == 1)
        let findings = try desk.findings(try desk.run(["check", "--format", "json", "--no-commit", draft]))
        let id = try #require(findings[0].first { $0["rule"] as? String == "invalid-date" }?["id"] as? String)
        let hash = String(try #require(id.split(separator: ":").last))

        #expect(try desk.run(["dismiss", id, "--reason", "date confirmée"]).status == 0)
        let again = try desk.run(["dismiss", id, "--reason", "encore"])
        #expect(again.status == 2)
        #expect(
            again.stderr.contains(
                "\(id): already dismissed by Rita Reviewer <rita@example.org> (date confirmée); nothing recorded "
                    + "(the opposite decision replaces it)"),
            "\(again.stderr)")
        #expect(try desk.run(["accept", id, "--note", "à corriger"]).status == 0, "the opposite decision replaces it")

        let history = try desk.run(["history", hash])
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("appeared \(draft)") && history.stdout.contains("accepted \(draft)"))
        #expect(try desk.run(["history", id]).stdout == history.stdout)
        let unknown = try desk.run(["history", "0badc0de"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("0badc0de: no such finding"), "\(unknown.stderr)")

        try desk.write(draft, "La réunion est prévue le 30 avril 2025 à Lyon.\n")
        #expect(try desk.run(["check", draft]).status == 0)
        let log = try desk.run(["log", draft, "--format", "json"])
        let revisions = try #require(try desk.json(log)["revisions"] as? [[String: Any]])
        let resolving = try #require(revisions.first?["revision"] as? String)
        let late = try desk.run(["dismiss", id, "--reason", "trop tard"])
        #expect(late.status == 2)
        #expect(
            late.stderr.contains(
                "\(id): resolved in \(resolving.prefix(7)) (its words were edited or removed); there is nothing left to decide"
            ),
            "\(late.stderr)")
    }

    @Test func referenceLintRefusesANumberInWords() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.write(
            "reference/firo.yml",
            FreshDesk.firo(facts: [
                #"{property: member-countries, value: "onze"}"#, "{property: members, value: eleven}",
                "{property: employees, value: 11}",
            ]))
        let lint = try desk.run(["reference", "lint"])
        #expect(lint.status == 2)
        #expect(
            lint.stderr.contains(
                "firo.yml:6:45: error: 'value' 'onze' is a number written in words: write it in digits (11)"),
            "\(lint.stderr)")
        #expect(lint.stderr.contains("'value' 'eleven' is a number written in words: write it in digits (11)"))
    }
}
