import ArgumentParser
import FactDeskReference
import Foundation

extension Reference {
    /// `factdesk reference lint [PATH...]`: validates reference data without checking anything.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate reference data and report every problem with its file, line and column.",
            discussion: """
                Exit status: 0 when the data is valid; 2 otherwise, with one line per problem on \
                standard error: file:line:column: error: reason.
                """)

        @Argument(
            help: ArgumentHelp(
                "Reference files or folders (default: the current workspace's reference/ folder).", valueName: "PATH"))
        var paths: [String] = []

        func run() throws {
            let data = try ReferencePaths.load(try ReferencePaths.resolve(paths))
            func count(_ number: Int, _ one: String, _ many: String) -> String {
                "\(number) \(number == 1 ? one : many)"
            }
            let counts = [
                count(data.entities.count, "entity", "entities"), count(data.series.count, "series", "series"),
                count(data.declaredProperties.count, "property", "properties"),
            ].joined(separator: ", ")
            FileHandle.standardOutput.write(Data("\(counts): no problems (\(data.contentHash))\n".utf8))
        }
    }
}
