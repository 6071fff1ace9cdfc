import Foundation

/// The drafts a `check` run is about: the files named, each folder named walked for `.md` and
/// `.txt` files (in path order, hidden entries and the workspace's `exclude:` patterns left
/// out), and with no argument the `drafts/` folder of the workspace holding the current folder.
struct DraftDiscovery {
    /// The file extensions of drafts, in lowercase.
    static let extensions: Set<String> = ["md", "txt"]

    /// The drafts for `arguments` (`-` stays as it is).
    /// - Throws: ``DraftDiscoveryError`` with no argument outside a workspace, and
    ///   ``CheckerSettingsError`` when `exclude:` is malformed.
    func drafts(for arguments: [String]) throws -> [String] {
        if arguments.isEmpty {
            guard let workspace = WorkspaceRoot.find(from: nil) else { throw DraftDiscoveryError.noDraftsGiven }
            return try walk(workspace.path == "." ? "drafts" : workspace.path + "/drafts")
        }
        var drafts: [String] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            if argument != "-", FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
                isFolder.boolValue
            {
                drafts += try walk(argument)
            } else {
                drafts.append(argument)
            }
        }
        return drafts
    }

    /// The drafts under a folder, as paths that start with the folder as written (none for `.`).
    private func walk(_ folder: String) throws -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let workspace = WorkspaceRoot.find(from: base + "/x")
        let patterns = try workspace.map { ExcludePatterns(try ExcludeSettings.read($0.configurationFile)) }
        let rootPath = workspace?.url.standardizedFileURL.resolvingSymlinksInPath().path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)

        /// The path from the workspace's root, when the entry lies in it.
        func fromRoot(_ path: String) -> String? {
            guard let rootPath else { return nil }
            let absolute = URL(fileURLWithPath: path, relativeTo: current).standardizedFileURL
                .resolvingSymlinksInPath().path
            return absolute.hasPrefix(rootPath + "/") ? String(absolute.dropFirst(rootPath.count + 1)) : nil
        }

        var drafts: [String] = []
        var pending = [base]
        while let next = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: next)) ?? []
            for name in names where !name.hasPrefix(".") {
                let path = next == "." ? name : next + "/" + name
                let isFolder = Self.isFolder(path)
                if let patterns, let relative = fromRoot(path), patterns.excludes(relative, isFolder: isFolder) {
                    continue
                }
                if isFolder {
                    pending.append(path)
                } else if Self.extensions.contains((name as NSString).pathExtension.lowercased()) {
                    drafts.append(path)
                }
            }
        }
        return drafts.sorted()
    }

    /// Whether `path` is a folder itself, not a link to one (which is never walked into): one
    /// `lstat`, far cheaper than Foundation's resource values for each of many drafts.
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

/// Why a run has no drafts to check.
enum DraftDiscoveryError: Error, CustomStringConvertible {
    case noDraftsGiven

    var description: String {
        switch self {
        case .noDraftsGiven: "no draft given: name drafts or folders, or run inside a workspace to check its drafts/"
        }
    }
}
