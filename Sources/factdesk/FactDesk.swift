import ArgumentParser
import Foundation

/// `factdesk`: the editorial fact-check workbench's command line.
@main
struct FactDesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factdesk",
        abstract: "Check news drafts for wrong dates, numbers and names before publication.",
        version: FactDeskVersion.current,
        subcommands: [
            Check.self, Checkers.self, Extract.self, Init.self, Log.self, Show.self, Diff.self, History.self,
            Dismiss.self, Accept.self, Publish.self, Push.self, Pull.self, Reference.self, Rules.self,
            Plugins.self, Serve.self, LanguageServerCommand.self,
        ])

    /// Parses and runs a command; usage errors exit with status 2, as the contract says.
    static func main() async {
        // A plugin or worker that exits without reading its input must not kill us.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The version of FactDesk, recorded in annotated revisions and SARIF output.
enum FactDeskVersion {
    static let current = "0.1.0"
}
