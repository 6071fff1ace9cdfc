import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk publish DRAFT`: tags the draft's latest checked revision as published.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag a draft's latest checked revision as published (published/<draft>/<n>); tags never move.")

    @Argument(help: ArgumentHelp("The draft.", valueName: "DRAFT"))
    var draft: String

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try WorkspaceCommand.run {
            let workspace = try WorkspaceCommand.current()
            let publication = try workspace.publish(
                try workspace.draftPath(for: draft, relativeTo: WorkspaceCommand.currentFolder))
            switch format {
            case .json: try WorkspaceCommand.printJSON(PublishOutput(publication: publication))
            case .text:
                WorkspaceCommand.print(
                    "published \(publication.draft) at \(publication.revision.short) as \(publication.tag)")
            }
        }
    }
}

/// `factdesk publish --format json`.
private struct PublishOutput: Encodable {
    let schema = "factdesk.publish/1"
    let publication: Publication
}
