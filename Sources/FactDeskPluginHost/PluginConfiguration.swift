import FactDeskKit
import FactDeskReference
import Foundation
import Yams

/// The `plugins:` key of a workspace's `factdesk.yml`: the external plugins it declares.
///
/// Each entry has `id` and `command`, and optionally `arguments` (a list of strings),
/// `languages` (`fr`, `en`) and `timeout` (seconds, default 10, at most 600). Unknown keys,
/// wrong types and duplicate ids are rejected with the file, line and column. Other keys of
/// `factdesk.yml` are left to the parts of FactDesk that own them.
public enum PluginConfiguration {
    /// The name of a workspace's configuration file.
    public static let file = "factdesk.yml"
    /// The longest timeout a declaration may ask for, in seconds.
    public static let maximumTimeout: Double = 600

    /// The nearest folder, from `folder` up, that holds `factdesk.yml`, or `nil`.
    public static func workspaceRoot(from folder: URL) -> URL? {
        var folder = folder.standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) { return folder }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The plugins a workspace declares, in the order written; none when `factdesk.yml` has no `plugins:`.
    /// - Throws: ``PluginConfigurationError`` for a file that cannot be read or a malformed `plugins:`.
    public static func declarations(inWorkspace root: URL) throws -> [PluginDeclaration] {
        let path = root.appendingPathComponent(file).path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw PluginConfigurationError(file: path, line: 1, column: 1, reason: "cannot read the file as UTF-8") }
        return try declarations(yaml: text, file: path, workspace: root)
    }

    /// The plugins declared in the text of a `factdesk.yml`.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: its path, for messages.
    ///   - workspace: the workspace's root folder.
    public static func declarations(yaml: String, file: String, workspace: URL) throws -> [PluginDeclaration] {
        if let problem = YAMLEventScreen.problems(in: yaml, subject: "factdesk.yml").first {
            throw PluginConfigurationError(file: file, line: problem.line, column: problem.column, reason: problem.reason)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw PluginConfigurationError(file: file, line: 1, column: 1, reason: "not valid YAML: \(error)")
        }
        guard let root, case .mapping(let mapping) = root, let plugins = mapping["plugins"] else { return [] }
        if case .scalar(let scalar) = plugins, scalar.string.isEmpty || scalar.string == "null" { return [] }
        guard case .sequence(let entries) = plugins else {
            throw PluginConfigurationError(file: file, at: plugins, reason: "'plugins' must be a list of plugins")
        }
        let reader = DeclarationReader(file: file, workspace: workspace)
        var seen: Set<String> = []
        return try entries.map { entry in
            let declaration = try reader.declaration(entry)
            guard seen.insert(declaration.id).inserted else {
                throw PluginConfigurationError(
                    file: file, at: entry, reason: "two plugins have the id '\(declaration.id)'")
            }
            return declaration
        }
    }
}

/// A malformed `plugins:` entry, with where it is.
public struct PluginConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The configuration file.
    public var file: String
    /// The 1-based line of the offending node.
    public var line: Int
    /// The 1-based column of the offending node.
    public var column: Int
    /// What is wrong.
    public var reason: String

    /// Creates an error at a place.
    public init(file: String, line: Int, column: Int, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    init(file: String, at node: Node, reason: String) {
        self.init(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, reason: reason)
    }

    /// `file:line:column: reason`.
    public var description: String { "\(file):\(line):\(column): \(reason)" }
}
