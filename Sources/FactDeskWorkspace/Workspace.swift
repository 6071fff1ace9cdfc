import FactDeskGit
import Foundation

/// A FactDesk workspace: an ordinary git repository, written only through libgit2, holding
/// `factdesk.yml`, `reference/`, `rules/`, `drafts/`, `annotations/` and `decisions/`.
///
/// Every check of a draft adds one revision (a commit) holding the draft as checked and its
/// findings; editors' decisions are revisions too. The history commands read them back. A
/// workspace object must be used from one thread at a time; separate processes (or separate
/// objects) are serialised by a lock, so no revision is ever lost.
public final class Workspace {
    /// The configuration file at the workspace's root, which marks a folder as a workspace.
    public static let configurationFile = "factdesk.yml"
    /// The folders every workspace has.
    public static let folders = ["reference", "rules", "drafts", "annotations", "decisions"]

    /// The workspace's root folder (the git work tree), with symbolic links resolved.
    public let root: URL
    let repository: Repository
    let options: WorkspaceOptions
    /// Annotations files decoded from their blobs, by blob id (see ``decodedAnnotations(_:path:)``).
    var decodedAnnotations: [ObjectID: AnnotationFile] = [:]

    init(root: URL, repository: Repository, options: WorkspaceOptions) {
        self.root = root
        self.repository = repository
        self.options = options
    }

    /// Finds the workspace holding a file or folder, walking up through its parents.
    /// - Parameters:
    ///   - url: a file or folder inside the workspace.
    ///   - options: environment, clock and lock timeout.
    /// - Throws: ``WorkspaceError/notAWorkspace(path:)`` when no parent is a git work tree with
    ///   `factdesk.yml` at its root; ``WorkspaceError/corrupted(detail:)`` for a damaged one.
    public static func find(from url: URL, options: WorkspaceOptions = WorkspaceOptions()) throws -> Workspace {
        try guarded {
            var start = url.standardizedFileURL
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: start.path, isDirectory: &isFolder) || !isFolder.boolValue {
                start = start.deletingLastPathComponent()
            }
            guard let repository = try Repository.discover(from: start), let workTree = repository.workingDirectory,
                FileManager.default.fileExists(atPath: workTree.appendingPathComponent(configurationFile).path)
            else { throw WorkspaceError.notAWorkspace(path: url.path) }
            return Workspace(root: workTree.resolvingSymlinksInPath(), repository: repository, options: options)
        }
    }

    /// Runs `body`, turning FactDeskGit's errors into ``WorkspaceError``s.
    static func guarded<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch {
            throw WorkspaceError.wrapping(error)
        }
    }

    func guarded<Result>(_ body: () throws -> Result) throws -> Result {
        try Workspace.guarded(body)
    }

    /// Holds the workspace lock while `body` runs.
    func locked<Result>(_ body: () throws -> Result) throws -> Result {
        let lock = try WorkspaceLock(
            file: repository.gitDirectory.appendingPathComponent("factdesk.lock"), timeout: options.lockTimeout)
        return try withExtendedLifetime(lock) { try guarded(body) }
    }
}
