import CZlib
import Foundation

/// Reads a file line by line through zlib, a buffer at a time: a gzip file is inflated as it is
/// read, a plain file is read as is (zlib passes it through), so memory stays bounded by the
/// longest line whatever the file's size.
final class GzipLineReader {
    /// A file that cannot be opened or read, or a line over the bound.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let file: gzFile
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    private let maxLineBytes: Int

    /// Opens `path`.
    /// - Parameter maxLineBytes: the longest line accepted (a line longer than that throws).
    init(path: String, maxLineBytes: Int = 256 << 20) throws(Failure) {
        guard let file = gzopen(path, "rb") else { throw Failure(description: "cannot open the file") }
        gzbuffer(file, 1 << 20)
        self.file = file
        self.maxLineBytes = maxLineBytes
        buffer = [UInt8](repeating: 0, count: 1 << 20)
    }

    deinit { gzclose(file) }

    /// How many bytes of the file (compressed, for a gzip file) have been read so far.
    var compressedOffset: Int { Int(gzoffset(file)) }

    /// The next line without its line break, or `nil` at the end of the file.
    func nextLine() throws(Failure) -> ArraySlice<UInt8>? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom..<end].firstIndex(of: 0x0A) {
                defer { start = newline + 1 }
                return buffer[start..<newline]
            }
            if finished {
                guard start < end else { return nil }
                defer { start = end }
                return buffer[start..<end]
            }
            searchFrom = end - start
            try refill()
        }
    }

    /// Moves the unread bytes to the front, grows the buffer when a line fills it, and reads more.
    private func refill() throws(Failure) {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { bytes in
                _ = memmove(bytes.baseAddress!, bytes.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count {
            guard buffer.count < maxLineBytes else {
                throw Failure(description: "a line is longer than \(maxLineBytes >> 20) MB")
            }
            buffer += [UInt8](repeating: 0, count: buffer.count)
        }
        let count = buffer.withUnsafeMutableBufferPointer { bytes in
            gzread(file, bytes.baseAddress! + end, UInt32(bytes.count - end))
        }
        guard count >= 0 else {
            var code: Int32 = 0
            throw Failure(description: "cannot read the file: \(String(cString: gzerror(file, &code)))")
        }
        if count == 0 { finished = true }
        end += Int(count)
    }
}
