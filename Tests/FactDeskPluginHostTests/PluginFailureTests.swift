import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskPluginHost
import FactDeskText
import Foundation
import Testing

/// Broken plugins, one per way of breaking: each becomes a `checker-error` finding and the
/// built-in checkers' findings come out all the same.
@Suite("Plugin failures")
struct PluginFailureTests {
    /// A draft with a planted invalid date, so the date checker has something to say.
    static let draft = "La réunion est prévue le 31 avril 2025 à Lyon.\n"

    /// The French draft's `checker-error` is French throughout: the reason too.
    @Test(arguments: [
        ("hangs.py", "n’a pas envoyé ses résultats sur draft.md en 1 s et a été arrêté"),
        ("crashes.py", "s’est terminé (code 1) : RuntimeError: fixture crashed on purpose"),
        ("invalid-json.py", "a écrit un message invalide et a été arrêté (pas du JSON valide) : this is not JSON"),
        ("out-of-range.py", "l’étendue 0..<52 de la règle « flag » sort du document (0..<47)"),
        ("bad-handshake.py", "le plugin parle factdesk.plugin/9 ; ce FactDesk parle factdesk.plugin/1"),
    ])
    func brokenPluginBecomesACheckerErrorAndOthersStillReport(fixture: String, reason: String) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let declaration = PluginFixtures.declaration(fixture, timeout: 1, in: folder.url)
        let plugin: any Checker
        do {
            plugin = try PluginFixtures.start(declaration)
        } catch let error as PluginError {
            plugin = UnavailablePluginChecker(declaration: declaration, error: error)
        }
        let engine = Engine(
            catalog: try CheckerCatalog(BuiltinCheckers.all + [plugin]), extractors: StandardExtractors.all)
        let report = await engine.check(Document(path: "draft.md", text: Self.draft, language: .fr))
        #expect(report.findings.contains { $0.checker == "date" && $0.rule == "invalid-date" })
        let errors = report.findings.filter { $0.rule == CheckerFailure.rule }
        #expect(errors.count == 1)
        #expect(errors.first?.checker == "fixture")
        #expect(errors.first?.message.contains(reason) == true, "\(errors.first?.message ?? "none")")
    }

    @Test func aHangingPluginIsStoppedAtItsTimeoutAndNotAskedAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plugin = try PluginFixtures.start(PluginFixtures.declaration("hangs.py", timeout: 1, in: folder.url))
        let document = Document(path: "draft.md", text: Self.draft, language: .fr)
        let asked = Date()
        #expect(throws: PluginError.timedOut(seconds: 1, waitingFor: .findings("draft.md"))) {
            try plugin.check(document, context: CheckContext(mentions: []))
        }
        let waited = Date().timeIntervalSince(asked)
        #expect(waited >= 1 && waited < 20, "stopped at its timeout, not awaited: \(waited) s")
        let started = Date()
        #expect(
            throws: PluginError.stoppedEarlier(PluginError.timedOut(seconds: 1, waitingFor: .findings("draft.md")))
        ) {
            try plugin.check(document, context: CheckContext(mentions: []))
        }
        #expect(Date().timeIntervalSince(started) < 2, "no second wait for a stopped plugin")
    }

    @Test func aPluginThatExitsWithoutReadingDoesNotKillTheHost() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plugin = try PluginFixtures.start(PluginFixtures.declaration("no-stdin.py", timeout: 5, in: folder.url))
        // Larger than any pipe buffer: writing it to a process that is gone raises SIGPIPE.
        let big = String(repeating: "Le 24 novembre 2025, à Marrakech. ", count: 5_000)
        let document = Document(path: "big.md", text: big, language: .fr)
        #expect(throws: PluginError.exited(status: "status 0", lastError: nil)) {
            try plugin.check(document, context: CheckContext(mentions: []))
        }
    }

    @Test func anInvalidFindingLosesOnlyThatDocumentAndThePluginServesTheNext() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plugin = try PluginFixtures.start(PluginFixtures.declaration("out-of-range.py", in: folder.url))
        for text in ["Court.", "Un peu plus long."] {
            let length = text.unicodeScalars.count
            #expect(
                throws: PluginError.invalidFinding(
                    .outsideDocument(rule: "flag", start: 0, end: length + 5, length: length))
            ) {
                try plugin.check(Document(path: "a.md", text: text, language: .fr), context: CheckContext(mentions: []))
            }
        }
    }

    @Test func aMissingExecutableCannotStart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let declaration = PluginDeclaration(id: "ghost", command: "./no-such-plugin", workspace: folder.url)
        #expect(throws: PluginError.self) { try ExecutableLocator.locate(declaration) }
    }
}
