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
        try values.concurrentMap(threads: cores) { value in
            Result { indented(String(try string(value).dropLast()), by: spaces) }
        }.map { try $0.get() }
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
