/// A rule's message, with `{name}` placeholders filled in at each finding: `{match}` (the words
/// flagged), the kind's own (`{preferred}`, `{expected}`) and a pattern's named captures.
public struct MessageTemplate: Sendable, Hashable {
    /// The template as written.
    public let text: String

    /// Creates a template.
    public init(_ text: String) {
        self.text = text
    }

    /// The placeholder names the template uses, in order.
    public var placeholders: [String] {
        text.matches(of: /\{([A-Za-z][A-Za-z0-9_]*)\}/).map { String($0.output.1) }
    }

    /// The message with each placeholder replaced by its value; unknown ones are left as written.
    public func fill(_ values: [String: String]) -> String {
        text.replacing(/\{([A-Za-z][A-Za-z0-9_]*)\}/) { match in
            values[String(match.output.1)] ?? String(match.output.0)
        }
    }
}
