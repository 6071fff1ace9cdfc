import Foundation

/// What a workspace reads from its surroundings: the environment (for `FACTDESK_AUTHOR`), the
/// clock that dates revisions and decisions, and how long to wait for another process's lock.
public struct WorkspaceOptions: Sendable {
    /// Environment variables; `FACTDESK_AUTHOR` (`Name <email>`) names who signs revisions.
    public var environment: [String: String]
    /// How long to wait for another `factdesk` process to finish with the workspace.
    public var lockTimeout: Duration
    /// The time given to new revisions and decisions.
    public var clock: @Sendable () -> Date

    /// Creates options.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        lockTimeout: Duration = .seconds(10),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.environment = environment
        self.lockTimeout = lockTimeout
        self.clock = clock
    }
}
