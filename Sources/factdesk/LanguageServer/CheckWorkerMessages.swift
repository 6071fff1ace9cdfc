import FactDeskKit

/// What the language server asks its warm check worker (`factdesk lsp --worker`), one JSON
/// object a line on the worker's standard input.
struct CheckWorkerRequest: Codable {
    /// The file the text stands for.
    var path: String
    /// The unsaved text.
    var text: String
    /// The checkers known to crash on this document: not run, reported as `checker-error`.
    var crashed: [String]
    /// When set, the checkers run one at a time, each start and end written to this file
    /// (``WorkerProgress``), so that a crash names its checker.
    var progressFile: String?
}

/// The worker's answer, one JSON object a line on its standard output.
struct CheckWorkerResponse: Codable {
    /// The findings, decisions applied; `nil` when the check could not run.
    var findings: [Finding]?
    /// Why the check could not run.
    var error: String?
}
