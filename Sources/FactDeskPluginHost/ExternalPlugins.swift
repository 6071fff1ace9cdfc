import FactDeskKit
import Foundation

/// The checkers for the external plugins a workspace declares: trusted ones started, each one
/// process for the whole run; untrusted ones never started.
public struct ExternalPlugins: Sendable {
    /// Where trust is kept.
    public var trust: TrustStore
    /// Whether every declared plugin runs without being trusted (`check --trust-plugins`, for CI).
    public var trustsEveryPlugin: Bool
    /// This program's name and version, sent to plugins in the hello message.
    public var host: String

    /// Creates the source of plugin checkers.
    public init(trust: TrustStore, trustsEveryPlugin: Bool = false, host: String) {
        self.trust = trust
        self.trustsEveryPlugin = trustsEveryPlugin
        self.host = host
    }

    /// One checker per plugin declared in the workspace, in declaration order: a started plugin,
    /// an ``UntrustedPluginChecker``, or an ``UnavailablePluginChecker`` for one that failed to start.
    /// - Throws: ``PluginConfigurationError`` for a malformed `plugins:`; ``TrustStoreError`` for
    ///   an unreadable trust file.
    public func checkers(forWorkspace root: URL) throws -> [any Checker] {
        try PluginConfiguration.declarations(inWorkspace: root).map { declaration in
            let executable: URL
            do {
                if trustsEveryPlugin {
                    executable = try ExecutableLocator.locate(declaration)
                } else {
                    switch try trust.status(of: declaration) {
                    case .trusted(let fingerprint): executable = URL(fileURLWithPath: fingerprint.command)
                    case .untrusted: return UntrustedPluginChecker(declaration: declaration, changed: false)
                    case .changed: return UntrustedPluginChecker(declaration: declaration, changed: true)
                    }
                }
                return try ExternalPluginChecker(declaration: declaration, executable: executable, host: host)
            } catch let error as PluginError {
                return UnavailablePluginChecker(declaration: declaration, error: error)
            }
        }
    }
}
