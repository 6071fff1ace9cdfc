import ArgumentParser
import FactDeskKit
import FactDeskReport
import Foundation

/// `factdesk checkers`: lists the checkers with version, languages and rules.
struct Checkers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the built-in and plugin checkers with their versions, languages, origins and rules.")

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        let descriptors: [CheckerDescriptor]
        do {
            descriptors = try CheckerAssembly(drafts: []).checkers().map(\.descriptor)
        } catch {
            throw ExitCode(Diagnostics.usage("\(error)"))
        }
        let output = switch format {
        case .text: CheckerList(descriptors).text()
        case .json: try CheckerList(descriptors).json()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `--format` for listings: text or json.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
