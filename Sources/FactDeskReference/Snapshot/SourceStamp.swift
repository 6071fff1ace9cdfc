import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a snapshot records of one reference file: its path, size, modification time and
/// identity, and the SHA-256 of its text.
///
/// A file whose size, time and identity are unchanged is taken as unchanged; any difference
/// makes the file's text be hashed again and compared. A file modified in the last
/// ``racyInterval`` seconds before it was recorded has its time left out, as git does for its
/// index: a change within the file system's timestamp granularity, keeping the size, would
/// otherwise go unseen.
struct SourceStamp: Hashable, Sendable {
    var path: String
    var size: Int
    /// The modification time in nanoseconds since 1970, or `nil` when it must not be trusted.
    var modified: Int?
    var inode: Int
    /// `sha256:` and the hex digest of the file's text.
    var contentHash: String

    /// How recent a modification is too recent to trust the time alone.
    static let racyInterval: Int = 2_000_000_000

    /// The file's size, time and identity now, with `contentHash` empty; `nil` when it cannot be
    /// read.
    static func current(_ path: String) -> SourceStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
        return SourceStamp(
            path: path, size: Int(status.st_size), modified: modified, inode: Int(status.st_ino), contentHash: "")
    }

    /// The hash recorded for a file's text.
    static func contentHash(of text: String) -> String {
        var hash = SHA256()
        hash.update(text.utf8)
        return "sha256:" + hash.hexDigest()
    }

    /// This stamp with its time dropped when it is too close to `now` (nanoseconds since 1970).
    func settled(now: Int) -> SourceStamp {
        var stamp = self
        if let modified, now - modified < Self.racyInterval { stamp.modified = nil }
        return stamp
    }

    /// Whether `current` shows the file unchanged without reading it.
    func matchesWithoutReading(_ current: SourceStamp) -> Bool {
        modified != nil && (path, size, modified, inode) == (current.path, current.size, current.modified, current.inode)
    }

    func encode(into out: inout SnapshotEncoder) {
        out.string(path)
        out.int(size)
        out.int(modified ?? -1)
        out.int(inode)
        out.string(contentHash)
    }

}

extension SourceStamp {
    init(snapshot input: inout SnapshotDecoder) throws(SnapshotDamage) {
        path = try input.string()
        size = try input.int()
        let modified = try input.int()
        self.modified = modified < 0 ? nil : modified
        inode = try input.int()
        contentHash = try input.string()
    }
}
