import FactDeskReference
import Foundation
import Yams

/// The `checkers:` key of a workspace's `factdesk.yml`: the ids of the checkers a check runs
/// by default, each with where it is written.
enum CheckerSettings {
    /// One id of the list.
    struct Entry {
        var id: String
        var location: FactDeskReference.SourceLocation
    }

    /// The list, or `nil` when the file has no `checkers:` key.
    /// - Throws: ``CheckerSettingsError`` when the file cannot be read or the key is not a list of ids.
    static func read(_ file: String) throws -> [Entry]? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw CheckerSettingsError(location: .init(file: file, line: 1, column: 1), reason: "cannot read the file")
        }
        if let problem = YAMLEventScreen.problems(in: text, subject: "factdesk.yml").first {
            throw CheckerSettingsError(
                location: .init(file: file, line: problem.line, column: problem.column), reason: problem.reason)
        }
        let root: Node?
        do {
            root = try Parser(yaml: text, encoding: .utf8).singleRoot()
        } catch {
            let diagnostic = YAMLSyntaxError.diagnostic(error, text: text, file: file)
            throw CheckerSettingsError(location: diagnostic.location, reason: diagnostic.reason)
        }
        guard case .mapping(let mapping) = root, let value = mapping["checkers"] else { return nil }
        var nodes = NodeReader(file: file)
        let ids = (nodes.list(value, "checkers") ?? []).compactMap { item in
            nodes.text(item, "checkers").map { Entry(id: $0, location: nodes.location(item)) }
        }
        if let problem = nodes.diagnostics.first {
            throw CheckerSettingsError(location: problem.location, reason: problem.reason)
        }
        return ids
    }
}

/// A `checkers:` key that cannot be used, at the place it is written.
struct CheckerSettingsError: Error, CustomStringConvertible {
    var location: FactDeskReference.SourceLocation
    var reason: String

    var description: String { "\(location): \(reason)" }
}
