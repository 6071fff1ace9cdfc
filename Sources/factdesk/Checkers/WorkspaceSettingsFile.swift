import FactDeskReference
import Foundation
import Yams

/// A workspace's `factdesk.yml` as a YAML mapping, read once the way every key of it is read:
/// screened for anchors, aliases, size and depth, then parsed, each problem with its place.
/// Every top-level key must be one FactDesk reads, so that a misspelt one (`chekers:`) is refused
/// rather than silently ignored.
enum WorkspaceSettingsFile {
    /// The top-level keys of `factdesk.yml`, each read by some part of FactDesk.
    static let keys = [
        "author", "checkers", "editors", "exclude", "languages", "plugins", "severities", "strict-accents",
    ]

    /// The file's top-level mapping, or `nil` when it is empty or not a mapping.
    /// - Throws: ``CheckerSettingsError`` when the file cannot be read or parsed, or has a key
    ///   not in ``keys``.
    static func mapping(_ file: String) throws -> Node.Mapping? {
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
        guard let root else { return nil }
        var nodes = NodeReader(file: file)
        guard case .mapping(let mapping) = root,
            nodes.fields(root, of: "factdesk.yml", allowed: keys) != nil, nodes.diagnostics.isEmpty
        else {
            let problem =
                nodes.diagnostics.first
                ?? ReferenceDiagnostic("factdesk.yml must be a mapping of settings", at: nodes.location(root))
            throw CheckerSettingsError(location: problem.location, reason: problem.reason)
        }
        return mapping
    }
}
