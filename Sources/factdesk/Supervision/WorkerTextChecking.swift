import FactDeskChecking
import FactDeskKit
import FactDeskReport
import Foundation

/// Checks a draft's text by running `factdesk check` on it in a child process, for
/// `factdesk serve`: a checker that traps then takes down that process, not the server, and the
/// check's own supervisor reports it as a `checker-error` finding as on the command line.
///
/// The child reads the text on standard input, named as the draft (`--stdin-path`), so that its
/// language, workspace, `checkers:` list, plugins and reference data are the draft's. It runs in
/// the server's current folder, the workspace's root, and commits nothing: the server records
/// the revision.
struct WorkerTextChecking: DraftTextChecking {
    func report(on document: Document) throws -> DocumentReport {
        let outcome = try WorkerProcess.run(
            arguments: ["check", "--format", "json", "--no-commit", "--stdin-path", document.path, "-"],
            environment: ProcessInfo.processInfo.environment, input: Data(document.text.utf8), collectsErrors: true)
        switch outcome {
        case .exited(let status, let output, let errors) where status == 0 || status == 1:
            guard let entry = try? JSONDecoder().decode(FindingsJSON.self, from: output).documents.first else {
                throw CheckWorkerFailure(reason: "the check printed no findings" + Self.detail(errors))
            }
            return DocumentReport(document: document, findings: entry.findings)
        case .exited(let status, _, let errors):
            throw CheckWorkerFailure(reason: "the check ended with status \(status)" + Self.detail(errors))
        case .signalled(let signal):
            throw CheckWorkerFailure(reason: "the check was killed by signal \(signal)")
        }
    }

    /// `: ` and what the check wrote on standard error, without its `factdesk: ` prefixes.
    private static func detail(_ errors: Data) -> String {
        let lines = String(decoding: errors, as: UTF8.self).split(separator: "\n")
            .map { $0.hasPrefix("factdesk: ") ? $0.dropFirst("factdesk: ".count) : $0 }
        return lines.isEmpty ? "" : ": " + lines.joined(separator: "; ")
    }
}

/// A check run in a child process failed: it could not run the checkers (bad reference data, a
/// malformed workspace configuration) or was killed.
struct CheckWorkerFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
