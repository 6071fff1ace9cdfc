import FactDeskReference
import Foundation

/// The folder of a workspace: the nearest one, from a draft's folder (or the current folder)
/// up, that holds `factdesk.yml`.
struct WorkspaceRoot {
    /// The workspace folder, relative to the current folder when inside it.
    let path: String

    /// The workspace holding a draft, or the current folder when `draft` is `nil`.
    static func find(from draft: String?) -> WorkspaceRoot? {
        let manager = FileManager.default
        var folder =
            draft.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent() }
            ?? URL(fileURLWithPath: manager.currentDirectoryPath, isDirectory: true).standardizedFileURL
        while true {
            if manager.fileExists(atPath: folder.appendingPathComponent(WorkspaceReference.configurationFile).path) {
                return WorkspaceRoot(path: relativeToCurrentFolder(folder.path))
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// `factdesk.yml`.
    var configurationFile: String { join(WorkspaceReference.configurationFile) }

    /// The `rules/` folder, when the workspace has one.
    var rulesFolder: String? {
        var isFolder: ObjCBool = false
        let rules = join("rules")
        return FileManager.default.fileExists(atPath: rules, isDirectory: &isFolder) && isFolder.boolValue ? rules : nil
    }

    private func join(_ name: String) -> String {
        path == "." ? name : (path as NSString).appendingPathComponent(name)
    }

    private static func relativeToCurrentFolder(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        if path == current { return "." }
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
