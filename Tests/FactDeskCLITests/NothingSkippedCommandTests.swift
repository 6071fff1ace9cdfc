import Foundation
import Testing

/// What a workspace brings always runs or says why not: `init`'s configuration, run notices for
/// the packs and plugins a `checkers:` list leaves out, validated keys of `factdesk.yml`,
/// `languages:`, `rules test` with no pack and `plugins test`.
@Suite("Nothing is silently skipped")
struct NothingSkippedCommandTests {
    static let pack = FreshDesk.stylePack
    static let draft = "drafts/note.fr.md"

    @Test func initWritesNoCheckersListAndCreatesRules() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        let configuration = try String(contentsOf: desk.root.appendingPathComponent("factdesk.yml"), encoding: .utf8)
        #expect(
            !configuration.split(separator: "\n").contains { $0.hasPrefix("checkers:") || $0.hasPrefix("languages:") })
        var isFolder: ObjCBool = false
        #expect(
            FileManager.default.fileExists(
                atPath: desk.root.appendingPathComponent("rules").path, isDirectory: &isFolder))
        #expect(isFolder.boolValue)
        // A pack dropped into rules/ runs at the next check, with no edit of factdesk.yml.
        try desk.write("rules/style.yml", Self.pack)
        try desk.write(Self.draft, "Le Covid a fermé les écoles, le Covid-19 aussi.\n")
        let result = try desk.run(["check", "--format", "json", "--no-commit", Self.draft])
        let findings = try desk.findings(result)[0]
        #expect(findings.filter { $0["checker"] as? String == "style" }.count == 1, "\(findings)")
        let checkers = try desk.run(["checkers"])
        #expect(checkers.stdout.contains("(on by default: rule pack of this workspace)"), "\(checkers.stdout)")
    }

    @Test func aListLeavingOutAPackAndAPluginGivesOneNoticeForEach() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.write("rules/style.yml", Self.pack)
        try desk.writePlugin("marks", findings: "[]")
        let configuration = try String(contentsOf: desk.root.appendingPathComponent("factdesk.yml"), encoding: .utf8)
        try desk.write("factdesk.yml", configuration + "checkers: [date, number, name]\n")
        #expect(try desk.run(["plugins", "trust", "marks"]).status == 0)
        try desk.write(Self.draft, "Le Covid a fermé les écoles.\n")

        let text = try desk.run(["check", "--no-commit", Self.draft])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stderr.split(separator: "\n").filter { $0.hasPrefix("factdesk: notice: ") }
        #expect(lines.count == 2, "\(text.stderr)")
        #expect(lines.first?.hasPrefix("factdesk: notice: rule pack style (") == true)
        #expect(
            lines.first?.hasSuffix(
                "rules/style.yml) not run: factdesk.yml 'checkers' does not list it (add style there to run it)")
                == true)
        #expect(
            lines.last
                == "factdesk: notice: plugin marks not run: factdesk.yml 'checkers' does not list it (add marks there to run it)"
        )

        let json = try desk.json(try desk.run(["check", "--format", "json", "--no-commit", Self.draft]))
        let notices = try #require(json["notices"] as? [[String: String]])
        #expect(notices.map { $0["checker"] } == ["style", "marks"])
        let sarif = try desk.run(["check", "--format", "sarif", "--no-commit", Self.draft])
        #expect(
            sarif.stdout.contains("toolExecutionNotifications") && sarif.stdout.contains("add style there to run it"))

        let checkers = try desk.run(["checkers"])
        #expect(
            checkers.stdout.contains("(off by default: not listed in factdesk.yml 'checkers': add it there to run it)"),
            "\(checkers.stdout)")
        // --checker chooses for one run: no notice then.
        let chosen = try desk.run(["check", "--no-commit", "--checker", "date", Self.draft])
        #expect(!chosen.stderr.contains("notice"), "\(chosen.stderr)")
    }

    @Test func aMisspeltKeyOfFactdeskYmlIsRefusedWithItsPlaceAndTheValidKeys() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.write("factdesk.yml", "# settings\nchekers: [date]\n")
        try desk.write(Self.draft, "Une phrase.\n")
        let expected =
            "factdesk.yml:2:1: unknown key 'chekers' in factdesk.yml (expected author, checkers, editors, exclude, "
            + "languages, plugins, severities, strict-accents)"
        for arguments in [["check", "--no-commit", Self.draft], ["checkers"]] {
            let result = try desk.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stdout)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        }
    }

    @Test func languagesWithOneLanguageDecidesLangAutoAndABadOneIsRefused() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        // French words, but the workspace writes English: --lang auto reads it as English.
        try desk.write(Self.draft, "Le ministre a parlé hier soir devant les députés de la nation.\n")
        let detected = try desk.json(try desk.run(["check", "--format", "json", "--no-commit", Self.draft]))
        #expect((detected["documents"] as? [[String: Any]])?.first?["language"] as? String == "fr")
        try desk.write("factdesk.yml", "languages: [en]\n")
        let fixed = try desk.json(try desk.run(["check", "--format", "json", "--no-commit", Self.draft]))
        #expect((fixed["documents"] as? [[String: Any]])?.first?["language"] as? String == "en")
        let forced = try desk.json(
            try desk.run(["check", "--format", "json", "--no-commit", "--lang", "fr", Self.draft]))
        #expect((forced["documents"] as? [[String: Any]])?.first?["language"] as? String == "fr")
        try desk.write("factdesk.yml", "languages: [fr, de]\n")
        let refused = try desk.run(["check", "--no-commit", Self.draft])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("factdesk.yml:1:17: unknown language 'de' in 'languages' (fr or en)"),
            "\(refused.stderr)")
    }

    @Test func rulesTestWithNoPackIsAnError() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        let fresh = try desk.run(["rules", "test"])
        #expect(fresh.status == 2)
        #expect(fresh.stderr.contains("factdesk: no rule pack (.yml or .yaml file) in "), "\(fresh.stderr)")
        #expect(!fresh.stdout.contains("all pass"))
        try desk.write("rules/style.yml", Self.pack)
        let withPack = try desk.run(["rules", "test"])
        #expect(withPack.status == 0, "\(withPack.stdout)\(withPack.stderr)")
        #expect(withPack.stdout.contains("2 examples of 1 rule in 1 pack: all pass"), "\(withPack.stdout)")
    }

    @Test func pluginsTestRunsEachExampleInEveryVariant() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        // Flags each "XX" by code points: right in every variant.
        try desk.writePlugin(
            "doubles",
            findings:
                #"[{"rule": "flag", "message": "Doubled.", "span": {"start": i, "end": i + 2}} for i in range(len(text)) if text.startswith("XX", i)]"#,
            examples: #"[{"text": "Un ⟦XX⟧ ici.", "language": "fr"}, {"text": "Un X ici.", "language": "fr"}]"#)
        let untrusted = try desk.run(["plugins", "test"])
        #expect(untrusted.status == 2)
        #expect(untrusted.stderr.contains("plugin doubles is not trusted on this machine"), "\(untrusted.stderr)")
        #expect(try desk.run(["plugins", "trust"]).status == 0)
        let passed = try desk.run(["plugins", "test", "doubles"])
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stdout == "2 examples in 5 variants (10 runs) of 1 plugin: all pass\n")

        // Counting UTF-8 bytes instead of code points: right as written, wrong after a multi-byte prefix.
        try desk.writePlugin(
            "bytes",
            findings:
                #"[{"rule": "flag", "message": "Doubled.", "span": {"start": len(text[:text.find("XX")].encode()), "end": len(text[:text.find("XX")].encode()) + 2}}] if "XX" in text else []"#,
            examples: #"[{"text": "Un ⟦XX⟧ ici.", "language": "fr"}]"#)
        #expect(try desk.run(["plugins", "trust", "bytes"]).status == 0)
        let failed = try desk.run(["plugins", "test", "bytes"])
        #expect(failed.status == 1, "\(failed.stdout)\(failed.stderr)")
        #expect(
            failed.stdout.contains(
                #"bytes/flag [multiBytePrefix]: expected ⟦XX⟧, found nothing in: 🧭 Été 👩🏽‍💻 — \n\nUn XX ici."#),
            "\(failed.stdout)")
        #expect(failed.stdout.contains("\n  checker-error: Le vérificateur « bytes » a échoué"), "\(failed.stdout)")
        #expect(!failed.stdout.contains("[asWritten]"))
        #expect(failed.stdout.hasSuffix("1 example in 5 variants (5 runs) of 1 plugin: 1 failed\n"), "\(failed.stdout)")

        try desk.writePlugin("silent", findings: "[]")
        #expect(try desk.run(["plugins", "trust", "silent"]).status == 0)
        let none = try desk.run(["plugins", "test", "silent"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("plugin silent declares no rule examples"), "\(none.stderr)")
    }
}
