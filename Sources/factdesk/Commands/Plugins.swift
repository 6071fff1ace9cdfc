import ArgumentParser
import FactDeskPluginHost
import Foundation

/// `factdesk plugins`: which of a workspace's external plugins this machine trusts.
struct Plugins: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, trust, revoke and test the external plugins a workspace declares.",
        discussion: """
            An external plugin declared in a workspace's factdesk.yml runs only once trusted on \
            this machine. Trust is kept in $XDG_CONFIG_HOME/factdesk/trust.json (by default \
            ~/.config/factdesk/trust.json), never in the workspace; a plugin whose command, \
            arguments or files change is untrusted again.
            """,
        subcommands: [PluginsList.self, PluginsTrust.self, PluginsRevoke.self, PluginsTest.self])
}

/// The workspace whose plugins a `plugins` subcommand reads.
struct PluginWorkspaceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The workspace (default: the one holding the current folder).", valueName: "DIR"))
    var workspace: String?

    /// The workspace's root and its declared plugins, or exit status 2 with a message.
    func declarations() throws -> (root: URL, plugins: [PluginDeclaration]) {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let start = workspace.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: current) } ?? current
        guard let root = PluginConfiguration.workspaceRoot(from: start) else {
            throw ExitCode(Diagnostics.usage("\(workspace ?? "."): no workspace (factdesk.yml) here or above"))
        }
        do {
            return (root, try PluginConfiguration.declarations(inWorkspace: root))
        } catch {
            throw ExitCode(Diagnostics.usage("\(error)"))
        }
    }

    /// The declared plugins with the given ids (all when none are given), or exit status 2 for an unknown id.
    func selected(_ ids: [String]) throws -> [PluginDeclaration] {
        let (root, plugins) = try declarations()
        guard !plugins.isEmpty else {
            throw ExitCode(Diagnostics.usage("\(root.path)/factdesk.yml declares no plugins"))
        }
        if let unknown = ids.first(where: { id in !plugins.contains { $0.id == id } }) {
            throw ExitCode(
                Diagnostics.usage(
                    "no plugin '\(unknown)' in \(root.path)/factdesk.yml (declared: \(plugins.map(\.id).joined(separator: ", ")))"
                ))
        }
        return ids.isEmpty ? plugins : plugins.filter { ids.contains($0.id) }
    }
}

/// Runs a trust-store operation, turning its failure into exit status 2 with a message.
func withTrustStore<Result>(_ body: (TrustStore) throws -> Result) throws -> Result {
    do {
        return try body(TrustStore.user())
    } catch {
        throw ExitCode(Diagnostics.usage("\(error)"))
    }
}
