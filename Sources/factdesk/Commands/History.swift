import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk history FINDING-ID`: one finding's life across revisions and decisions.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show when a finding appeared, moved, was dismissed or accepted, and was resolved.")

    @Argument(help: ArgumentHelp("The finding's id, e.g. date:weekday-mismatch:5c1f0a93.", valueName: "FINDING-ID"))
    var finding: String

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try WorkspaceCommand.run {
            let history = try WorkspaceCommand.current().history(of: finding)
            switch format {
            case .json: try WorkspaceCommand.printJSON(HistoryOutput(history: history))
            case .text: WorkspaceCommand.print(history.events.map(History.line).joined(separator: "\n"))
            }
        }
    }

    /// `2025-11-24 10:15 a1b2c3d moved drafts/x.md line 8, column 24 (from line 4, column 24) — Ada Editor <…>`.
    static func line(_ event: FindingEvent) -> String {
        var line = "\(WorkspaceCommand.time(event.time)) \(event.revision.short) \(event.kind.rawValue) \(event.draft)"
        if let location = event.location { line += " line \(location.line), column \(location.column)" }
        if let detail = event.detail { line += " (\(detail))" }
        return line + " — \(event.author)"
    }
}

/// `factdesk history --format json`.
private struct HistoryOutput: Encodable {
    let schema = "factdesk.history/1"
    let history: FindingHistory

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(history.finding, forKey: .finding)
        try container.encode(history.events, forKey: .events)
    }

    private enum CodingKeys: String, CodingKey { case schema, finding, events }
}
