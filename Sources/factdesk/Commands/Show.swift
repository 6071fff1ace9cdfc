import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk show REV [DRAFT]`: a draft and its findings at a revision.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a draft and its findings at a revision.")

    @Argument(help: ArgumentHelp("A commit id or prefix, HEAD~N, or a tag such as published/x/1.", valueName: "REV"))
    var revision: String

    @Argument(help: ArgumentHelp("The draft (default: the one the revision is about).", valueName: "DRAFT"))
    var draft: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try WorkspaceCommand.run(draft: draft) { workspace, draftPath in
            let snapshot = try workspace.show(revision: revision, draft: draftPath)
            switch format {
            case .json: try WorkspaceCommand.printJSON(ShowOutput(snapshot: snapshot))
            case .text:
                var lines = [
                    "revision \(snapshot.revision.id.hex)", "author \(snapshot.revision.author)",
                    "date \(WorkspaceCommand.time(snapshot.revision.time))", "", "    \(snapshot.revision.title)", "",
                    "\(snapshot.draft): \(snapshot.findings.count) finding\(snapshot.findings.count == 1 ? "" : "s")",
                ]
                lines += snapshot.findings.map { "  " + WorkspaceCommand.line($0) }
                lines += ["", "--- \(snapshot.draft) at \(snapshot.revision.id.short)", snapshot.text]
                WorkspaceCommand.print(lines.joined(separator: "\n"))
            }
        }
    }
}

/// `factdesk show --format json`.
private struct ShowOutput: Encodable {
    let schema = "factdesk.show/1"
    let snapshot: DraftSnapshot

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(snapshot.revision, forKey: .revision)
        try container.encode(snapshot.draft, forKey: .path)
        try container.encode(snapshot.text, forKey: .text)
        try container.encode(snapshot.findings, forKey: .findings)
        try container.encode(snapshot.run, forKey: .run)
    }

    private enum CodingKeys: String, CodingKey { case schema, revision, path, text, findings, run }
}
