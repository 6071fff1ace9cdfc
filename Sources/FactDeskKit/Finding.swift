/// One problem found in a draft, in the shape of the `factdesk.findings/1` schema.
public struct Finding: Codable, Hashable, Sendable {
    /// Stable identity: `checker:rule:fingerprint`, where the fingerprint hashes the normalised
    /// quoted words, never the offset, so the same problem keeps its id when text moves.
    public var id: String
    /// The checker that reported it: `date`, `number`, `name` or a plugin's id.
    public var checker: String
    /// The rule inside the checker, in English kebab-case.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// What is wrong and what the fact is, in the draft's language.
    public var message: String
    /// Where it is, in Unicode scalar offsets into the text as read.
    public var span: Span
    /// The 1-based line and column of `span.start`.
    public var location: SourceLocation
    /// The quoted words with their context, to re-anchor the finding after edits.
    public var quote: TextQuote
    /// Replacements for the quoted words, best first.
    public var suggestions: [String]
    /// Why the checker believes it.
    public var evidence: [Evidence]
    /// The editors' decision on it.
    public var status: Status

    /// An editor's decision on a finding.
    public enum Status: String, Codable, Sendable, Hashable {
        case open
        case dismissed
        case accepted
    }

    /// Creates a finding. Checkers normally call ``Document/finding(checker:rule:severity:span:message:suggestions:evidence:)``,
    /// which fills in the location, quote and id.
    public init(
        id: String, checker: String, rule: String, severity: Severity, message: String,
        span: Span, location: SourceLocation, quote: TextQuote, suggestions: [String] = [],
        evidence: [Evidence] = [], status: Status = .open
    ) {
        self.id = id
        self.checker = checker
        self.rule = rule
        self.severity = severity
        self.message = message
        self.span = span
        self.location = location
        self.quote = quote
        self.suggestions = suggestions
        self.evidence = evidence
        self.status = status
    }
}

/// A quoted passage with the words around it, like W3C Web Annotation's `TextQuoteSelector`.
public struct TextQuote: Codable, Hashable, Sendable {
    /// The quoted text exactly as it stands in the draft.
    public var exact: String
    /// Up to 32 scalars before it.
    public var prefix: String
    /// Up to 32 scalars after it.
    public var suffix: String

    /// Creates a quote.
    public init(exact: String, prefix: String, suffix: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// One statement supporting a finding, with where it comes from.
public struct Evidence: Codable, Hashable, Sendable {
    /// The fact, in plain words ("2025-11-24 is a Monday").
    public var statement: String
    /// A URL or reference-data location, or `nil` when the fact needs none (the calendar).
    public var source: String?

    /// Creates a piece of evidence.
    public init(statement: String, source: String? = nil) {
        self.statement = statement
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case statement, source }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statement, forKey: .statement)
        try container.encode(source, forKey: .source)  // explicit null, as the schema shows
    }
}
