import Foundation

/// The one JSON style every FactDesk document is written in: pretty printed, keys sorted,
/// slashes unescaped, ending with a newline, so that the same input always gives the same bytes.
enum JSONOutput {
    /// Encodes a value as deterministic JSON text.
    static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Encodes each value as ``string(_:)`` does, without the final newline and indented as the
    /// pretty printer indents a value nested `spaces` deep, on up to `cores` threads.
    static func concurrentStrings<Value: Encodable & Sendable>(_ values: [Value], indentedBy spaces: Int, cores: Int)
        throws -> [String]
    {
        let results = ConcurrentResults<String>(count: values.count)
        let threads = max(1, min(cores, values.count))
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: values.count, by: threads) {
                results.set(index, Result { indented(String(try string(values[index]).dropLast()), by: spaces) })
            }
        }
        return try results.values.map { try $0!.get() }
    }

    /// The text with every non-empty line moved right by `spaces`, as the pretty printer
    /// indents a value nested that deep (its blank lines, in empty lists, stay empty).
    static func indented(_ text: String, by spaces: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var startsLine = true
        for byte in text.utf8 {
            if startsLine, byte != UInt8(ascii: "\n") { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces)) }
            bytes.append(byte)
            startsLine = byte == UInt8(ascii: "\n")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The results of concurrent work, each written once by its own iteration.
private final class ConcurrentResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<Value, any Error>?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<Value, any Error>) {
        lock.withLock { storage[index] = result }
    }

    var values: [Result<Value, any Error>?] { lock.withLock { storage } }
}
