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
        guard let mapping = try WorkspaceSettingsFile.mapping(file), let value = mapping["checkers"] else { return nil }
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

/// A key of `factdesk.yml` (`checkers:`, `exclude:`) that cannot be used, at the place it is written.
struct CheckerSettingsError: Error, CustomStringConvertible {
    var location: FactDeskReference.SourceLocation
    var reason: String

    var description: String { "\(location): \(reason)" }
}
