import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk diff REV1 REV2 [DRAFT]`: findings added, resolved and unchanged, and text changes.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two revisions: findings added, resolved and unchanged, and a summary of the text changes.")

    @Argument(help: ArgumentHelp("The earlier revision.", valueName: "REV1"))
    var from: String

    @Argument(help: ArgumentHelp("The later revision.", valueName: "REV2"))
    var to: String

    @Argument(help: ArgumentHelp("Only this draft (default: every draft that changed).", valueName: "DRAFT"))
    var draft: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try WorkspaceCommand.run(draft: draft) { workspace, draftPath in
            let diff = try workspace.diff(from: from, to: to, draft: draftPath)
            switch format {
            case .json: try WorkspaceCommand.printJSON(DiffOutput(diff: diff))
            case .text:
                let header =
                    "diff \(diff.from.short)..\(diff.to.short): \(diff.drafts.count) draft\(diff.drafts.count == 1 ? "" : "s") changed"
                WorkspaceCommand.print(([header] + diff.drafts.flatMap(Diff.lines)).joined(separator: "\n"))
            }
        }
    }

    /// A draft's part of the text output.
    static func lines(_ draft: DraftDiff) -> [String] {
        let places = draft.text.hunks.map { "@@ -\($0.oldStart),\($0.oldLines) +\($0.newStart),\($0.newLines) @@" }
        var lines = [
            "\(draft.draft): \(draft.added.count) added, \(draft.resolved.count) resolved, \(draft.unchanged.count) unchanged; "
                + "text +\(draft.text.linesAdded) -\(draft.text.linesRemoved) lines"
                + (places.isEmpty ? "" : " (\(places.joined(separator: " ")))")
        ]
        lines += draft.added.map { "  + " + WorkspaceCommand.line($0) }
        lines += draft.resolved.map { "  - " + WorkspaceCommand.line($0) }
        lines += draft.unchanged.map { "  = " + WorkspaceCommand.line($0) }
        return lines
    }
}

/// `factdesk diff --format json`.
private struct DiffOutput: Encodable {
    let schema = "factdesk.diff/1"
    let diff: RevisionDiff

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(diff.from, forKey: .from)
        try container.encode(diff.to, forKey: .to)
        try container.encode(diff.drafts, forKey: .drafts)
    }

    private enum CodingKeys: String, CodingKey { case schema, from, to, drafts }
}
