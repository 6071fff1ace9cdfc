import FactDeskEngine
import FactDeskKit
import FactDeskPluginHost
import FactDeskText
import Foundation
import Testing

/// Plugin trust: nothing declared in a workspace runs before the editor trusts it, and a change
/// to what was trusted makes it untrusted again.
@Suite("Plugin trust")
struct TrustTests {
    /// A workspace declaring the marker fixture (copied in, so the test can change it), which
    /// writes `plugin-started` in the workspace when it starts, and a separate configuration folder.
    struct Setup {
        let folder: TemporaryFolder
        let workspace: URL
        let marker: URL
        let store: TrustStore

        init() throws {
            folder = try TemporaryFolder()
            workspace = folder.url.appendingPathComponent("desk")
            marker = workspace.appendingPathComponent("plugin-started")
            store = TrustStore(file: folder.url.appendingPathComponent("config/factdesk/trust.json"))
            let script = try String(
                contentsOf: PluginFixtures.folder.appendingPathComponent("marker.py"), encoding: .utf8)
            let plugin = try folder.write("desk/plugins/marker.py", script)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: plugin.path)
            try folder.write(
                "desk/plugins/fixture_protocol.py",
                try String(
                    contentsOf: PluginFixtures.folder.appendingPathComponent("fixture_protocol.py"), encoding: .utf8))
            try folder.write(
                "desk/factdesk.yml",
                "plugins:\n  - id: fixture\n    command: plugins/marker.py\n")
        }

        var declaration: PluginDeclaration {
            get throws { try #require(try PluginConfiguration.declarations(inWorkspace: workspace).first) }
        }

        func checkers(trustingAll: Bool = false) throws -> [any Checker] {
            try ExternalPlugins(trust: store, trustsEveryPlugin: trustingAll, host: "factdesk tests")
                .checkers(forWorkspace: workspace)
        }
    }

    @Test func anUntrustedPluginNeverStartsAndSaysHowToTrustIt() async throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let checkers = try setup.checkers()
        let engine = Engine(catalog: try CheckerCatalog(checkers), extractors: StandardExtractors.all)
        let report = await engine.check(Document(path: "a.md", text: "Un texte.", language: .fr))
        #expect(!FileManager.default.fileExists(atPath: setup.marker.path))
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.severity == .info)
        #expect(report.findings.first?.rule == UntrustedPluginChecker.rule)
        #expect(report.findings.first?.message.contains("factdesk plugins trust fixture") == true)
        #expect(try setup.store.status(of: setup.declaration) == .untrusted)
    }

    @Test func aTrustedPluginStarts() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let fingerprint = try setup.store.trust(try setup.declaration)
        #expect(fingerprint.sha256.count == 64)
        #expect(try setup.store.status(of: setup.declaration) == .trusted(fingerprint))
        let checkers = try setup.checkers()
        #expect(checkers.first is ExternalPluginChecker)
        #expect(FileManager.default.fileExists(atPath: setup.marker.path))
    }

    @Test func aChangedExecutableIsUntrustedAgain() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try setup.store.trust(try setup.declaration)
        let script = setup.workspace.appendingPathComponent("plugins/marker.py")
        let handle = try FileHandle(forWritingTo: script)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("# one more line\n".utf8))
        try handle.close()
        #expect(try setup.store.status(of: setup.declaration) == .changed)
        let checkers = try setup.checkers()
        #expect((checkers.first as? UntrustedPluginChecker)?.changed == true)
        #expect(!FileManager.default.fileExists(atPath: setup.marker.path))
    }

    @Test func changedArgumentsOrCommandAreUntrustedAgain() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        var declaration = try setup.declaration
        try setup.store.trust(declaration)
        declaration.arguments.append("--more")
        #expect(try setup.store.status(of: declaration) == .changed)
        declaration = try setup.declaration
        declaration.command = PluginFixtures.folder.appendingPathComponent("marker.py").path
        #expect(try setup.store.status(of: declaration) == .changed)
        #expect(try setup.store.status(of: try setup.declaration) != .changed)
    }

    @Test func trustIsKeptOutsideTheWorkspaceAndCanBeRevoked() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let before = try FileManager.default.subpathsOfDirectory(atPath: setup.workspace.path).sorted()
        try setup.store.trust(try setup.declaration)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: setup.workspace.path).sorted() == before)
        #expect(FileManager.default.fileExists(atPath: setup.store.file.path))
        #expect(try setup.store.revoke(try setup.declaration))
        #expect(try setup.store.status(of: setup.declaration) == .untrusted)
        #expect(try !setup.store.revoke(try setup.declaration))
    }

    @Test func refusesATrustFileInsideTheWorkspace() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let inside = TrustStore(file: setup.workspace.appendingPathComponent(".config/factdesk/trust.json"))
        #expect(throws: TrustStoreError.self) { try inside.trust(try setup.declaration) }
        #expect(!FileManager.default.fileExists(atPath: inside.file.path))
    }

    @Test func trustPluginsRunsThemWithoutTrust() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let checkers = try setup.checkers(trustingAll: true)
        #expect(checkers.first is ExternalPluginChecker)
        #expect(FileManager.default.fileExists(atPath: setup.marker.path))
        #expect(!FileManager.default.fileExists(atPath: setup.store.file.path))
    }

    @Test func theUserStoreFollowsXDGConfigHome() {
        #expect(
            TrustStore.user(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/a"]).file.path
                == "/x/cfg/factdesk/trust.json")
        #expect(TrustStore.user(environment: ["HOME": "/home/a"]).file.path == "/home/a/.config/factdesk/trust.json")
    }
}
