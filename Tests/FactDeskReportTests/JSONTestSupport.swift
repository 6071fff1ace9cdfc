import Foundation
import Testing

/// Reading rendered JSON back as plain objects, to check the schema's shape independently of the
/// types that wrote it.
enum JSONTestSupport {
    /// The top-level object of a JSON text.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A JSON value written back compactly with sorted keys, to compare with a literal.
    static func compact(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(
            withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The keys of a JSON object, sorted.
    static func keys(_ value: Any?) -> [String] {
        ((value as? [String: Any])?.keys).map { $0.sorted() } ?? []
    }
}
