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
}
