import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk pull`: brings the remote's revisions into the workspace.
struct Pull: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the remote's revisions and merge them; a true conflict stops with nothing changed.")

    @OptionGroup var remote: RemoteOptions

    func run() throws {
        try WorkspaceCommand.run {
            let outcome = try remote.workspace().pull()
            let (action, revision, text): (String, RevisionID?, String) =
                switch outcome {
                case .upToDate: ("up-to-date", nil, "already up to date")
                case .fastForwarded(let revision): ("fast-forward", revision, "fast-forwarded to \(revision.short)")
                case .merged(let revision): ("merge", revision, "merged the remote's revisions as \(revision.short)")
                }
            switch remote.format {
            case .json:
                try WorkspaceCommand.printJSON(
                    ["schema": "factdesk.sync/1", "action": action, "revision": revision?.hex] as [String: String?])
            case .text: WorkspaceCommand.print(text)
            }
        }
    }
}
