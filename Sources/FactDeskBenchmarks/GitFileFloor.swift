import Foundation

/// The file operations that git's on-disk protocol needs for one annotated revision, done
/// with bare system calls and no git at all: the least any git implementation can spend on
/// this disk. Both libgit2 and the `git` CLI pay at least this much per revision.
///
/// Per revision: the editor's draft rewritten in place; the new objects' files (each a temporary
/// file linked to its final name, as git and libgit2 write them); the branch updated through
/// `main.lock` renamed over `refs/heads/main`; two reflog lines appended; the index updated
/// through `index.lock` renamed over `index`.
struct GitFileFloor {
    /// How a revision's objects are stored.
    enum Objects {
        /// One loose file per object: the draft's blob, two trees and the commit.
        case loose
        /// One pack per revision: the pack and its index.
        case onePack

        /// The sizes of the files written, as a revision of the git benchmark has them.
        var fileSizes: [Int] {
            switch self {
            case .loose: [2_100, 90, 220, 290]
            case .onePack: [2_800, 1_200]
            }
        }
    }

    let folder: URL
    private let objects: URL
    private let objectFileSizes: [Int]
    private var sequence = 0

    private static let indexSize = 735
    private static let reflogLineSize = 220

    /// Creates the folders of a repository-like layout under `folder`.
    init(folder: URL, objects storage: Objects) throws {
        self.folder = folder
        objects = folder.appendingPathComponent("objects")
        objectFileSizes = storage.fileSizes
        for path in ["objects", "refs/heads", "logs/refs/heads", "drafts"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
        }
    }

    /// Does the file operations of one revision.
    mutating func revision(draft: Data) throws {
        try write(draft, to: folder.appendingPathComponent("drafts/bench.md").path, flags: O_TRUNC)
        for size in objectFileSizes {
            sequence += 1
            // Object names spread over the 256 fan-out folders as hashes do.
            let name = String(format: "%02x/%038x", (sequence &* 2_654_435_761) & 0xFF, sequence)
            let temporary = objects.appendingPathComponent("tmp_object_\(sequence)").path
            try write(Data(count: size), to: temporary, flags: O_EXCL)
            let fanOut = objects.appendingPathComponent(String(name.prefix(2))).path
            if access(fanOut, F_OK) != 0 { mkdir(fanOut, 0o755) }
            try check(link(temporary, objects.appendingPathComponent(name).path), "link")
            try check(unlink(temporary), "unlink")
        }
        try replace("refs/heads/main", with: Data(count: 41))
        for log in ["logs/refs/heads/main", "logs/HEAD"] {
            try write(Data(count: GitFileFloor.reflogLineSize), to: folder.appendingPathComponent(log).path, flags: O_APPEND)
        }
        try replace("index", with: Data(count: GitFileFloor.indexSize))
    }

    /// Git's lock-file protocol: `<path>.lock` created exclusively, written, renamed over `path`.
    private func replace(_ path: String, with content: Data) throws {
        let target = folder.appendingPathComponent(path).path
        try write(content, to: target + ".lock", flags: O_EXCL)
        try check(rename(target + ".lock", target), "rename")
    }

    private func write(_ content: Data, to path: String, flags: Int32) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | flags, 0o644)
        try check(descriptor, "open \(path)")
        defer { close(descriptor) }
        let written = content.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == content.count else { throw FloorStepFailed(step: "write \(path)") }
    }

    private func check(_ result: Int32, _ step: String) throws {
        guard result >= 0 else { throw FloorStepFailed(step: step + ": " + String(cString: strerror(errno))) }
    }
}

/// A file operation of ``GitFileFloor`` failed.
private struct FloorStepFailed: Error, CustomStringConvertible {
    let step: String
    var description: String { step }
}
