import Foundation
import Hummingbird

/// The fields of an HTML form as a browser posts it without the page's script
/// (`application/x-www-form-urlencoded`): `+` is a space, `%XX` a byte of UTF-8.
struct FormBody: Sendable {
    /// The media type of a posted form.
    static let mediaType = "application/x-www-form-urlencoded"

    /// Each field's value; the first one counts when a name repeats.
    let fields: [String: String]

    /// Reads the fields of an encoded body.
    /// - Throws: 400 when a name or value is not valid percent-encoded UTF-8.
    init(encoded: String) throws {
        var fields: [String: String] = [:]
        for pair in encoded.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decoded(parts[0]), let value = Self.decoded(parts.count > 1 ? parts[1] : "") else {
                throw WorkbenchError(.badRequest, "the form's fields are not valid percent-encoded UTF-8")
            }
            if fields[name] == nil { fields[name] = value }
        }
        self.fields = fields
    }

    /// The value of a field that must be there and not blank.
    /// - Throws: 400 naming the field.
    func require(_ name: String) throws -> String {
        guard let value = fields[name], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WorkbenchError(.badRequest, "the form's \"\(name)\" field is empty")
        }
        return value
    }

    /// Whether a request's body is a posted form.
    static func isForm(_ request: Request) -> Bool {
        guard let type = request.headers[.contentType] else { return false }
        return type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() == mediaType
    }

    private static func decoded(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
