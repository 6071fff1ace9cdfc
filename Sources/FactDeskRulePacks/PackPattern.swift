import Foundation

/// A `pattern` rule's regular expression, compiled, with the names of its captures.
public struct PackPattern: @unchecked Sendable {
    /// The expression as written.
    public let source: String
    /// The names of its named captures (`(?<city>…)`), in order.
    public let captureNames: [String]
    /// An optional replacement template for the flagged words (`suggest:`).
    public let suggestion: MessageTemplate?
    /// The compiled expression. `NSRegularExpression` is immutable and safe to share across
    /// threads, hence the unchecked `Sendable`.
    let expression: NSRegularExpression

    /// Compiles an expression.
    /// - Throws: the ICU error when the expression does not compile.
    init(source: String, ignoreCase: Bool, suggestion: MessageTemplate?) throws {
        self.source = source
        self.suggestion = suggestion
        self.captureNames = source.matches(of: /\(\?<([A-Za-z][A-Za-z0-9]*)>/).map { String($0.output.1) }
        self.expression = try NSRegularExpression(pattern: source, options: ignoreCase ? [.caseInsensitive] : [])
    }
}
