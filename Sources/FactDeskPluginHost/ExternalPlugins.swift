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
    /// an ``UntrustedPluginChecker``, or an ``UnavailablePluginChecker`` for one that failed to
    /// start. Trusted plugins start concurrently, so their start-up times do not add up.
    /// - Throws: ``PluginConfigurationError`` for a malformed `plugins:`; ``TrustStoreError`` for
    ///   an unreadable trust file.
    public func checkers(forWorkspace root: URL) throws -> [any Checker] {
        let declarations = try PluginConfiguration.declarations(inWorkspace: root)
        let statuses = try declarations.map { trustsEveryPlugin ? nil : try trust.status(of: $0) }
        let started = StartedCheckers(count: declarations.count)
        DispatchQueue.concurrentPerform(iterations: declarations.count) { index in
            started[index] = checker(for: declarations[index], status: statuses[index])
        }
        return started.all
    }

    /// The checker for one plugin; `status` is `nil` when every plugin is trusted.
    private func checker(for declaration: PluginDeclaration, status: TrustStatus?) -> any Checker {
        do {
            let executable: URL
            switch status {
            case nil: executable = try ExecutableLocator.locate(declaration)
            case .trusted(let fingerprint): executable = URL(fileURLWithPath: fingerprint.command)
            case .untrusted: return UntrustedPluginChecker(declaration: declaration, changed: false)
            case .changed: return UntrustedPluginChecker(declaration: declaration, changed: true)
            case .unavailable(let error): return UnavailablePluginChecker(declaration: declaration, error: error)
            }
            return try ExternalPluginChecker(declaration: declaration, executable: executable, host: host)
        } catch {
            return UnavailablePluginChecker(declaration: declaration, error: error)
        }
    }
}

/// The checkers started on several threads at once, each in its own slot.
private final class StartedCheckers: @unchecked Sendable {
    private let lock = NSLock()
    private var checkers: [(any Checker)?]

    init(count: Int) {
        checkers = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> (any Checker)? {
        get { lock.withLock { checkers[index] } }
        set { lock.withLock { checkers[index] = newValue } }
    }

    var all: [any Checker] { lock.withLock { checkers.compactMap { $0 } } }
}
