import ArgumentParser
import FactDeskKit
import FactDeskWorkspace
import Foundation

/// What the workspace commands share: finding the workspace, one-line errors, JSON output.
enum WorkspaceCommand {
    /// The workspace holding the current folder.
    static func current() throws -> Workspace {
        try Workspace.find(from: currentFolder)
    }

    /// The current folder.
    static var currentFolder: URL {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    }

    /// Runs a command's body; a workspace error becomes one line on standard error and exit status 2.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as WorkspaceError {
            throw ExitCode(Diagnostics.usage(error.description))
        }
    }

    /// Runs a command's body with the current workspace and the draft named on the command line,
    /// if any, resolved from the current folder; errors as ``run(_:)`` gives them.
    static func run(draft: String?, _ body: (Workspace, DraftPath?) throws -> Void) throws {
        try run {
            let workspace = try current()
            try body(workspace, try draft.map { try workspace.draftPath(for: $0, relativeTo: currentFolder) })
        }
    }

    /// Prints text followed by a line break.
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Prints a value as JSON with sorted keys and ISO 8601 dates.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// `2025-11-24 10:15` in the local time zone.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// One finding as a line: `7:18 error [open] date:weekday-mismatch:5c1f0a93 « quote » message`;
    /// the quoted words are left out when there are none or the message already quotes them
    /// (`« 15400 » : …`).
    static func line(_ finding: Finding) -> String {
        let quoted = finding.quote.exact.isEmpty || messageQuotesWords(finding)
        let quote = quoted ? "" : "« \(finding.quote.exact) » "
        return "\(finding.location.line):\(finding.location.column) \(finding.severity.rawValue) [\(finding.status.rawValue)] "
            + "\(finding.id) \(quote)\(finding.message)"
    }

    /// Whether a finding's message quotes its words as the checkers do, « … » or “…”, with runs
    /// of white space made one space.
    private static func messageQuotesWords(_ finding: Finding) -> Bool {
        let words = finding.quote.exact.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !words.isEmpty else { return false }
        return finding.message.contains("« \(words) »") || finding.message.contains("“\(words)”")
    }
}
