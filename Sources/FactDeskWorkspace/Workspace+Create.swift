import FactDeskGit
import Foundation

extension Workspace {
    /// The `factdesk.yml` of a new workspace made without a template.
    static let defaultConfiguration = """
        # FactDesk workspace configuration.
        # Without a checkers: list, a check runs the built-in checkers (date, number, name, parity),
        # the rule packs of rules/ and the plugins declared here; a list runs only the checkers it names.
        # checkers: [date, number, name]
        # languages: [fr]          # the drafts' languages; with one, --lang auto takes every draft to be in it
        # author: "Name <email>"   # signs revisions; else FACTDESK_AUTHOR, else git's user.name and user.email

        """

    /// Creates a workspace: a git repository on branch `main` with `factdesk.yml`, the five
    /// folders and a first revision.
    /// - Parameters:
    ///   - url: the folder to create; it must not exist or be empty.
    ///   - template: a folder whose files (drafts, reference data, `factdesk.yml`…) are copied
    ///     in first; symbolic links and `.git` are skipped.
    ///   - options: environment, clock and lock timeout.
    /// - Throws: ``WorkspaceError/alreadyExists(path:)``, ``WorkspaceError/noAuthor``, or a file error.
    public static func create(at url: URL, template: URL? = nil, options: WorkspaceOptions = WorkspaceOptions()) throws
        -> Workspace
    {
        try guarded {
            let manager = FileManager.default
            if let contents = try? manager.contentsOfDirectory(atPath: url.path), !contents.isEmpty {
                throw WorkspaceError.alreadyExists(path: url.path)
            }
            do {
                for folder in folders {
                    let path = url.appendingPathComponent(folder, isDirectory: true)
                    try manager.createDirectory(at: path, withIntermediateDirectories: true)
                    try Data().write(to: path.appendingPathComponent(".gitkeep"))
                }
                try Data(defaultConfiguration.utf8).write(to: url.appendingPathComponent(configurationFile))
                if let template { try copyTemplate(template, into: url) }
            } catch let error as WorkspaceError {
                throw error
            } catch {
                throw WorkspaceError.fileError(path: url.path, reason: error.localizedDescription)
            }
            let repository = try Repository.create(at: url)
            let workspace = Workspace(root: url.resolvingSymlinksInPath(), repository: repository, options: options)
            try workspace.locked {
                let author = try workspace.author()
                let tree = try repository.stageWorkingTree()
                let commit = try repository.createCommit(
                    tree: tree, parents: [], author: author, committer: author, message: RevisionMessage.create)
                try repository.updateReference(
                    "refs/heads/main", to: commit, expecting: nil, message: "factdesk: create")
            }
            return workspace
        }
    }

    /// Copies a template's regular files and folders, replacing files of the same name.
    private static func copyTemplate(_ template: URL, into destination: URL) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: template.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw WorkspaceError.fileError(path: template.path, reason: "no such template folder")
        }
        for name in try manager.contentsOfDirectory(atPath: template.path) where name != ".git" {
            let source = template.appendingPathComponent(name)
            let target = destination.appendingPathComponent(name)
            let attributes = try manager.attributesOfItem(atPath: source.path)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?:
                try manager.createDirectory(at: target, withIntermediateDirectories: true)
                try copyTemplate(source, into: target)
            case .typeRegular?:
                if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
                try manager.copyItem(at: source, to: target)
            default:
                continue
            }
        }
    }
}
