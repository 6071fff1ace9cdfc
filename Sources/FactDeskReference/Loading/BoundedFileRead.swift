import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a regular file whole, never more than a bound: a reference file that is really a
/// device (`/dev/zero` behind a link), a pipe, or a file that grows while it is read cannot make
/// the read endless or exhaust memory.
enum BoundedFileRead {
    /// Why a file was not read.
    enum Failure: Error, Equatable {
        /// The file holds more than the bound; `size` is what it held when refused.
        case tooLarge(size: Int)
        /// A folder, device, pipe or socket.
        case notARegularFile
        /// The system's reason (missing, permission denied…).
        case unreadable(String)
    }

    /// The bytes of the regular file at `path`, when it holds at most `maxBytes`.
    static func read(_ path: String, maxBytes: Int) -> Result<Data, Failure> {
        // O_NONBLOCK: opening a pipe must not wait for a writer before it can be refused.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notARegularFile) }
        guard Int(status.st_size) <= maxBytes else { return .failure(.tooLarge(size: Int(status.st_size))) }
        var data = Data(count: Int(status.st_size) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                guard filled <= maxBytes else { return .failure(.tooLarge(size: filled)) }
                data.count = min(data.count * 2, maxBytes + 1)
            }
            let count = data.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return .success(data)
    }
}
