import FactDeskKit
import Foundation

/// An external plugin as a ``Checker``: its process serves every document of the run.
public struct ExternalPluginChecker: Checker {
    private let connection: PluginConnection

    /// Starts a plugin and reads its handshake.
    /// - Parameters:
    ///   - declaration: the plugin as the workspace declares it.
    ///   - executable: the executable to run (see ``ExecutableLocator``).
    ///   - host: this program's name and version, sent in the hello message (`factdesk 0.1.0`).
    /// - Throws: ``PluginError`` when it cannot start or its handshake is late or unacceptable.
    public init(declaration: PluginDeclaration, executable: URL, host: String) throws(PluginError) {
        connection = try PluginConnection(declaration: declaration, executable: executable, host: host)
    }

    /// The checker the plugin described in its handshake, with the languages the workspace allows.
    public var descriptor: CheckerDescriptor { connection.descriptor }

    /// Asks the plugin for its findings on a document in one of its languages.
    /// - Throws: ``PluginError`` when the plugin fails on it; the engine reports a `checker-error`.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        guard descriptor.languages.contains(document.language) else { return [] }
        return try connection.check(document, context: context)
    }
}

/// A declared plugin that could not be started or refused in its handshake: every document gets
/// one `checker-error` finding with the reason.
public struct UnavailablePluginChecker: Checker {
    /// The plugin as declared.
    public let declaration: PluginDeclaration
    /// Why it is unavailable.
    public let error: PluginError

    /// Creates the stand-in for a plugin that failed to start.
    public init(declaration: PluginDeclaration, error: PluginError) {
        self.declaration = declaration
        self.error = error
    }

    /// The declared id and command, with the reason it is unavailable as its summary.
    public var descriptor: CheckerDescriptor {
        declaration.standInDescriptor(summary: "Unavailable: \(error)", rules: [])
    }

    /// Throws the reason, which the engine reports as a `checker-error` finding.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        throw error
    }
}

extension PluginDeclaration {
    /// The descriptor of a plugin that has not told its own (it was not started, or failed to).
    func standInDescriptor(summary: String, rules: [RuleDescriptor]) -> CheckerDescriptor {
        CheckerDescriptor(
            id: id, version: "unknown", summary: summary, languages: languages ?? Language.allCases, rules: rules,
            origin: CheckerOrigin(kind: .externalPlugin, location: commandLine))
    }
}
