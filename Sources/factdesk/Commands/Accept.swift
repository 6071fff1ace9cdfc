import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk accept FINDING-ID [--note TEXT]`: records that a finding is a real problem.
struct Accept: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Accept a finding (a real problem, acknowledged).")

    @Argument(help: ArgumentHelp("The finding's id.", valueName: "FINDING-ID"))
    var finding: String

    @Option(help: "A note on the finding.")
    var note: String?

    @Option(help: ArgumentHelp("The draft, when several drafts have this finding.", valueName: "DRAFT"))
    var draft: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try WorkspaceCommand.run(draft: draft) { workspace, draftPath in
            try DecisionOutput.print(try workspace.accept(finding, note: note, draft: draftPath), format: format)
        }
    }
}
