import ArgumentParser
import FactDeskKit
import FactDeskPluginHost
import Foundation

/// `factdesk plugins test [ID]...`: runs the rule examples each plugin declares in its
/// handshake, through the host, as written and in the variants that move offsets.
struct PluginsTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the rule examples of the workspace's external plugins (all, or those named).",
        discussion: """
            Each plugin is started as check starts it, and each example of its handshake is checked \
            as written, after a multi-byte prefix, with CRLF line endings, in NFD and with French \
            typography: the findings must fall exactly on the ⟦…⟧ marks. Exit status: 0 when every \
            example passes, 1 when one fails, 2 when a plugin is not trusted, cannot start, is \
            refused at its handshake or declares no example.
            """)

    @OptionGroup var options: PluginWorkspaceOptions

    @Flag(help: "Run the plugins even if this machine does not trust them (as check --trust-plugins).")
    var trustPlugins = false

    @Argument(help: ArgumentHelp("The plugins to test (default: every declared plugin).", valueName: "ID"))
    var ids: [String] = []

    func run() throws {
        let declarations = try options.selected(ids)
        var output = ""
        var examples = 0
        var runs = 0
        var failures = 0
        for declaration in declarations {
            let run = try PluginExampleRun(try started(declaration))
            guard run.examples > 0 else {
                throw ExitCode(
                    Diagnostics.usage(
                        "plugin \(declaration.id) declares no rule examples in its handshake: "
                            + "give each rule \"examples\" (see README \"The protocol\")"))
            }
            output += run.failures.map { "\($0)\n" }.joined()
            examples += run.examples
            runs += run.runs
            failures += run.failures.count
        }
        let variants = RuleExample.Variant.allCases.count
        output +=
            "\(examples) \(examples == 1 ? "example" : "examples") in \(variants) variants (\(runs) runs) of "
            + "\(declarations.count) \(declarations.count == 1 ? "plugin" : "plugins"): "
            + (failures == 0 ? "all pass" : "\(failures) failed") + "\n"
        FileHandle.standardOutput.write(Data(output.utf8))
        if failures > 0 { throw ExitCode(1) }
    }

    /// The plugin started as `check` starts it, or exit status 2 saying why it cannot be.
    private func started(_ declaration: PluginDeclaration) throws -> ExternalPluginChecker {
        do {
            let executable: URL
            if trustPlugins {
                executable = try ExecutableLocator.locate(declaration)
            } else {
                switch try TrustStore.user().status(of: declaration) {
                case .trusted(let fingerprint): executable = URL(fileURLWithPath: fingerprint.command)
                case .untrusted, .changed:
                    throw ExitCode(
                        Diagnostics.usage(
                            "plugin \(declaration.id) is not trusted on this machine "
                                + "(factdesk plugins trust \(declaration.id), or --trust-plugins)"))
                case .unavailable(let error): throw error
                }
            }
            return try ExternalPluginChecker(
                declaration: declaration, executable: executable, host: "factdesk \(FactDeskVersion.current)")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ExitCode(Diagnostics.usage("plugin \(declaration.id): \(error)"))
        }
    }
}
