import ArgumentParser
import FactDeskEngine
import FactDeskReport
import FactDeskServer
import FactDeskWorkspace
import Foundation

/// `factdesk serve [--port N] [--host H] [--token T] [WORKSPACE]`: the web workbench.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the workspace in a local web workbench: check, review and decide in the browser.",
        discussion: """
            Binds 127.0.0.1 by default. Another address makes the workbench reachable from other \
            machines: it then needs --token, and every request must carry it.
            """)

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to bind.")
    var host: String = "127.0.0.1"

    @Option(
        help: ArgumentHelp(
            "A secret every request must carry (required with a non-loopback --host).", valueName: "TOKEN"))
    var token: String?

    @Option(
        name: .customLong("body-limit"), help: ArgumentHelp("The largest request body, in bytes.", valueName: "BYTES"))
    var bodyLimit: Int = WorkbenchConfiguration.defaultBodyLimit

    @Argument(
        help: ArgumentHelp("The workspace (default: the one holding the current folder).", valueName: "WORKSPACE"))
    var workspace: String?

    func validate() throws {
        do {
            _ = try settings(root: WorkspaceCommand.currentFolder, catalog: CheckerCatalog([]))
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() async throws {
        let root: URL
        let catalog: CheckerCatalog
        let notices: [RunNotice]
        do {
            root = try Workspace.find(
                from: URL(fileURLWithPath: workspace ?? ".", relativeTo: WorkspaceCommand.currentFolder)
            ).root
            // The assembly finds the workspace from a file in it, as from a draft.
            let assembly = CheckerAssembly(drafts: [root.appendingPathComponent("factdesk.yml").path])
            let checkers = try assembly.checkers()
            let (running, untrusted) = try PluginNotices.split(
                CheckerCatalog(checkers).selecting(try assembly.defaultCheckerIDs(among: checkers)))
            (catalog, notices) = (running, untrusted + (try assembly.unlistedNotices(among: checkers)))
        } catch {
            throw ExitCode(Diagnostics.usage("\(error)"))
        }
        let configuration = try settings(root: root, catalog: catalog)
        notices.forEach { FileHandle.standardError.write(Data(($0.line + "\n").utf8)) }
        // Serve from the workspace's root, as `factdesk check` run there: the reference data's
        // paths in findings' evidence then read `reference/…` whoever checks.
        guard FileManager.default.changeCurrentDirectoryPath(root.path) else {
            throw ExitCode(Diagnostics.usage("\(root.path): cannot serve from the workspace's folder"))
        }
        if !WorkbenchConfiguration.isLoopback(host) {
            Diagnostics.error(
                "warning: --host \(host) makes the workbench reachable from other machines; every request needs the token"
            )
        }
        let displayHost = host.contains(":") ? "[\(host)]" : host
        try await Workbench(configuration: configuration).run { port in
            WorkspaceCommand.print("FactDesk workbench for \(root.path): http://\(displayHost):\(port)/")
        }
    }

    private func settings(root: URL, catalog: CheckerCatalog) throws(WorkbenchConfigurationError)
        -> WorkbenchConfiguration
    {
        try WorkbenchConfiguration(
            workspace: root, host: host, port: port, accessToken: token, bodyLimit: bodyLimit, catalog: catalog,
            checking: WorkerTextChecking(), factdeskVersion: FactDeskVersion.current)
    }
}
