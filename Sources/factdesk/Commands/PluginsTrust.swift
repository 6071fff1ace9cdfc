import ArgumentParser
import FactDeskPluginHost
import Foundation

/// `factdesk plugins trust [ID]...`: trusts declared plugins as they are now.
struct PluginsTrust: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Trust the workspace's external plugins (all, or those named) on this machine.",
        discussion: """
            Records each plugin's executable, arguments and a SHA-256 of their content in your \
            own configuration. Trust only plugins whose code you have read or whose author you trust: \
            a plugin runs with your rights.
            """)

    @OptionGroup var options: PluginWorkspaceOptions

    @Argument(help: ArgumentHelp("The plugins to trust (default: every declared plugin).", valueName: "ID"))
    var ids: [String] = []

    func run() throws {
        let plugins = try options.selected(ids)
        let output = try withTrustStore { store in
            try plugins.map { plugin in
                let fingerprint = try store.trust(plugin)
                let command = ([fingerprint.command] + fingerprint.arguments).joined(separator: " ")
                return "trusted \(plugin.id): \(command) (sha256 \(fingerprint.sha256.prefix(16))…)\n"
            }.joined() + "in \(store.file.path)\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `factdesk plugins revoke [ID]...`: stops trusting declared plugins.
struct PluginsRevoke: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Stop trusting the workspace's external plugins (all, or those named).")

    @OptionGroup var options: PluginWorkspaceOptions

    @Argument(help: ArgumentHelp("The plugins to revoke (default: every declared plugin).", valueName: "ID"))
    var ids: [String] = []

    func run() throws {
        let plugins = try options.selected(ids)
        let output = try withTrustStore { store in
            try plugins.map { plugin in
                try store.revoke(plugin) ? "revoked \(plugin.id)\n" : "\(plugin.id) was not trusted\n"
            }.joined()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
