import FactDeskKit
import FactDeskPluginHost
import Foundation

/// The external plugins a workspace declares, as checkers.
struct WorkspacePlugins {
    /// The workspace's root folder, if the run is in one.
    var workspace: URL?
    /// Whether plugins run without being trusted.
    var trustsEveryPlugin = false

    /// A checker per declared plugin; none outside a workspace.
    func checkers() throws -> [any Checker] {
        guard let workspace else { return [] }
        return try ExternalPlugins(
            trust: TrustStore.user(), trustsEveryPlugin: trustsEveryPlugin, host: "factdesk \(FactDeskVersion.current)"
        ).checkers(forWorkspace: workspace)
    }
}
