import FactDeskReference
import Foundation
import Yams

/// The `exclude:` key of a workspace's `factdesk.yml`: `.gitignore`-style patterns of files and
/// folders that a check of a folder leaves out (see ``ExcludePatterns``).
enum ExcludeSettings {
    /// The patterns, empty when the file has no `exclude:` key.
    /// - Throws: ``CheckerSettingsError`` when the file cannot be read or the key is not a list of strings.
    static func read(_ file: String) throws -> [String] {
        guard let mapping = try WorkspaceSettingsFile.mapping(file), let value = mapping["exclude"] else { return [] }
        var nodes = NodeReader(file: file)
        let patterns = (nodes.list(value, "exclude") ?? []).compactMap { nodes.text($0, "exclude") }
        if let problem = nodes.diagnostics.first {
            throw CheckerSettingsError(location: problem.location, reason: problem.reason)
        }
        return patterns
    }
}
