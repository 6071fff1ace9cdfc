import ArgumentParser
import FactDeskKit
import FactDeskReference
import FactDeskWorkspace
import Foundation

/// `factdesk show REV [DRAFT]`: a draft and its findings at a revision, with the reference facts
/// they cited as that revision held them; `--recheck` checks it again with that revision's
/// configuration.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a draft and its findings at a revision.",
        discussion: """
            Each finding names the reference facts it cited as the revision's own reference/ held them. \
            --recheck checks the draft again with the revision's factdesk.yml, reference/, rules/ and plugins/ \
            (read from its commit into a temporary folder; the work tree is not touched) and reports any \
            difference from the recorded findings. Exit status with --recheck: 0 when the findings are the same, \
            1 when they differ, 2 for bad input or a revision that cannot be checked again.
            """)

    @Argument(help: ArgumentHelp("A commit id or prefix, HEAD~N, or a tag such as published/x/1.", valueName: "REV"))
    var revision: String

    @Argument(help: ArgumentHelp("The draft (default: the one the revision is about).", valueName: "DRAFT"))
    var draft: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    @Flag(help: "Check the draft again with the revision's configuration and report any difference.")
    var recheck = false

    @Flag(
        name: .customLong("trust-plugins"),
        help: "With --recheck: run the revision's plugins, which this machine has not trusted as that code.")
    var trustPlugins = false

    func validate() throws {
        if trustPlugins && !recheck { throw ValidationError("--trust-plugins goes with --recheck") }
    }

    func run() throws {
        try WorkspaceCommand.run(draft: draft) { workspace, draftPath in
            let snapshot = try workspace.show(revision: revision, draft: draftPath)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-show-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw WorkspaceError.fileError(path: folder.path, reason: error.localizedDescription)
            }
            defer { try? FileManager.default.removeItem(at: folder) }
            if recheck {
                try runRecheck(workspace, snapshot: snapshot, folder: folder)
            } else {
                try workspace.exportCheckedFiles(of: revision, to: folder, includingDrafts: false)
                try print(snapshot, facts: citedFacts(readFrom: folder))
            }
        }
    }

    private func runRecheck(_ workspace: Workspace, snapshot: DraftSnapshot, folder: URL) throws {
        let outcome: Recheck.Outcome
        do {
            outcome = try Recheck(workspace: workspace, revision: revision, snapshot: snapshot, trustsPlugins: trustPlugins)
                .run(in: folder)
        } catch let error as ReplayRefusal {
            throw ExitCode(Diagnostics.usage(error.description))
        } catch let error as Recheck.Failure {
            throw ExitCode(Diagnostics.usage(error.description))
        }
        switch format {
        case .json: try WorkspaceCommand.printJSON(outcome)
        case .text: WorkspaceCommand.print(Recheck.lines(outcome).joined(separator: "\n"))
        }
        throw ExitCode(outcome.same ? 0 : 1)
    }

    /// The facts of the reference data written out in `folder`; none, with a notice, when it does not load.
    private func citedFacts(readFrom folder: URL) -> CitedFacts? {
        let reference = folder.appendingPathComponent("reference")
        guard FileManager.default.fileExists(atPath: reference.path) else { return nil }
        do {
            return CitedFacts(reference: try ReferenceLoader().load([reference.path]), readFrom: folder)
        } catch {
            Diagnostics.error("notice: the reference data of \(revision) does not load, so its facts are not named")
            return nil
        }
    }

    private func print(_ snapshot: DraftSnapshot, facts: CitedFacts?) throws {
        let cited = Dictionary(
            snapshot.findings.map { ($0.id, facts?.cited(by: $0) ?? []) }, uniquingKeysWith: { first, _ in first })
        switch format {
        case .json: try WorkspaceCommand.printJSON(ShowOutput(snapshot: snapshot, cited: cited.filter { !$0.value.isEmpty }))
        case .text:
            var lines = [
                "revision \(snapshot.revision.id.hex)", "author \(snapshot.revision.author)",
                "date \(WorkspaceCommand.time(snapshot.revision.time))", "", "    \(snapshot.revision.title)", "",
                "\(snapshot.draft): \(snapshot.findings.count) finding\(snapshot.findings.count == 1 ? "" : "s")",
            ]
            for finding in snapshot.findings {
                let carried = snapshot.notRechecked.contains(finding.id) ? " (not re-checked: its checker failed)" : ""
                lines.append("  " + WorkspaceCommand.line(finding) + carried)
                lines += (cited[finding.id] ?? []).map { "      cites " + $0.line }
            }
            lines += ["", "--- \(snapshot.draft) at \(snapshot.revision.id.short)", snapshot.text]
            WorkspaceCommand.print(lines.joined(separator: "\n"))
        }
    }
}

/// `factdesk show --format json`.
private struct ShowOutput: Encodable {
    let schema = "factdesk.show/1"
    let snapshot: DraftSnapshot
    /// The reference facts each finding cited, by finding id (findings citing none are left out).
    let cited: [String: [CitedFact]]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(snapshot.revision, forKey: .revision)
        try container.encode(snapshot.draft, forKey: .path)
        try container.encode(snapshot.text, forKey: .text)
        try container.encode(snapshot.findings, forKey: .findings)
        try container.encode(snapshot.run, forKey: .run)
        try container.encode(cited, forKey: .citedFacts)
        if !snapshot.notRechecked.isEmpty { try container.encode(snapshot.notRechecked.sorted(), forKey: .notRechecked) }
    }

    private enum CodingKeys: String, CodingKey {
        case schema, revision, path, text, findings, run
        case citedFacts = "cited-facts"
        case notRechecked = "not-rechecked"
    }
}
