import FactDeskKit
import FactDeskReport
import FactDeskWorkspace
import Foundation

/// `factdesk show REV --recheck`: a check revision's check run again with that revision's own
/// configuration, and what differs from the findings it recorded.
///
/// The revision's `factdesk.yml`, `reference/`, `rules/`, `plugins/` and drafts are written
/// from its commit into a temporary folder, never over the work tree, and `factdesk check
/// --no-commit` runs there (in its own supervised process) with the checkers the revision
/// recorded. What the commit cannot hold shows as a difference: another FactDesk build or
/// checker version, options given on the command line then (`--lang`, `--published`,
/// `--enable`, `--counterpart`), a plugin this machine does not trust, a checker that fails.
struct Recheck {
    /// The workspace.
    let workspace: Workspace
    /// The revision, as named on the command line.
    let revision: String
    /// What the revision recorded.
    let snapshot: DraftSnapshot
    /// Whether the revision's plugins run without this machine's trust (`--trust-plugins`).
    let trustsPlugins: Bool

    /// How the findings found again compare with the recorded ones.
    struct Outcome: Encodable {
        let schema = "factdesk.recheck/1"
        /// The revision.
        let revision: RevisionID
        /// The draft.
        let path: String
        /// How many findings the revision recorded.
        let recorded: Int
        /// Recorded findings the check did not find again.
        let missing: [Finding]
        /// Findings the check found that the revision did not record.
        let new: [Finding]
        /// Whether the check found exactly the recorded findings.
        var same: Bool { missing.isEmpty && new.isEmpty }

        private enum CodingKeys: String, CodingKey { case schema, revision, path, recorded, missing, new, same }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schema, forKey: .schema)
            try container.encode(revision, forKey: .revision)
            try container.encode(path, forKey: .path)
            try container.encode(recorded, forKey: .recorded)
            try container.encode(missing, forKey: .missing)
            try container.encode(new, forKey: .new)
            try container.encode(same, forKey: .same)
        }
    }

    /// Why the check could not run again.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs the check again in `folder` (an empty temporary folder) and compares.
    /// - Throws: ``ReplayRefusal`` for a revision whose reference data its commit does not hold,
    ///   ``Failure`` when the check cannot run, a ``WorkspaceError``.
    func run(in folder: URL) throws -> Outcome {
        try workspace.requireCommittedReference(revision: revision, run: snapshot.run)
        try workspace.exportCheckedFiles(of: revision, to: folder, includingDrafts: true)
        var arguments = ["check", "--no-commit", "--format", "json", "--fail-on", "never"]
        if trustsPlugins { arguments.append("--trust-plugins") }
        for checker in snapshot.run.checkers.keys.sorted() { arguments += ["--checker", checker] }
        arguments.append(snapshot.draft)
        let outcome = try WorkerProcess.run(
            arguments: arguments, environment: ProcessInfo.processInfo.environment, input: Data(), folder: folder)
        guard case .exited(0, let output, _) = outcome else {
            throw Failure(description: "the check of \(snapshot.draft) at \(revision) could not run again")
        }
        guard let report = try? JSONDecoder().decode(FindingsJSON.self, from: output), let document = report.documents.first
        else { throw Failure(description: "the check of \(snapshot.draft) at \(revision) gave no readable findings") }
        let (missing, new) = Self.difference(recorded: snapshot.findings, found: document.findings)
        return Outcome(
            revision: snapshot.revision.id, path: snapshot.draft, recorded: snapshot.findings.count, missing: missing,
            new: new)
    }

    /// The recorded findings not found again and the found ones not recorded, compared whole
    /// (message, place, quote, suggestions, evidence) except for the editors' decisions.
    static func difference(recorded: [Finding], found: [Finding]) -> (missing: [Finding], new: [Finding]) {
        var unmatched = found.map(undecided)
        var missing: [Finding] = []
        for finding in recorded {
            if let index = unmatched.firstIndex(of: undecided(finding)) {
                unmatched.remove(at: index)
            } else {
                missing.append(finding)
            }
        }
        return (missing, unmatched)
    }

    private static func undecided(_ finding: Finding) -> Finding {
        var open = finding
        open.status = .open
        return open
    }

    /// The text output: one summary line, then `- ` each finding not found again and `+ ` each new one.
    static func lines(_ outcome: Outcome) -> [String] {
        let title = "recheck of \(outcome.path) at \(outcome.revision.short) with its configuration: "
        guard !outcome.same else {
            return [title + "same \(outcome.recorded) finding\(outcome.recorded == 1 ? "" : "s")"]
        }
        return [title + "differs: \(outcome.missing.count) recorded not found again, \(outcome.new.count) new"]
            + outcome.missing.map { "  - " + WorkspaceCommand.line($0) }
            + outcome.new.map { "  + " + WorkspaceCommand.line($0) }
    }
}
