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
    /// The blob already stored with exactly this content, when the caller knows it.
    var storedBlob: ObjectID? = nil
    /// Whether the file is stored as executable (a plugin's program).
    var executable = false
}

extension Workspace {
    /// Past about this many loose objects, they are packed before the next revision (git's
    /// `gc.auto` default): thousands of loose files make reading history slow.
    static let looseObjectLimit = 6700

    /// Adds one revision on top of `head`, atomically: the objects are written first, then the
    /// branch moves in one compare-and-swap; only then are the work-tree copies put in place
    /// (by renaming files prepared beforehand) and the index updated. If the branch moved in
    /// the meantime, nothing is changed. Call it while holding the lock.
    /// - Parameters:
    ///   - removing: paths of files the revision no longer holds (their work-tree copies are the
    ///     editor's, already gone; only the index is updated).
    ///   - author: who wrote the change, when not the workspace's author (see ``author()``),
    ///     who always commits it.
    /// - Returns: the new commit.
    @discardableResult
    func addRevision(
        _ files: [RevisionFile], removing: [String] = [], message: String, onto head: BranchHead,
        author: Signature? = nil
    ) throws -> ObjectID {
        if repository.looseObjectEstimate() > Workspace.looseObjectLimit { try repository.packLooseObjects() }
        let committer = try self.author()
        let author = author ?? committer
        let blobs = try files.map { try $0.storedBlob ?? repository.writeBlob($0.content) }
        let base = try head.commit.map(repository.treeID(of:))
        let tree = try repository.makeTree(
            from: base,
            applying: zip(files, blobs).map { TreeUpdate.write(path: $0.path, blob: $1, executable: $0.executable) }
                + removing.map(TreeUpdate.remove))
        let commit = try repository.createCommit(
            tree: tree, parents: head.commit.map { [$0] } ?? [], author: author, committer: committer, message: message)
        var prepared: [PreparedFile] = []
        do {
            // A work-tree copy that already holds the content is left alone: no file is created.
            for file in files where file.writesWorkTree && !holdsContent(file) {
                prepared.append(try PreparedFile(root: root, file: file))
            }
            try repository.updateReference(
                head.reference, to: commit, expecting: head.commit,
                message: "factdesk: " + message.prefix { $0 != "\n" })
        } catch let error as GitError where error.code == .concurrentUpdate || error.code == .exists {
            prepared.forEach { $0.discard() }
            throw WorkspaceError.branchMoved(reference: head.reference)
        } catch {
            prepared.forEach { $0.discard() }
            throw error
        }
        try prepared.forEach { try $0.install() }
        try repository.updateIndex(zip(files, blobs).map { (path: $0.path, blob: $1) })
        try repository.removeFromIndex(removing)
        return commit
    }
}

extension Workspace {
    /// Whether the work-tree copy of a file is a regular file holding exactly its content
    /// (nothing is written then, so where a linked folder leads does not matter).
    private func holdsContent(_ file: RevisionFile) -> Bool {
        let path = root.appendingPathComponent(file.path).path
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == file.content.count
        else { return false }
        return FileManager.default.contents(atPath: path) == file.content
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
        // A folder on the way that is a link leading out (`annotations -> /elsewhere`) is refused
        // before anything is created through it.
        let folder = destination.deletingLastPathComponent().resolvingSymlinksInPath().path
        guard (folder + "/").hasPrefix(root.path + "/") else { throw WorkspaceError.outsideWorkspace(path: file.path) }
        do {
            try FileManager.default.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw WorkspaceError.fileError(path: file.path, reason: error.localizedDescription)
        }
        try PreparedFile.write(file.content, to: temporary)
    }

    /// Writes a new file without `fsync`, like git and libgit2 by default (Foundation's
    /// `Data.write` syncs, which costs milliseconds per revision).
    private static func write(_ content: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WorkspaceError.fileError(path: url.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let written = content.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 { return false }
                offset += count
            }
            return true
        }
        guard written else { throw WorkspaceError.fileError(path: url.path, reason: String(cString: strerror(errno))) }
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
