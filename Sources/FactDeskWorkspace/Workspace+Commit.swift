import FactDeskGit
import Foundation

/// A file to store in a new revision.
struct RevisionFile {
    /// The path from the workspace root.
    let path: String
    /// The content.
    let content: Data
    /// Whether FactDesk owns the work-tree copy and writes it (annotations, decisions), or the
    /// editor does (drafts), in which case only the index is updated.
    let writesWorkTree: Bool
}

extension Workspace {
    /// Adds one revision on top of `head`, atomically: the objects are written first, then the
    /// branch moves in one compare-and-swap; only then are the work-tree copies put in place
    /// (by renaming files prepared beforehand) and the index updated. If the branch moved in
    /// the meantime, nothing is changed. Call it while holding the lock.
    /// - Returns: the new commit.
    @discardableResult
    func addRevision(_ files: [RevisionFile], message: String, onto head: BranchHead) throws -> ObjectID {
        let author = try author()
        let blobs = try files.map { try repository.writeBlob($0.content) }
        let base = try head.commit.map(repository.treeID(of:))
        let tree = try repository.makeTree(
            from: base, applying: zip(files, blobs).map { TreeUpdate.write(path: $0.path, blob: $1) })
        let commit = try repository.createCommit(
            tree: tree, parents: head.commit.map { [$0] } ?? [], author: author, committer: author, message: message)
        let prepared = try files.filter(\.writesWorkTree).map { try PreparedFile(root: root, file: $0) }
        do {
            try repository.updateReference(
                head.reference, to: commit, expecting: head.commit, message: "factdesk: " + message.prefix { $0 != "\n" })
        } catch {
            prepared.forEach { $0.discard() }
            throw error
        }
        try prepared.forEach { try $0.install() }
        try repository.updateIndex(zip(files, blobs).map { (path: $0.path, blob: $1) })
        return commit
    }
}

/// A work-tree file written next to its destination, then renamed into place in one step.
private struct PreparedFile {
    let destination: URL
    let temporary: URL

    init(root: URL, file: RevisionFile) throws {
        destination = root.appendingPathComponent(file.path)
        temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).factdesk-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.content.write(to: temporary)
        } catch {
            throw WorkspaceError.fileError(path: file.path, reason: error.localizedDescription)
        }
    }

    func install() throws {
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw WorkspaceError.fileError(path: destination.path, reason: reason)
        }
    }

    func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }
}
