import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk log [DRAFT]`: the revisions, newest first, with their finding counts.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the workspace's revisions with their counts: open, new, resolved, dismissed.")

    @Argument(help: ArgumentHelp("Only the revisions of this draft.", valueName: "DRAFT"))
    var draft: String?

    @Option(help: "Show at most this many revisions.")
    var limit: Int = .max

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try WorkspaceCommand.run(draft: draft) { workspace, draftPath in
            let revisions = try workspace.log(draft: draftPath, limit: limit)
            switch format {
            case .json: try WorkspaceCommand.printJSON(LogOutput(revisions: revisions))
            case .text: WorkspaceCommand.print(revisions.map(Log.line).joined(separator: "\n"))
            }
        }
    }

    /// `a1b2c3d 2025-11-24 10:15 Ada Editor <ada@…>  check drafts/x.md: 1 error (1 new)  open 1, new 1, resolved 0, dismissed 0`.
    static func line(_ revision: RevisionSummary) -> String {
        var line = "\(revision.id.short) \(WorkspaceCommand.time(revision.time)) \(revision.author)  \(revision.title)"
        if case .check(_, let counts) = revision.action {
            line +=
                "  [open \(counts.open), new \(counts.new), resolved \(counts.resolved), dismissed \(counts.dismissed)]"
        }
        return line
    }
}

/// `factdesk log --format json`.
private struct LogOutput: Encodable {
    let schema = "factdesk.log/1"
    let revisions: [RevisionSummary]
}
