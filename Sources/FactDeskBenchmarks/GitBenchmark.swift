import FactDeskKit
import FactDeskWorkspace
import Foundation

/// Annotated revisions through libgit2 against the `git` CLI making the same commits, and the
/// time to read a long history back. The CLI is used here only as the baseline.
enum GitBenchmark {
    /// Revisions committed in each timed round, by each side.
    static let revisions = 100
    /// Revisions in the long history read back.
    static let historyLength = 10_000

    /// Runs the benchmark and returns its report lines.
    static func run() throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdesk-git-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = WorkspaceOptions(environment: ["FACTDESK_AUTHOR": "Bench Editor <bench@example.org>"])
        let checks = (0..<revisions).map { revision in
            let text = draft(revision: revision)
            return (text: text, findings: findings(in: text))
        }

        // Rounds alternate the two sides, so that both meet the same load on a shared machine.
        var libgit2Rounds: [Double] = []
        var cliRounds: [Double] = []
        var looseFloorRounds: [Double] = []
        var packFloorRounds: [Double] = []
        for round in 0..<Measurement.runs {
            for (storage, name) in [(GitFileFloor.Objects.loose, "loose"), (.onePack, "pack")] {
                var floor = try GitFileFloor(
                    folder: folder.appendingPathComponent("floor-\(name)-\(round)"), objects: storage)
                let seconds = try time { for check in checks { try floor.revision(draft: Data(check.text.utf8)) } }
                if storage == .loose {
                    looseFloorRounds.append(seconds * 1000 / Double(revisions))
                } else {
                    packFloorRounds.append(seconds * 1000 / Double(revisions))
                }
            }
            let workspace = try Workspace.create(
                at: folder.appendingPathComponent("libgit2-\(round)"), options: options)
            var committed: [(draft: String, annotations: Data, message: String)] = []
            var seconds = 0.0
            for check in checks {
                seconds += try time { try commitCheck(check.text, findings: check.findings, in: workspace) }
                committed.append((check.text, try annotations(in: workspace), "check drafts/bench.md"))
            }
            libgit2Rounds.append(seconds * 1000 / Double(revisions))
            let cliSeconds = try cliCommits(committed, in: folder.appendingPathComponent("cli-\(round)"))
            cliRounds.append(cliSeconds * 1000 / Double(revisions))
        }
        let libgit2Milliseconds = median(libgit2Rounds)
        let cliMilliseconds = median(cliRounds)
        let looseFloor = median(looseFloorRounds)
        let packFloor = median(packFloorRounds)

        let long = try Workspace.create(at: folder.appendingPathComponent("history"), options: options)
        let template = findings(in: draft(revision: 0))
        let buildSeconds = try time {
            for revision in 0..<historyLength {
                try commitCheck(draft(revision: revision), findings: template, in: long)
            }
        }
        var count = 0
        let logSeconds = try time { count = try long.log().count }
        let draftLogSeconds = try time { _ = try long.log(draft: try DraftPath("drafts/bench.md")) }
        let historySeconds = try time { _ = try long.history(of: finding(in: draft(revision: 0)).id) }
        return [
            "git: annotated revision (\(Measurement.runs) rounds of \(revisions) checks of a ~5 KB draft, 12 findings;"
                + " draft file written by both)",
            String(
                format: "  libgit2 %.2f ms per revision; git CLI (add + commit) %.2f ms; %.1f× faster",
                libgit2Milliseconds, cliMilliseconds, cliMilliseconds / libgit2Milliseconds),
            "  rounds, ms per revision: libgit2 "
                + libgit2Rounds.map { String(format: "%.2f", $0) }.joined(separator: " ") + "; git CLI "
                + cliRounds.map { String(format: "%.1f", $0) }.joined(separator: " "),
            String(
                format: "  git's file operations alone (bare system calls, no git): %.2f ms per revision with loose"
                    + " objects, %.2f ms with one pack per revision; the CLI's time over these: %.1f×, %.1f×",
                looseFloor, packFloor, cliMilliseconds / looseFloor, cliMilliseconds / packFloor),
            String(
                format: "git: %d-revision history built in %.1f s (%.2f ms per revision)",
                historyLength, buildSeconds, buildSeconds * 1000 / Double(historyLength)),
            String(
                format: "  log of %d revisions %.3f s; log of one draft %.3f s; history of one finding %.3f s",
                count, logSeconds, draftLogSeconds, historySeconds),
        ]
    }

    private static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    /// The paragraph repeated through the draft, with a wrong weekday in each copy.
    private static let paragraph =
        "La 93e Assemblée générale d'INTERPOL s'ouvre le mardi 24 novembre 2025 à Marrakech, "
        + "en présence des délégations de 195 pays membres et du président Al-Raissi.\n\n"
    private static let quote = "mardi 24 novembre 2025"

    /// A ~5 KB draft whose last line changes with each revision.
    private static func draft(revision: Int) -> String {
        String(repeating: paragraph, count: 24) + "Mise à jour numéro \(revision).\n"
    }

    /// The weekday finding on the draft's first paragraph.
    private static func finding(in text: String) -> Finding {
        findings(in: text)[0]
    }

    /// Twelve findings, on every other paragraph, numbered by occurrence as the engine does.
    private static func findings(in text: String) -> [Finding] {
        let document = Document(path: "drafts/bench.md", text: text, language: .fr)
        let paragraphLength = paragraph.unicodeScalars.count
        let offset =
            paragraph.unicodeScalars.count - paragraph.components(separatedBy: quote)[1].unicodeScalars.count
            - quote.unicodeScalars.count
        return (0..<12).map { index in
            let start = index * 2 * paragraphLength + offset
            var finding = document.finding(
                checker: "date", rule: "weekday-mismatch", severity: .error,
                span: Span(start: start, end: start + quote.unicodeScalars.count),
                message: "le 24 novembre 2025 est un lundi")
            finding.id = FindingID.make(checker: "date", rule: "weekday-mismatch", quoted: quote, occurrence: index + 1)
            return finding
        }
    }

    /// Writes the draft as an editor would, then records its check.
    private static func commitCheck(_ text: String, findings: [Finding], in workspace: Workspace) throws {
        let path = workspace.root.appendingPathComponent("drafts/bench.md")
        try writeFile(Data(text.utf8), to: path)
        _ = try workspace.recordCheck(
            of: try DraftPath("drafts/bench.md"), text: text, findings: findings,
            run: RunMetadata(factdeskVersion: "bench", checkers: ["date": "1.0.0"], referenceDigest: "none"))
    }

    private static func annotations(in workspace: Workspace) throws -> Data {
        try Data(contentsOf: workspace.root.appendingPathComponent("annotations/bench.json"))
    }

    /// Makes the same commits with the `git` CLI (`git add` then `git commit` per revision).
    private static func cliCommits(_ commits: [(draft: String, annotations: Data, message: String)], in folder: URL)
        throws -> Double
    {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("annotations"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try git(["init", "--quiet", "--initial-branch=main"], in: folder)
        return try time {
            for commit in commits {
                try writeFile(Data(commit.draft.utf8), to: folder.appendingPathComponent("drafts/bench.md"))
                try writeFile(commit.annotations, to: folder.appendingPathComponent("annotations/bench.json"))
                try git(["add", "drafts/bench.md", "annotations/bench.json"], in: folder)
                try git(["commit", "--quiet", "--message", commit.message], in: folder)
            }
        }
    }

    /// The `git` executable found on `PATH`, run directly (not through `env`, which would add an exec).
    private static let gitExecutable: URL = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        let found = folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent("git") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return found ?? URL(fileURLWithPath: "/usr/bin/git")
    }()

    /// Runs `git`, waiting through a termination handler (`waitUntilExit` adds ~40 ms on Linux).
    private static func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = gitExecutable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging([
            "GIT_AUTHOR_NAME": "Bench Editor", "GIT_AUTHOR_EMAIL": "bench@example.org",
            "GIT_COMMITTER_NAME": "Bench Editor", "GIT_COMMITTER_EMAIL": "bench@example.org",
        ]) { $1 }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        finished.wait()
        guard process.terminationStatus == 0 else { throw GitCommandFailed(arguments: ["git"] + arguments) }
    }

    /// Writes a file as editors' tools and git do, without `fsync` (Foundation's `Data.write` syncs).
    private static func writeFile(_ data: Data, to url: URL) throws {
        guard let file = fopen(url.path, "wb") else { throw GitCommandFailed(arguments: ["write", url.path]) }
        defer { fclose(file) }
        guard data.withUnsafeBytes({ fwrite($0.baseAddress, 1, $0.count, file) }) == data.count else {
            throw GitCommandFailed(arguments: ["write", url.path])
        }
    }

    private static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// A step of the benchmark failed: a `git` command of the baseline, or writing a file.
private struct GitCommandFailed: Error, CustomStringConvertible {
    let arguments: [String]
    var description: String { "\(arguments.joined(separator: " ")) failed" }
}
