import FactDeskGit
import Foundation

/// Why a check revision cannot be checked again as it was made.
public struct ReplayRefusal: Error, Equatable, CustomStringConvertible {
    /// One line naming the revision and the reason.
    public let description: String
}

extension Workspace {
    /// Writes the files a revision holds under ``configurationPaths`` (and `drafts/`) into
    /// `folder`, which becomes a copy of the workspace as it was checked at that revision
    /// (without its history): the work tree is never touched. Executable files stay executable.
    /// - Parameters:
    ///   - revision: a commit id or prefix, `HEAD~N`, or a tag.
    ///   - folder: an existing, empty folder.
    ///   - includingDrafts: whether the drafts are written too, to check them again.
    /// - Throws: ``WorkspaceError/unknownRevision(_:)``, or a file error.
    public func exportCheckedFiles(of revision: String, to folder: URL, includingDrafts: Bool) throws {
        try guarded {
            let tree = try repository.treeID(of: try commit(named: revision))
            for path in Workspace.configurationPaths + (includingDrafts ? [DraftPath.folder] : []) {
                guard let entry = try repository.entry(at: path, in: tree) else { continue }
                for file in entry.kind == .tree ? try repository.files(under: path, in: tree) : [entry]
                where file.kind == .blob {
                    try write(file, to: folder)
                }
            }
        }
    }

    /// Refuses a check revision whose reference data is not the `reference/` its commit holds:
    /// one checked with `--reference` files from elsewhere, or made before revisions held their
    /// configuration.
    /// - Parameters:
    ///   - revision: the revision, as named by the user.
    ///   - run: the run metadata it recorded.
    /// - Throws: ``ReplayRefusal``.
    public func requireCommittedReference(revision: String, run: RunMetadata) throws {
        let committed = try guarded {
            let tree = try repository.treeID(of: try commit(named: revision))
            return try RunMetadata.referenceDigest(
                ofBlobs: try repository.files(under: "reference", in: tree).map { ($0.path, $0.id) })
        }
        guard committed == run.referenceDigest else {
            throw ReplayRefusal(
                description: "revision \(revision) was checked with reference data its commit does not hold "
                    + "(given with --reference, or checked before revisions held their configuration)")
        }
    }

    /// Writes one stored file under `folder`, refusing a path that could lead out of it.
    private func write(_ file: TreeEntry, to folder: URL) throws {
        let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
        guard !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw WorkspaceError.outsideWorkspace(path: file.path)
        }
        let destination = folder.appendingPathComponent(file.path)
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try repository.blob(file.id).write(to: destination)
            if file.isExecutable {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: destination.path)
            }
        } catch {
            throw WorkspaceError.fileError(path: file.path, reason: error.localizedDescription)
        }
    }
}
