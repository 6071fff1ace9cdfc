import ArgumentParser
import FactDeskRulePacks
import Foundation

/// `factdesk rules test [PATH...]`: runs every rule's examples.
struct RulesTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every rule's examples of rule packs and report those that fail.",
        discussion: """
            Exit status: 0 when every example passes, 1 when one fails (each is reported with its \
            file and line), 2 when a pack cannot be read or is malformed, or when the paths hold no pack.
            """)

    @Argument(help: ArgumentHelp("Pack files or folders; default: the workspace's rules/ folder.", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        let packs: [RulePack]
        let paths = try resolvedPaths()
        do {
            packs = try RulePackLoader().load(paths)
        } catch let error as RulePackError {
            FileHandle.standardError.write(Data(error.diagnostics.map { "\($0)\n" }.joined().utf8))
            throw ExitCode(2)
        }
        guard !packs.isEmpty else {
            throw ExitCode(
                Diagnostics.usage(
                    "no rule pack (.yml or .yaml file) in \(paths.joined(separator: ", ")): add one, see README \"Rule packs\""))
        }
        let run = RuleExampleRun(packs)
        let failures = run.failures.map { "\($0)\n" }.joined()
        let rules = packs.reduce(0) { $0 + $1.rules.count }
        let summary =
            "\(run.examples) \(run.examples == 1 ? "example" : "examples") of \(rules) \(rules == 1 ? "rule" : "rules") "
            + "in \(packs.count) \(packs.count == 1 ? "pack" : "packs"): "
            + (failures.isEmpty ? "all pass" : "\(run.failures.count) failed") + "\n"
        FileHandle.standardOutput.write(Data((failures + summary).utf8))
        if !run.failures.isEmpty { throw ExitCode(1) }
    }

    /// The paths given, or the workspace's `rules/` folder.
    private func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        guard let workspace = WorkspaceRoot.find(from: nil) else {
            throw ExitCode(Diagnostics.usage("no rule pack given and no workspace (factdesk.yml) here or above"))
        }
        guard let rules = workspace.rulesFolder else {
            throw ExitCode(Diagnostics.usage("\(workspace.path): the workspace has no rules/ folder"))
        }
        return [rules]
    }
}
