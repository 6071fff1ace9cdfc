import Foundation

/// Keeps the last few kilobytes a plugin writes on its standard error, read on a thread of its own.
final class ErrorTail: @unchecked Sendable {
    private let lock = NSLock()
    private var tail: [UInt8] = []

    /// Reads the handle to its end on the calling thread.
    func collect(_ handle: FileHandle) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                Foundation.read(handle.fileDescriptor, $0.baseAddress, $0.count)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            lock.lock()
            tail.append(contentsOf: buffer[0..<count])
            if tail.count > 4096 { tail.removeFirst(tail.count - 4096) }
            lock.unlock()
        }
        try? handle.close()
    }

    /// The last non-empty line, at most 300 characters.
    var lastLine: String? {
        lock.lock()
        defer { lock.unlock() }
        let text = String(decoding: tail, as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).last.map { String($0.prefix(300)) }
    }
}
