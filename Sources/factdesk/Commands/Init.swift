import ArgumentParser
import FactDeskWorkspace
import Foundation

/// `factdesk init DIR [--template NAME]`: creates a workspace.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Create a workspace: a git repository with factdesk.yml, reference/, rules/, drafts/, annotations/ and decisions/.")

    @Argument(help: ArgumentHelp("The folder to create (it must not exist or be empty).", valueName: "DIR"))
    var directory: String

    @Option(
        help: ArgumentHelp(
            "An example workspace to start from: a name from the project's Workspaces/ folder, or a folder path.",
            valueName: "NAME"))
    var template: String?

    @Option(help: "Output format: text or json.")
    var format: ListFormat = .text

    func run() throws {
        try WorkspaceCommand.run {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-init-\(UUID())")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let templateFolder = try template.map { try TemplatePlugins.staged(Init.locateTemplate($0), in: scratch) }
            let workspace = try Workspace.create(
                at: URL(fileURLWithPath: directory, relativeTo: WorkspaceCommand.currentFolder).standardizedFileURL,
                template: templateFolder)
            switch format {
            case .text: WorkspaceCommand.print("created workspace \(workspace.root.path)")
            case .json: try WorkspaceCommand.printJSON(["schema": "factdesk.init/1", "workspace": workspace.root.path])
            }
        }
    }

    /// A template by folder path, or by name in, in order: the folders of `FACTDESK_TEMPLATES`
    /// (colon-separated), `share/factdesk/Workspaces` next to the executable's folder, and the
    /// source tree's `Workspaces/` (for builds run from a checkout).
    static func locateTemplate(_ name: String) throws -> URL {
        let manager = FileManager.default
        if name.contains("/") { return URL(fileURLWithPath: name, relativeTo: WorkspaceCommand.currentFolder) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders =
            (ProcessInfo.processInfo.environment["FACTDESK_TEMPLATES"]?.split(separator: ":").map {
                URL(fileURLWithPath: String($0))
            } ?? []) + [
                executable.deletingLastPathComponent().appendingPathComponent("../share/factdesk/Workspaces"),
                sourceTree.appendingPathComponent("Workspaces"),
            ]
        for folder in folders where manager.fileExists(atPath: folder.appendingPathComponent(name).path) {
            return folder.appendingPathComponent(name).standardizedFileURL
        }
        throw WorkspaceError.fileError(
            path: name,
            reason: "no such template (looked in \(folders.map(\.standardizedFileURL.path).joined(separator: ", ")))")
    }
}
