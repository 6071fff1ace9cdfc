import ArgumentParser
import FactDeskPluginHost
import Foundation

/// `factdesk plugins list`: the declared plugins, each trusted, untrusted, changed or unavailable (with what to do).
struct PluginsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the workspace's external plugins and whether this machine trusts them.")

    @OptionGroup var options: PluginWorkspaceOptions

    func run() throws {
        let (root, plugins) = try options.declarations()
        guard !plugins.isEmpty else {
            FileHandle.standardOutput.write(Data("\(root.path)/factdesk.yml declares no plugins\n".utf8))
            return
        }
        let statuses = try withTrustStore { store in try plugins.map { try store.status(of: $0) } }
        let rows = [["ID", "STATUS", "COMMAND"]] + zip(plugins, statuses).map { [$0.id, $1.word, $0.commandLine] }
        let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text =
            rows.map { row in
                row[0].padding(toLength: widths[0] + 2, withPad: " ", startingAt: 0)
                    + row[1].padding(toLength: widths[1] + 2, withPad: " ", startingAt: 0) + row[2]
            }.joined(separator: "\n") + "\n"
        // A plugin that cannot run as it is now: what to do is in its error, not in trusting it.
        for case let (plugin, .unavailable(error)) in zip(plugins, statuses) {
            text += "\(plugin.id): \(error)\n"
        }
        if statuses.contains(where: { $0.word == "untrusted" || $0.word == "changed" }) {
            text += "\nUntrusted plugins do not run. To trust one: factdesk plugins trust ID\n"
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
