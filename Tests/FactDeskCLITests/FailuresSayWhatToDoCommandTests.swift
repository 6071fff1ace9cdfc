import Foundation
import Testing

/// Plugin failures through the real binary: what is dropped, and messages that say what is wrong
/// and what to do, in the draft's language.
@Suite("Plugin failures say what to do")
struct FailuresSayWhatToDoCommandTests {
    /// Two drafts: the plugin gives a bad finding on the first (its text holds "BAD") and a good
    /// one on the second.
    static func twoDrafts(_ desk: FreshDesk) throws -> [String] {
        try desk.write("drafts/a.fr.md", "Le texte BAD de la première note.\n")
        try desk.write("drafts/b.fr.md", "Le texte de la seconde note.\n")
        return ["drafts/a.fr.md", "drafts/b.fr.md"]
    }

    @Test(arguments: [
        (
            #"{"rule": "flag", "span": {"start": 0, "end": 2}}"#,
            "un résultat de la règle « flag » n’a pas de message"
        ),
        (
            #"{"rule": "flag", "message": "Mal.", "severity": "critical", "span": {"start": 0, "end": 2}}"#,
            "un résultat de la règle « flag » a la gravité « critical » (error, warning ou info attendu)"
        ),
        (
            #"{"rule": "flag", "message": "Mal.", "span": {"start": 5, "end": 2}}"#,
            "l’étendue 5..<2 de la règle « flag » est inversée : son début vient après sa fin"
        ),
    ])
    func aBadFindingDropsOnlyThatDraftsFindings(bad: String, reason: String) throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        let good = #"{"rule": "flag", "message": "Bien.", "span": {"start": 0, "end": 2}}"#
        try desk.writePlugin("judge", findings: "[\(bad)] if \"BAD\" in text else [\(good)]")
        #expect(try desk.run(["plugins", "trust"]).status == 0)
        let drafts = try Self.twoDrafts(desk)
        let result = try desk.run(["check", "--format", "json", "--no-commit"] + drafts)
        let findings = try desk.findings(result)
        let first = findings[0].filter { $0["checker"] as? String == "judge" }
        #expect(first.count == 1)
        #expect(first.first?["rule"] as? String == "checker-error")
        let message = first.first?["message"] as? String ?? ""
        #expect(
            message
                == "Le vérificateur « judge » a échoué sur ce document : le plugin a donné un résultat invalide, "
                + "ses résultats sur ce document sont donc écartés : \(reason)")
        // The plugin still serves the next draft.
        let second = findings[1].filter { $0["checker"] as? String == "judge" }
        #expect(second.map { $0["rule"] as? String } == ["flag"], "\(findings[1])")
    }

    @Test func anEnglishDraftGetsTheReasonInEnglish() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.writePlugin(
            "judge", findings: #"[{"rule": "flag", "message": "Bad.", "span": {"start": 5, "end": 2}}]"#)
        #expect(try desk.run(["plugins", "trust"]).status == 0)
        try desk.write("drafts/a.en.md", "The minister spoke to the members of parliament last night.\n")
        let findings = try desk.findings(try desk.run(["check", "--format", "json", "--no-commit", "drafts/a.en.md"]))
        #expect(
            findings[0].compactMap { $0["message"] as? String }.contains(
                "The judge checker failed on this document: the plugin gave an invalid finding, so its findings on "
                    + "this document were dropped: span 5..<2 of rule 'flag' is reversed: its start comes after its end"
            ),
            "\(findings)")
    }

    @Test func aPluginThatLostItsExecuteBitSaysChmod() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.writePlugin("judge", findings: "[]")
        #expect(try desk.run(["plugins", "trust"]).status == 0)
        let script = desk.root.appendingPathComponent("plugins/judge.py").path
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: script)
        try desk.write("drafts/a.fr.md", "Une note.\n")

        let check = try desk.run(["check", "--format", "json", "--no-commit", "drafts/a.fr.md"])
        let messages = try desk.findings(check)[0].compactMap { $0["message"] as? String }
        #expect(
            messages.contains(
                "Le vérificateur « judge » a échoué sur ce document : impossible de lancer la commande du plugin "
                    + "plugins/judge.py : fichier non exécutable (chmod +x \(script))"),
            "\(messages)")
        #expect(!check.stderr.contains("trust it"), "\(check.stderr)")
        let list = try desk.run(["plugins", "list"])
        #expect(list.stdout.contains("judge  unavailable"), "\(list.stdout)")
        #expect(list.stdout.contains("not executable (chmod +x \(script))"), "\(list.stdout)")
        let trust = try desk.run(["plugins", "trust", "judge"])
        #expect(trust.status == 2)
        #expect(trust.stderr.contains("not executable (chmod +x \(script))"), "\(trust.stderr)")
    }

    @Test func anUnknownMentionKindListsTheValidOnes() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.writePlugin("judge", findings: "[]", extra: #""mentions": ["dates"],"#)
        #expect(try desk.run(["plugins", "trust"]).status == 0)
        try desk.write("drafts/a.en.md", "The minister spoke to the members of parliament last night.\n")
        let findings = try desk.findings(try desk.run(["check", "--format", "json", "--no-commit", "drafts/a.en.md"]))
        let message = try #require(
            findings[0].first { $0["checker"] as? String == "judge" }?["message"] as? String)
        #expect(
            message.contains(
                "the plugin's handshake was refused: unknown mention kind 'dates' in 'mentions' (valid kinds: date, date-range,"
            ),
            "\(message)")
    }
}
