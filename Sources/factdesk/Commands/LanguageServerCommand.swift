import ArgumentParser
import FactDeskLanguageServer
import Foundation

/// `factdesk lsp`: a language server over standard input and output, for editors.
struct LanguageServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run a language server (LSP 3.17 over stdio) that checks Markdown and text drafts as they are typed.",
        discussion: """
            Diagnostics are the findings of `factdesk check --stdin-path FILE --no-commit` on the \
            unsaved text. Settings (initializationOptions or workspace/didChangeConfiguration): \
            factdesk.commitOnSave (off by default) records a revision when a draft of a workspace \
            is saved.
            """)

    @Flag(help: .hidden)
    var worker = false

    func run() async throws {
        if worker {
            await CheckWorkerLoop().run()
            return
        }
        let server = LanguageServer(
            transport: MessageTransport(input: .standardInput, output: .standardOutput),
            checking: WarmCheckWorker(), version: FactDeskVersion.current)
        do {
            throw ExitCode(try server.run())
        } catch let error as FramingError {
            throw ExitCode(Diagnostics.usage("lsp: \(error)"))
        }
    }
}
