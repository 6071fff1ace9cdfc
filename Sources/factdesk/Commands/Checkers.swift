import ArgumentParser
import FactDeskKit
import FactDeskReport
import Foundation

/// `factdesk checkers`: lists the checkers with version, languages and rules, and whether each
/// runs by default and why.
struct Checkers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the built-in and plugin checkers with their versions, languages, origins and rules.")

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        let list: CheckerList
        do {
            let assembly = CheckerAssembly(drafts: [])
            let checkers = try assembly.checkers()
            let defaults = try assembly.defaultChoices(among: checkers).mapValues {
                CheckerList.DefaultChoice(on: $0.isOn, reason: $0.reason)
            }
            list = CheckerList(checkers.map(\.descriptor), defaults: defaults)
        } catch {
            throw ExitCode(Diagnostics.usage("\(error)"))
        }
        let output = switch format {
        case .text: list.text()
        case .json: try list.json()
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `--format` for listings: text or json.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
