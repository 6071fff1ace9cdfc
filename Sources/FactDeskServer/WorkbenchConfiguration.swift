import FactDeskChecking
import FactDeskEngine
import FactDeskWorkspace
import Foundation

/// How a web workbench is served: which workspace, where, with which checkers and limits.
public struct WorkbenchConfiguration: Sendable {
    /// The default largest request body, 10 MB.
    public static let defaultBodyLimit = 10 * 1024 * 1024

    /// The workspace's root folder.
    public var workspace: URL
    /// The address to bind; `127.0.0.1` unless the workbench is shared on purpose.
    public var host: String
    /// The port to bind; 0 picks a free one.
    public var port: Int
    /// The token every request must carry when set (required when `host` is not a loopback address).
    public var accessToken: String?
    /// The largest request body accepted, in bytes; larger ones get 413.
    public var bodyLimit: Int
    /// The checkers a check from the web runs.
    public var catalog: CheckerCatalog
    /// What runs them: `nil` for this process; `factdesk serve` gives a child process, so that a
    /// checker that traps cannot take the workbench down.
    public var checking: (any DraftTextChecking)?
    /// FactDesk's version, recorded in revisions and shown in pages.
    public var factdeskVersion: String
    /// The environment, clock and lock timeout workspace operations use.
    public var workspaceOptions: WorkspaceOptions

    /// Creates a configuration.
    /// - Throws: ``WorkbenchConfigurationError`` for a bad port or body limit, or a host that is
    ///   not a loopback address without an access token.
    public init(
        workspace: URL, host: String = "127.0.0.1", port: Int = 8080, accessToken: String? = nil,
        bodyLimit: Int = WorkbenchConfiguration.defaultBodyLimit, catalog: CheckerCatalog,
        checking: (any DraftTextChecking)? = nil, factdeskVersion: String,
        workspaceOptions: WorkspaceOptions = WorkspaceOptions()
    ) throws(WorkbenchConfigurationError) {
        guard (0...65535).contains(port) else { throw .badPort(port) }
        guard bodyLimit > 0 else { throw .badBodyLimit(bodyLimit) }
        if let accessToken, accessToken.count < 16 || !accessToken.allSatisfy(\.isASCII) {
            throw .weakToken
        }
        if !WorkbenchConfiguration.isLoopback(host), accessToken == nil { throw .tokenRequired(host: host) }
        self.workspace = workspace
        self.host = host
        self.port = port
        self.accessToken = accessToken
        self.bodyLimit = bodyLimit
        self.catalog = catalog
        self.checking = checking
        self.factdeskVersion = factdeskVersion
        self.workspaceOptions = workspaceOptions
    }

    /// Whether `host` only reaches this machine: `localhost`, `127.0.0.0/8` or `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// Why a workbench cannot be served with the options given.
public enum WorkbenchConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The port is outside 0…65535.
    case badPort(Int)
    /// The body limit is not positive.
    case badBodyLimit(Int)
    /// The workbench would be reachable from other machines without an access token.
    case tokenRequired(host: String)
    /// The access token is shorter than 16 characters or not ASCII.
    case weakToken

    /// One line saying what is wrong.
    public var description: String {
        switch self {
        case .badPort(let port): "--port \(port): not a port (0-65535)"
        case .badBodyLimit(let limit): "body limit \(limit): must be positive"
        case .tokenRequired(let host):
            "--host \(host) makes the workbench reachable from other machines: give --token TOKEN (at least 16 characters)"
        case .weakToken: "--token: use at least 16 ASCII characters"
        }
    }
}
