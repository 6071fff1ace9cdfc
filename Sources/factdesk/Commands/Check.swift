import ArgumentParser
import FactDeskKit
import Foundation

/// `factdesk check`: checks drafts and prints the findings.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check drafts for wrong dates, numbers and names.",
        discussion: """
            Exit status: 0 when nothing is at or above --fail-on, 1 when something is, \
            2 for bad usage or a draft that cannot be read (the other drafts are still checked).
            """)

    @OptionGroup var draft: DraftOptions

    @Option(help: "Output format: text, json, sarif or html.")
    var format: CheckFormat = .text

    @Option(name: .customLong("reference"), help: ArgumentHelp("Reference data file or folder (repeatable).", valueName: "PATH"))
    var references: [String] = []

    @Option(name: .customLong("checker"), help: ArgumentHelp("Run only this checker (repeatable).", valueName: "ID"))
    var checkers: [String] = []

    @Option(
        name: .customLong("enable"),
        help: ArgumentHelp(
            "Report a rule that is off by default, such as number/unverified-claim (repeatable).",
            valueName: "CHECKER/RULE"))
    var enabledRules: [String] = []

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
    var failOn: FailThreshold = .error

    @Flag(name: .customLong("no-commit"), help: "Check without committing a revision to the workspace.")
    var noCommit = false

    @Flag(
        name: .customLong("show-decided"),
        help: "Show findings an editor dismissed or accepted in full, not as one short line (text format).")
    var showDecided = false

    @Flag(name: .customLong("trust-plugins"), help: "Run the workspace's external plugins even if not trusted on this machine (for CI).")
    var trustPlugins = false

    @Option(
        name: .customLong("stdin-path"),
        help: ArgumentHelp(
            "The file the text read from standard input (-) stands for: its language, workspace and reference data are that file's (needs --no-commit).",
            valueName: "PATH"))
    var stdinPath: String?

    @Option(
        help: ArgumentHelp(
            "How many drafts are checked at once (default: the number of cores).", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        help: ArgumentHelp(
            "The draft's version in another language, compared by the parity checker (else its front matter's translation-of: or NAME.fr.md / NAME.en.md).",
            valueName: "OTHER"))
    var counterpart: String?

    @Argument(
        help: ArgumentHelp(
            "Drafts or folders to check (a folder's .md and .txt files); - reads standard input. "
                + "None: the drafts/ of the workspace holding the current folder.",
            valueName: "FILE"))
    var files: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        if counterpart != nil {
            var isFolder: ObjCBool = false
            let oneDraft = files.count == 1
                && !(FileManager.default.fileExists(atPath: files[0], isDirectory: &isFolder) && isFolder.boolValue)
            guard oneDraft else {
                throw ValidationError("--counterpart is the other version of one draft: give exactly one FILE, not a folder")
            }
        }
        if stdinPath != nil {
            guard files.contains("-") else { throw ValidationError("--stdin-path names the text of -, which is not given") }
            guard noCommit else {
                throw ValidationError("--stdin-path needs --no-commit: the text read is not the file's, so it is not committed")
            }
        }
    }

    /// The drafts as the run sees them: `-` stands for `--stdin-path` when it is given.
    func named(_ drafts: [String]) -> [String] {
        drafts.map { $0 == "-" ? stdinPath ?? "-" : $0 }
    }

    func run() async throws {
        let status: Int32
        if CheckSupervisor.isWorker {
            status = await CheckRun(command: self).execute()
        } else {
            status = CheckSupervisor.supervise(arguments: Array(CommandLine.arguments.dropFirst()), readsStandardInput: files.contains("-"))
        }
        throw ExitCode(status)
    }
}

/// `check --format` values.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, html
}

/// `--fail-on` values.
enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    /// The lowest severity that fails the run, or `nil` for never.
    var severity: Severity? { Severity(rawValue: rawValue) }
}
