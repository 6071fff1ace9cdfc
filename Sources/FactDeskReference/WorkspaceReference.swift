import Foundation

/// Where a workspace keeps its reference data: the `reference/` folder next to its
/// `factdesk.yml`.
public enum WorkspaceReference {
    /// The file that marks a workspace's root.
    public static let configurationFile = "factdesk.yml"

    /// The `reference/` folder of the workspace holding a draft — the nearest folder, from the
    /// draft's up, with `factdesk.yml` — when there is one and it has that folder. The path is
    /// relative to the current folder when inside it, so diagnostics read short.
    public static func folder(forDraft path: String) -> String? {
        guard path != "-" else { return nil }
        let manager = FileManager.default
        var folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while true {
            if manager.fileExists(atPath: folder.appendingPathComponent(configurationFile).path) {
                let reference = folder.appendingPathComponent("reference")
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: reference.path, isDirectory: &isFolder), isFolder.boolValue else {
                    return nil
                }
                return relativeToCurrentFolder(reference.path)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The reference paths of a check: those given, then the workspace folders of the drafts
    /// that none of the given paths already covers.
    /// - Parameters:
    ///   - given: the `--reference` paths, as given.
    ///   - drafts: the drafts' paths (`-` for standard input).
    public static func paths(given: [String], drafts: [String]) -> [String] {
        let covered = given.map(absolute)
        var paths = given
        for folder in drafts.compactMap(self.folder(forDraft:)) where !paths.contains(folder) {
            let path = absolute(folder)
            guard !covered.contains(where: { path == $0 || path.hasPrefix($0 + "/") || $0.hasPrefix(path + "/") })
            else { continue }
            paths.append(folder)
        }
        return paths
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func relativeToCurrentFolder(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
