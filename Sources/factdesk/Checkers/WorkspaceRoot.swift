import FactDeskPluginHost
import FactDeskReference
import Foundation

/// The folder of a workspace: the nearest one, from a draft's folder (or the current folder)
/// up, that holds `factdesk.yml`.
struct WorkspaceRoot {
    /// The workspace folder, absolute.
    let url: URL

    /// The workspace folder, relative to the current folder when inside it.
    var path: String {
        let current = FileManager.default.currentDirectoryPath
        if url.path == current { return "." }
        return url.path.hasPrefix(current + "/") ? String(url.path.dropFirst(current.count + 1)) : url.path
    }

    /// The workspace holding a draft, or the current folder when `draft` is `nil`.
    static func find(from draft: String?) -> WorkspaceRoot? {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let start =
            draft.map { URL(fileURLWithPath: $0, relativeTo: current).standardizedFileURL.deletingLastPathComponent() }
            ?? current.standardizedFileURL
        return PluginConfiguration.workspaceRoot(from: start).map(WorkspaceRoot.init(url:))
    }

    /// The workspace of a run: the one holding the first draft that lies in a workspace (`-`,
    /// standard input, lies nowhere), else the one holding the current folder.
    static func find(forDrafts drafts: [String]) -> WorkspaceRoot? {
        for draft in drafts where draft != "-" {
            if let root = find(from: draft) { return root }
        }
        return find(from: nil)
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
}
