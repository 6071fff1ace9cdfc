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

    /// Encodes each value as ``string(_:)`` does, on all cores, without the final newline.
    static func concurrentStrings<Value: Encodable & Sendable>(_ values: [Value]) throws -> [String] {
        let results = ConcurrentResults<String>(count: values.count)
        DispatchQueue.concurrentPerform(iterations: values.count) { index in
            results.set(index, Result { String(try string(values[index]).dropLast()) })
        }
        return try results.values.map { try $0!.get() }
    }

    /// The text with every non-empty line moved right by `spaces`, as the pretty printer
    /// indents a value nested that deep (its blank lines, in empty lists, stay empty).
    static func indented(_ text: String, by spaces: Int) -> String {
        let margin = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : margin + $0 }
            .joined(separator: "\n")
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
