import Foundation

extension Workspace {
    /// The draft a path names, checked to stay inside the workspace's `drafts/` folder.
    ///
    /// The path is taken relative to `folder` (usually the current folder); when nothing exists
    /// there and it starts with `drafts/`, it is taken from the workspace root, so
    /// `drafts/x.md` names the same draft from anywhere in the workspace. Symbolic links are
    /// resolved before the check, so a link pointing outside is refused.
    /// - Throws: ``WorkspaceError/outsideWorkspace(path:)`` or ``WorkspaceError/notADraft(path:)``.
    public func draftPath(for path: String, relativeTo folder: URL) throws -> DraftPath {
        let manager = FileManager.default
        var url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        if !manager.fileExists(atPath: url.path), !path.hasPrefix("/"),
            path.hasPrefix(DraftPath.folder + "/")
        {
            url = root.appendingPathComponent(path)
        }
        url = url.standardizedFileURL
        let resolved: URL
        if manager.fileExists(atPath: url.path) {
            resolved = url.resolvingSymlinksInPath()
        } else {
            resolved = url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(
                url.lastPathComponent)
        }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard resolved.path.hasPrefix(rootPath) else { throw WorkspaceError.outsideWorkspace(path: path) }
        return try DraftPath(String(resolved.path.dropFirst(rootPath.count)))
    }
}
