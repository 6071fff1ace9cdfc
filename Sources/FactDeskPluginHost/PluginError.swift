/// Why an external plugin could not give a document's findings. The engine reports each as one
/// `checker-error` finding, and the run goes on with every other checker's findings.
public enum PluginError: Error, Equatable, CustomStringConvertible {
    /// The executable could not be found or started.
    case cannotStart(command: String, reason: String)
    /// It did not answer within its timeout, and was stopped.
    case timedOut(seconds: Double, waitingFor: String)
    /// It exited (or was killed by a signal) while FactDesk waited for an answer.
    case exited(status: String, lastError: String?)
    /// It wrote a line that is not the JSON message expected, and was stopped.
    case invalidMessage(reason: String, line: String)
    /// Its handshake was not acceptable, so it was stopped.
    case badHandshake(String)
    /// A finding it gave lies outside the document, or names a rule it did not declare.
    case invalidFinding(String)
    /// It answered the request with an error message of its own.
    case reported(String)
    /// It was stopped earlier in this run, for the reason given.
    case stoppedEarlier(reason: String)

    /// The reason, in one line.
    public var description: String {
        switch self {
        case .cannotStart(let command, let reason):
            "cannot start plugin command \(command): \(reason)"
        case .timedOut(let seconds, let waitingFor):
            "the plugin did not send \(waitingFor) within \(Self.seconds(seconds)) s and was stopped"
        case .exited(let status, let lastError):
            "the plugin exited (\(status))" + (lastError.map { ": \($0)" } ?? "")
        case .invalidMessage(let reason, let line):
            "the plugin wrote an invalid message and was stopped (\(reason)): \(line)"
        case .badHandshake(let reason):
            "the plugin's handshake was refused: \(reason)"
        case .invalidFinding(let reason):
            "the plugin gave an invalid finding, so its findings on this document were dropped: \(reason)"
        case .reported(let message):
            "the plugin reported an error: \(message)"
        case .stoppedEarlier(let reason):
            "the plugin was stopped earlier in this run: \(reason)"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
