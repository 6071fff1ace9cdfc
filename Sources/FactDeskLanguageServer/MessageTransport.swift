import Foundation

/// JSON-RPC 2.0 messages over a pair of byte streams with LSP's base protocol framing: a
/// `Content-Length` header, an empty line, then that many bytes of UTF-8 JSON.
public final class MessageTransport: @unchecked Sendable {
    private let input: FileHandle
    private let output: FileHandle
    private let writing = NSLock()
    private var buffer = Data()

    /// The largest message read: a draft is at most 50 MB, and JSON escaping may double it.
    public static let maximumLength = 128 << 20

    /// A transport reading `input` and writing `output` (standard input and output for `factdesk lsp`).
    public init(input: FileHandle, output: FileHandle) {
        self.input = input
        self.output = output
    }

    /// The next message's body, or `nil` at the end of the input.
    /// - Throws: ``FramingError`` when a header is malformed.
    public func read() throws -> Data? {
        while true {
            if let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                guard let length = Self.contentLength(in: header) else {
                    throw FramingError(reason: "no valid Content-Length in the header '\(header)'")
                }
                guard length <= Self.maximumLength else {
                    throw FramingError(
                        reason: "a message of \(length) bytes is over the limit of \(Self.maximumLength)")
                }
                let bodyStart = headerEnd.upperBound
                if buffer.endIndex - bodyStart >= length {
                    let body = Data(buffer[bodyStart..<bodyStart + length])
                    buffer = Data(buffer[(bodyStart + length)...])
                    return body
                }
            }
            let chunk = input.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }

    /// Writes one message, framed; safe from any thread.
    public func write(_ body: Data) {
        var framed = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        framed.append(body)
        writing.withLock { try? output.write(contentsOf: framed) }
    }

    /// The value of the `Content-Length` field of a header block.
    static func contentLength(in header: String) -> Int? {
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                return Int(parts[1].trimmingCharacters(in: .whitespaces)).flatMap { $0 >= 0 ? $0 : nil }
            }
        }
        return nil
    }
}

/// A message whose framing cannot be read: the stream cannot be resynchronised.
public struct FramingError: Error, CustomStringConvertible {
    /// What is wrong.
    public let reason: String
    /// The reason.
    public var description: String { reason }
}
