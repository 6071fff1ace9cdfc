import FactDeskKit
import Foundation

/// One external plugin as a workspace declares it under `plugins:` in `factdesk.yml`.
///
/// ```yaml
/// plugins:
///   - id: quotation-marks
///     command: ../../Plugins/quotation-marks/quotation_marks.py
///     arguments: [--strict]
///     languages: [fr, en]
///     timeout: 10
/// ```
public struct PluginDeclaration: Sendable, Hashable {
    /// The seconds a plugin gets to answer one message when `timeout` is not given.
    public static let defaultTimeout: Double = 10

    /// The checker id the plugin must announce in its handshake.
    public var id: String
    /// The executable: a path (relative to the workspace's root, or absolute) or a name found in `PATH`.
    public var command: String
    /// The arguments passed to it.
    public var arguments: [String]
    /// The languages of the drafts it is given; `nil` for every language its handshake declares.
    public var languages: [Language]?
    /// The seconds it gets to answer the handshake and each request before it is stopped.
    public var timeout: Double
    /// The workspace's root folder: the plugin's working directory, and where relative paths start.
    public var workspace: URL

    /// Creates a declaration.
    public init(
        id: String, command: String, arguments: [String] = [], languages: [Language]? = nil,
        timeout: Double = PluginDeclaration.defaultTimeout, workspace: URL
    ) {
        self.id = id
        self.command = command
        self.arguments = arguments
        self.languages = languages
        self.timeout = timeout
        self.workspace = workspace
    }

    /// A path of the declaration (the command, or an argument) as a file URL: relative paths
    /// start at the workspace's root.
    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/")
            ? URL(fileURLWithPath: path).standardizedFileURL
            : workspace.appendingPathComponent(path).standardizedFileURL
    }

    /// The command line as the user wrote it, for listings and messages.
    public var commandLine: String {
        ([command] + arguments).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    }
}
