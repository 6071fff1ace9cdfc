/// A workspace revision: the id of its git commit.
public struct RevisionID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The commit id, 40 hexadecimal digits.
    public let hex: String

    /// Wraps a commit id.
    public init(hex: String) {
        self.hex = hex
    }

    /// The first seven digits, as `git log --oneline` shows them.
    public var short: String { String(hex.prefix(7)) }

    /// The 40 hex digits.
    public var description: String { hex }

    /// Reads the id from a JSON string.
    public init(from decoder: any Decoder) throws {
        hex = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the id as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}
