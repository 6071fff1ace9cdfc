/// Something a run has to say that is not a finding of any draft, such as a declared plugin
/// that was not run because this machine does not trust it. Notices stay out of findings,
/// counts and revisions: text output prints them on standard error, JSON in `notices`, SARIF
/// as `toolExecutionNotifications`.
public struct RunNotice: Codable, Hashable, Sendable {
    /// The checker (or plugin) it is about.
    public var checker: String
    /// What happened and what to do, in English.
    public var message: String

    /// Creates a notice.
    public init(checker: String, message: String) {
        self.checker = checker
        self.message = message
    }

    /// `factdesk: notice: message`, as standard error shows it.
    public var line: String { "factdesk: notice: \(message)" }
}
