import FactDeskKit
import FactDeskPluginHost
import Foundation

/// The external plugins of the workspace a command works in: the workspace holding the first
/// draft that lies in one, else the one holding the current folder.
struct WorkspacePlugins {
    /// The drafts of the run (`-` for standard input).
    var drafts: [String]
    /// Whether plugins run without being trusted.
    var trustsEveryPlugin = false

    /// The workspace's root folder, if there is one.
    var workspace: URL? {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        for draft in drafts where draft != "-" {
            let folder = URL(fileURLWithPath: draft, relativeTo: current).standardizedFileURL
                .deletingLastPathComponent()
            if let root = PluginConfiguration.workspaceRoot(from: folder) { return root }
        }
        return PluginConfiguration.workspaceRoot(from: current)
    }

    /// A checker per declared plugin; none outside a workspace.
    func checkers() throws -> [any Checker] {
        guard let workspace else { return [] }
        return try ExternalPlugins(
            trust: TrustStore.user(), trustsEveryPlugin: trustsEveryPlugin, host: "factdesk \(FactDeskVersion.current)"
        ).checkers(forWorkspace: workspace)
    }
}
