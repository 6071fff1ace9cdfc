import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk dismiss FINDING-ID --reason TEXT`: records that a finding is not a problem.
struct Dismiss: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dismiss a finding (not a problem); it stays dismissed while its words stand.")

    @Argument(help: ArgumentHelp("The finding's id.", valueName: "FINDING-ID"))
    var finding: String

    @Option(help: "Why it is not a problem.")
    var reason: String

    @Option(help: ArgumentHelp("The draft, when several drafts have this finding.", valueName: "DRAFT"))
    var draft: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--reason must say why the finding is dismissed")
        }
    }

    func run() throws {
        try WorkspaceCommand.run(draft: draft) { workspace, draftPath in
            try DecisionOutput.print(try workspace.dismiss(finding, reason: reason, draft: draftPath), format: format)
        }
    }
}

/// The output of `dismiss` and `accept`.
struct DecisionOutput: Encodable {
    let schema = "factdesk.decision/1"
    let decision: Decision

    /// Prints a decision in the format asked for.
    static func print(_ decision: Decision, format: ListFormat) throws {
        switch format {
        case .json: try WorkspaceCommand.printJSON(DecisionOutput(decision: decision))
        case .text:
            WorkspaceCommand.print(
                "\(decision.status.rawValue) \(decision.finding) in \(decision.draft) — \(decision.author)")
        }
    }
}
