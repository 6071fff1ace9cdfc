import FactDeskChecking
import FactDeskKit
import FactDeskWorkspace
import Foundation

/// The workbench's way into its workspace: operations run on blocking threads, each thread with
/// its own open workspace (a ``Workspace`` is used by one thread at a time), and failures become
/// HTTP errors. Reads and writes have separate threads, so a long check or a wait for the
/// workspace lock never delays a page.
struct WorkspaceAccess: Sendable {
    let root: URL
    let options: WorkspaceOptions
    let check: WorkspaceDraftCheck
    private let reads = BlockingPool<Workspace>(name: "factdesk.reads", threads: 2)
    private let writes = BlockingPool<Workspace>(name: "factdesk.writes", threads: 2)

    init(configuration: WorkbenchConfiguration) {
        root = configuration.workspace
        options = configuration.workspaceOptions
        check = WorkspaceDraftCheck(
            catalog: configuration.catalog, factdeskVersion: configuration.factdeskVersion,
            checking: configuration.checking)
    }

    /// Runs a read-only operation on the workspace.
    func read<Result: Sendable>(_ body: @escaping @Sendable (Workspace) throws -> Result) async throws -> Result {
        try await reads.run(making: open) { workspace in try WorkbenchError.mapping { try body(workspace) } }
    }

    /// Runs an operation that adds revisions to the workspace.
    func write<Result: Sendable>(_ body: @escaping @Sendable (Workspace) throws -> Result) async throws -> Result {
        try await writes.run(making: open) { workspace in try WorkbenchError.mapping { try body(workspace) } }
    }

    /// The draft a URL names (its path under `drafts/`, percent-encoded), checked to stay inside
    /// the workspace's `drafts/` folder, symbolic links resolved.
    static func draft(named name: String, in workspace: Workspace) throws -> DraftPath {
        guard let decoded = name.removingPercentEncoding, !decoded.isEmpty, !decoded.contains("\0") else {
            throw WorkbenchError(.badRequest, "\(name): not a draft name")
        }
        let path = DraftPath.folder + "/" + decoded
        _ = try DraftPath(path)
        return try workspace.draftPath(for: path, relativeTo: workspace.root)
    }

    @Sendable private func open() throws -> Workspace {
        try WorkbenchError.mapping { try Workspace.find(from: root, options: options) }
    }
}
