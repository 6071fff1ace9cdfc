import Foundation
import Testing

/// Swift checker modules and rule packs through the built binary: listed with their origin,
/// run by `check`, chosen by `checkers:` in `factdesk.yml`, tested by `factdesk rules test`.
@Suite("Custom checkers through factdesk")
struct CustomCheckerCommandTests {
    /// A workspace in a temporary folder with a rule pack, a draft, and an optional `checkers:`.
    struct PackWorkspace {
        let folder: TemporaryFolder
        let draft: String

        init(
            pack: String = Self.pack, checkers: String? = nil, settings: String = "", draft: String = Self.draftText
        ) throws {
            folder = try TemporaryFolder()
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent("rules"), withIntermediateDirectories: true)
            _ = try folder.write(
                "factdesk.yml",
                Data(("languages: [fr]\n" + (checkers.map { "checkers: \($0)\n" } ?? "") + settings).utf8))
            _ = try folder.write("rules/style.yml", Data(pack.utf8))
            self.draft = try folder.write("draft.md", Data(draft.utf8))
        }

        static let pack = """
            pack: style
            version: 0.1.0
            summary: Our style.
            rules:
              - id: marrakech
                kind: term
                severity: warning
                reject: [Marrakesh]
                prefer: Marrakech
                message: {fr: "« {match} » : écrivez « {preferred} »."}
                examples: ["À ⟦Marrakesh⟧.", "À Marrakech."]

            """

        static let draftText = """
            Un message de SM le Roi Mohammed VI a été lu à Marrakesh le 31 avril 2025.

            """
    }

    private func findings(_ stdout: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        return try #require(documents.first?["findings"] as? [[String: Any]])
    }

    private func rules(_ findings: [[String: Any]]) -> Set<String> {
        Set(findings.map { "\($0["checker"] as? String ?? "")/\($0["rule"] as? String ?? "")" })
    }

    @Test func checkersListsTheSwiftModuleAndTheWorkspacePackWithTheirOrigins() throws {
        let workspace = try PackWorkspace()
        defer { workspace.folder.remove() }
        let text = try FactDeskBinary.run(["checkers"], in: workspace.folder.url)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("honorifics ") && $0.contains("swift-module Plugins/Honorifics") })
        #expect(lines.contains { $0.hasPrefix("style ") && $0.contains("rule-pack rules/style.yml") })
        #expect(lines.contains { $0.hasPrefix("date ") && $0.contains("built-in") })

        let json = try FactDeskBinary.run(["checkers", "--format", "json"], in: workspace.folder.url)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let checkers = try #require(root["checkers"] as? [[String: Any]])
        let origins = Dictionary(
            uniqueKeysWithValues: checkers.map { ($0["id"] as? String ?? "", $0["origin"] as? [String: String] ?? [:]) }
        )
        #expect(origins["date"] == ["kind": "built-in"])
        #expect(origins["honorifics"] == ["kind": "swift-module", "location": "Plugins/Honorifics"])
        #expect(origins["style"] == ["kind": "rule-pack", "location": "rules/style.yml"])
    }

    @Test func checkRunsTheWorkspacePackWithTheBuiltInCheckersButNotTheCompiledInModules() throws {
        let workspace = try PackWorkspace()
        defer { workspace.folder.remove() }
        let result = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", workspace.draft])
        #expect(result.status == 1, "\(result.stderr)")
        let found = try findings(result.stdout)
        #expect(rules(found).isSuperset(of: ["style/marrakech", "date/invalid-date"]))
        #expect(!found.contains { $0["checker"] as? String == "honorifics" })
        let term = try #require(found.first { $0["checker"] as? String == "style" })
        #expect(term["message"] as? String == "« Marrakesh » : écrivez « Marrakech ».")
        #expect(term["suggestions"] as? [String] == ["Marrakech"])

        let text = try FactDeskBinary.run(["check", "--no-commit", workspace.draft])
        #expect(!text.stdout.contains("[honorifics/protocol-honorific]"))
        #expect(text.stdout.contains("[style/marrakech]"))
    }

    @Test func aModuleNamedInCheckersRunsWithItsHouseStyleFindingsAsInfo() throws {
        let workspace = try PackWorkspace(checkers: "[date, style, honorifics]")
        defer { workspace.folder.remove() }
        let found = try findings(
            try FactDeskBinary.run(["check", "--format", "json", "--no-commit", workspace.draft]).stdout)
        let honorific = try #require(found.first { $0["rule"] as? String == "protocol-honorific" })
        #expect(honorific["severity"] as? String == "info")
    }

    @Test func severitiesInTheWorkspaceRaiseAModulesRuleInFindingsAndInTheList() throws {
        let workspace = try PackWorkspace(
            checkers: "[date, style, honorifics]", settings: "severities:\n  honorifics/protocol-honorific: error\n")
        defer { workspace.folder.remove() }
        let result = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", workspace.draft])
        #expect(result.status == 1, "\(result.stderr)")
        let found = try findings(result.stdout)
        let honorific = try #require(found.first { $0["rule"] as? String == "protocol-honorific" })
        #expect(honorific["severity"] as? String == "error")
        let list = try FactDeskBinary.run(["checkers"], in: workspace.folder.url)
        #expect(
            list.stdout.split(separator: "\n").contains {
                $0.contains("protocol-honorific") && $0.contains("error")
            })
    }

    @Test func anUnknownRuleInSeveritiesIsRefusedWithItsLine() throws {
        let workspace = try PackWorkspace(settings: "severities:\n  honorifics/nope: warning\n")
        defer { workspace.folder.remove() }
        let result = try FactDeskBinary.run(["check", "--no-commit", workspace.draft])
        #expect(result.status == 2)
        #expect(result.stderr.contains("factdesk.yml:3:3: unknown rule 'honorifics/nope' in 'severities'"), "\(result.stderr)")
    }

    @Test func checkersSaysWhichRunByDefaultAndWhy() throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        let text = try FactDeskBinary.run(["checkers"], in: outside.url)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let honorifics = try #require(lines.firstIndex { $0.hasPrefix("honorifics ") })
        #expect(lines[honorifics + 1].hasPrefix("    (off by default: compiled-in module"))
        let name = try #require(lines.firstIndex { $0.hasPrefix("name ") })
        #expect(lines[name + 1] == "    (on by default: built-in)")

        let workspace = try PackWorkspace(checkers: "[date, honorifics]")
        defer { workspace.folder.remove() }
        let json = try FactDeskBinary.run(["checkers", "--format", "json"], in: workspace.folder.url)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let checkers = try #require(root["checkers"] as? [[String: Any]])
        let defaults = Dictionary(
            uniqueKeysWithValues: checkers.map {
                ($0["id"] as? String ?? "", ($0["default"] as? [String: Any])?["on"] as? Bool)
            })
        #expect(defaults["honorifics"] == true)
        #expect(defaults["name"] == false)
    }

    @Test func aFirstDraftOutsideAnyWorkspaceDoesNotHideTheWorkspaceOfTheNext() throws {
        let workspace = try PackWorkspace()
        defer { workspace.folder.remove() }
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        let stray = try outside.write("stray.md", Data(PackWorkspace.draftText.utf8))
        let result = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", stray, workspace.draft])
        #expect(result.status == 1, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        let pack = documents.map { document in
            ((document["findings"] as? [[String: Any]]) ?? []).filter { $0["checker"] as? String == "style" }.count
        }
        // The pack of the workspace found runs on every draft of the run, as the built-in checkers do.
        #expect(pack == [1, 1])
    }

    @Test func theHonorificsModuleFlagsTheCapitalisedTitleOfTheSampleDraft() throws {
        let result = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", "--checker", "honorifics", CheckCommandTests.frenchDraft])
        let found = try findings(result.stdout)
        #expect(found.count == 1)
        let title = try #require(found.first)
        #expect(title["rule"] as? String == "capitalised-title")
        #expect((title["quote"] as? [String: String])?["exact"] == "Général-Major")
        #expect(title["suggestions"] as? [String] == ["général-major"])
        #expect(
            title["message"] as? String
                == "« Général-Major » : devant un nom, le titre s’écrit en minuscules (« général-major »).")
    }

    @Test func theCheckersKeyChoosesWhatRunsByDefaultAndCheckerOverridesIt() throws {
        let workspace = try PackWorkspace(checkers: "[date, style]")
        defer { workspace.folder.remove() }
        let chosen = try findings(
            try FactDeskBinary.run(["check", "--format", "json", "--no-commit", workspace.draft]).stdout)
        #expect(Set(chosen.compactMap { $0["checker"] as? String }) == ["date", "style"])
        let overridden = try findings(
            try FactDeskBinary.run([
                "check", "--format", "json", "--no-commit", "--checker", "honorifics", workspace.draft,
            ])
            .stdout)
        #expect(Set(overridden.compactMap { $0["checker"] as? String }) == ["honorifics"])
    }

    @Test func anUnknownCheckerInTheCheckersKeyIsRefusedWithItsLine() throws {
        let workspace = try PackWorkspace(checkers: "[date, nope]")
        defer { workspace.folder.remove() }
        let result = try FactDeskBinary.run(["check", "--no-commit", workspace.draft])
        #expect(result.status == 2)
        #expect(result.stderr.contains("factdesk.yml:2:18: unknown checker 'nope' in 'checkers'"), "\(result.stderr)")
    }

    @Test func aMalformedPackStopsCheckAndRulesTestWithItsFileLineAndReason() throws {
        let workspace = try PackWorkspace(
            pack: PackWorkspace.pack.replacingOccurrences(of: "kind: term", with: "kind: word"))
        defer { workspace.folder.remove() }
        let check = try FactDeskBinary.run(["check", "--no-commit", workspace.draft])
        #expect(check.status == 2)
        #expect(check.stderr.contains("rules/style.yml:6:11: error: unknown rule kind 'word'"), "\(check.stderr)")
        let checkers = try FactDeskBinary.run(["checkers"], in: workspace.folder.url)
        #expect(checkers.status == 2)
        #expect(checkers.stderr.hasPrefix("factdesk: rules/style.yml:6:11: error: unknown rule kind 'word'"))
        let test = try FactDeskBinary.run(["rules", "test"], in: workspace.folder.url)
        #expect(test.status == 2)
        #expect(
            test.stderr
                == "rules/style.yml:6:11: error: unknown rule kind 'word' (expected consistency, pattern, required-spelling, term)\n"
        )
    }

    @Test func rulesTestReportsEachFailingExampleWithItsFileAndLine() throws {
        let passing = try FactDeskBinary.run(["rules", "test", "Workspaces/interpol-ga/rules"])
        #expect(passing.status == 0)
        #expect(passing.stdout == "10 examples of 4 rules in 1 pack: all pass\n")

        let workspace = try PackWorkspace(
            pack: PackWorkspace.pack.replacingOccurrences(of: "\"À Marrakech.\"", with: "\"À Marrakesh, ici.\""))
        defer { workspace.folder.remove() }
        let failing = try FactDeskBinary.run(["rules", "test", "rules/style.yml"], in: workspace.folder.url)
        #expect(failing.status == 1)
        #expect(
            failing.stdout == """
                rules/style.yml:11: style/marrakech: expected nothing, found ⟦Marrakesh⟧ in: À Marrakesh, ici.
                2 examples of 1 rule in 1 pack: 1 failed

                """)
    }

    @Test func aCatastrophicPatternIsStoppedAndReportedWhileEveryOtherFindingComesOut() throws {
        let pack =
            PackWorkspace.pack + """
                  - id: runaway
                    kind: pattern
                    severity: warning
                    pattern: '(a+)+$'
                    message: {fr: "« {match} »"}
                    examples: ["⟦aaa⟧", "aab"]

                """
        let draft = PackWorkspace.draftText + String(repeating: "a", count: 30_000) + "!\n"
        let workspace = try PackWorkspace(pack: pack, draft: draft)
        defer { workspace.folder.remove() }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try FactDeskBinary.run(["check", "--format", "json", "--no-commit", workspace.draft])
        #expect(clock.now - start < .seconds(20))
        #expect(result.status == 1, "\(result.stderr)")
        let found = try findings(result.stdout)
        let stopped = try #require(found.first { $0["rule"] as? String == "checker-error" })
        #expect(stopped["checker"] as? String == "style")
        #expect((stopped["message"] as? String)?.contains("« style/runaway » a été arrêtée") == true)
        #expect(rules(found).isSuperset(of: ["style/marrakech", "date/invalid-date"]))
    }
}
