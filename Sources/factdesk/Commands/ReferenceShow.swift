import ArgumentParser
import FactDeskReference
import Foundation

extension Reference {
    /// `factdesk reference show ID`: one entity or series with its names, facts and roles.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one entity (names, facts, roles) or series (names, editions).")

        @Argument(help: "The id of an entity or series.")
        var id: String

        @Option(
            name: .customLong("reference"),
            help: ArgumentHelp(
                "Reference data file or folder (repeatable; default: the current workspace's reference/).",
                valueName: "PATH"))
        var references: [String] = []

        @Option(help: "Output format: text or json.")
        var format: ListFormat = .text

        func run() throws {
            let data = try ReferencePaths.load(try ReferencePaths.resolve(references))
            let report: ReferenceReport
            if let entity = data.entity(id) {
                report = ReferenceReport(entity)
            } else if let series = data.series(id) {
                report = ReferenceReport(series)
            } else {
                let near = data.nameIndex.candidates(for: id.replacingOccurrences(of: "-", with: " "), limit: 3).map(
                    \.id)
                let hint = near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)"
                throw ExitCode(Diagnostics.usage("no entity or series with id '\(id)'\(hint)"))
            }
            switch format {
            case .text: FileHandle.standardOutput.write(Data((report.text + "\n").utf8))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
            }
        }
    }
}
