import FactDeskChecking
import FactDeskKit
import FactDeskWorkspace
import Foundation

/// The workbench's way into its workspace: each operation opens the workspace afresh on a
/// blocking thread (a ``Workspace`` is used by one thread at a time) and turns failures into
/// HTTP errors. Reads and writes have separate threads, so a long check or a wait for the
/// workspace lock never delays a page.
struct WorkspaceAccess: Sendable {
    let root: URL
    let options: WorkspaceOptions
    let check: WorkspaceDraftCheck
    private let reads = BlockingPool(name: "factdesk.reads", threads: 2)
    private let writes = BlockingPool(name: "factdesk.writes", threads: 2)

    init(configuration: WorkbenchConfiguration) {
        root = configuration.workspace
        options = configuration.workspaceOptions
        check = WorkspaceDraftCheck(catalog: configuration.catalog, factdeskVersion: configuration.factdeskVersion)
    }

    /// Runs a read-only operation on the workspace.
    func read<Result: Sendable>(_ body: @escaping @Sendable (Workspace) throws -> Result) async throws -> Result {
        try await reads.run { try WorkbenchError.mapping { try body(try open()) } }
    }

    /// Runs an operation that adds revisions to the workspace.
    func write<Result: Sendable>(_ body: @escaping @Sendable (Workspace) throws -> Result) async throws -> Result {
        try await writes.run { try WorkbenchError.mapping { try body(try open()) } }
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

    private func open() throws -> Workspace {
        try Workspace.find(from: root, options: options)
    }
}
