import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a workspace, held by one `factdesk` process at a time, so that
/// revisions are added one after the other and none is lost.
///
/// It is an advisory `flock` on `.git/factdesk.lock`: the system releases it when the process
/// ends, even by a crash, so a stale lock file never blocks anyone.
final class WorkspaceLock {
    private let descriptor: Int32

    /// Takes the lock, waiting up to `timeout` for another process to release it.
    /// - Throws: ``WorkspaceError/locked(lockFile:)`` when it is still held after `timeout`.
    init(file: URL, timeout: Duration) throws {
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WorkspaceError.fileError(path: file.path, reason: String(cString: strerror(errno)))
        }
        let deadline = ContinuousClock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now < deadline else {
                close(descriptor)
                throw WorkspaceError.locked(lockFile: file.path)
            }
            usleep(20_000)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
