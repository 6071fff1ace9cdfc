import FactDeskGit
import Foundation

extension Workspace {
    /// What a check's result depends on besides the draft and FactDesk itself: `factdesk.yml`
    /// and the `reference/`, `rules/` and `plugins/` folders. Each check revision holds them as
    /// they were when it was made, so that history can show the facts a finding cited and check
    /// the draft again with them (`factdesk show REV --recheck`).
    public static let configurationPaths = [configurationFile, "reference", "rules", "plugins"]

    /// The configuration files of the work tree that differ from those of `tree`: files to
    /// write and paths to remove. Both are empty when nothing changed, and then nothing is
    /// written: each file's id is computed from its content without storing it.
    ///
    /// Only regular files are taken; symbolic links (which could lead out of the workspace) and
    /// anything else are left out.
    func configurationChanges(since tree: ObjectID?) throws -> (files: [RevisionFile], removed: [String]) {
        var committed: [String: TreeEntry] = [:]
        if let tree {
            for path in Workspace.configurationPaths {
                guard let entry = try repository.entry(at: path, in: tree) else { continue }
                let entries = entry.kind == .tree ? try repository.files(under: path, in: tree) : [entry]
                for file in entries where file.kind == .blob { committed[file.path] = file }
            }
        }
        var files: [RevisionFile] = []
        for (path, executable) in configurationFilesOnDisk() {
            let url = root.appendingPathComponent(path)
            guard let content = FileManager.default.contents(atPath: url.path) else {
                throw WorkspaceError.fileError(path: path, reason: "cannot be read")
            }
            let stored = committed.removeValue(forKey: path)
            if let stored, stored.isExecutable == executable, try ObjectID.blobID(of: content) == stored.id { continue }
            files.append(RevisionFile(path: path, content: content, writesWorkTree: false, executable: executable))
        }
        return (files, committed.keys.sorted())
    }

    /// The regular files of the configuration in the work tree, by path from the root, with
    /// whether each is executable.
    private func configurationFilesOnDisk() -> [(path: String, executable: Bool)] {
        var found: [(path: String, executable: Bool)] = []
        var pending = Workspace.configurationPaths
        while let path = pending.popLast() {
            var status = stat()
            guard lstat(root.appendingPathComponent(path).path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                found.append((path, status.st_mode & 0o111 != 0))
            case S_IFDIR where !path.hasSuffix("/.git"):
                let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(path).path)) ?? []
                pending += names.map { path + "/" + $0 }
            default:
                continue
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
