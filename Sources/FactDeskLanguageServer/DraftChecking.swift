import FactDeskKit

/// What the language server asks of FactDesk: the findings on a draft's unsaved text, checked as
/// `factdesk check --stdin-path PATH --no-commit` checks it, and a revision recorded as
/// `factdesk check PATH` records it.
///
/// `factdesk lsp` gives a warm worker process (a checker that traps takes down the worker, not
/// the server); the server calls one method at a time, from one queue.
public protocol DraftChecking: Sendable {
    /// The findings on `text`, standing for the file at `path`, with the editors' decisions of its
    /// workspace applied (`status`).
    /// - Throws: when the checkers cannot run (malformed workspace settings, bad reference data).
    func findings(path: String, text: String) throws -> [Finding]

    /// Checks the file at `path` as saved and records a revision when it is a draft of a workspace.
    /// - Throws: when the check or the revision fails.
    func recordRevision(path: String) throws
}
