import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk push`: sends the workspace's revisions and published tags to its remote.
struct Push: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Send the workspace's revisions to its git remote.")

    @OptionGroup var remote: RemoteOptions

    func run() throws {
        try WorkspaceCommand.run {
            let workspace = try remote.workspace()
            let revision = try workspace.push()
            let url = try workspace.remoteURL() ?? ""
            switch remote.format {
            case .json:
                try WorkspaceCommand.printJSON([
                    "schema": "factdesk.sync/1", "action": "push", "remote": url, "revision": revision.hex,
                ])
            case .text: WorkspaceCommand.print("pushed \(revision.short) to \(url)")
            }
        }
    }
}

/// Options of `push` and `pull`.
struct RemoteOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Set the workspace's remote first (a bare repository path or a git URL); remembered.", valueName: "URL"))
    var remote: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    /// The current workspace, with its remote set when `--remote` is given (a local path is
    /// made absolute, so the remote works from any folder).
    func workspace() throws -> Workspace {
        let workspace = try WorkspaceCommand.current()
        if let remote {
            let isLocalPath = FileManager.default.fileExists(atPath: remote)
            try workspace.setRemote(
                url: isLocalPath
                    ? URL(fileURLWithPath: remote, relativeTo: WorkspaceCommand.currentFolder).standardizedFileURL.path
                    : remote)
        }
        return workspace
    }
}
