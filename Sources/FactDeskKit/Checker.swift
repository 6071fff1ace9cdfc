/// A checker: a set of rules that look at a document and report findings.
///
/// Checkers are pure: they read no clock, file, locale or network. Everything they need — the
/// publication date, the language, the mentions the extractors saw — arrives in the
/// ``CheckContext``. A checker may throw; the engine turns the error into one `checker-error`
/// finding and the other checkers' findings still come out.
public protocol Checker: Sendable {
    /// What the checker is and which rules it has.
    var descriptor: CheckerDescriptor { get }

    /// Checks one document.
    /// - Parameters:
    ///   - document: the draft, analysed.
    ///   - context: the publication date, the mentions the extractors saw, and the rules enabled.
    /// - Returns: the findings, in any order; the engine sorts them.
    func check(_ document: Document, context: CheckContext) throws -> [Finding]
}

/// A checker's identity, version and rules, as `factdesk checkers` lists them.
public struct CheckerDescriptor: Sendable, Hashable, Codable {
    /// The id used by `--checker` and in findings: `date`, `number`, `name`, or a plugin's.
    public var id: String
    /// The checker's version (semantic versioning), recorded with each annotated revision.
    public var version: String
    /// One line on what it checks.
    public var summary: String
    /// The languages it understands.
    public var languages: [Language]
    /// Its rules.
    public var rules: [RuleDescriptor]
    /// Where the checker comes from.
    public var origin: CheckerOrigin

    /// Creates a descriptor.
    public init(
        id: String, version: String, summary: String, languages: [Language], rules: [RuleDescriptor],
        origin: CheckerOrigin = .builtIn
    ) {
        self.id = id
        self.version = version
        self.summary = summary
        self.languages = languages
        self.rules = rules
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, version, summary, languages, rules, origin }

    /// Decodes a descriptor; one written before `origin` existed is built in.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            version: try container.decode(String.self, forKey: .version),
            summary: try container.decode(String.self, forKey: .summary),
            languages: try container.decode([Language].self, forKey: .languages),
            rules: try container.decode([RuleDescriptor].self, forKey: .rules),
            origin: try container.decodeIfPresent(CheckerOrigin.self, forKey: .origin) ?? .builtIn)
    }
}

/// One rule of a checker, with examples that the test suite runs.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// The rule id, in English kebab-case (`invalid-date`).
    public var id: String
    /// The severity its findings carry.
    public var severity: Severity
    /// One line on what it flags.
    public var summary: String
    /// Texts that must and must not trigger the rule.
    public var examples: [RuleExample]
    /// Whether runs report the rule unless told otherwise; a rule off by default (a noisy,
    /// informational one such as `name/unknown-name`) reports only when a run turns it on.
    public var enabledByDefault: Bool
    /// How much of the draft it reads to report on a paragraph (``RuleScope``): the whole draft
    /// unless it declares otherwise.
    public var scope: RuleScope

    /// Creates a rule description.
    public init(
        id: String, severity: Severity, summary: String, examples: [RuleExample], enabledByDefault: Bool = true,
        scope: RuleScope = .document
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.examples = examples
        self.enabledByDefault = enabledByDefault
        self.scope = scope
    }

    private enum CodingKeys: String, CodingKey { case id, severity, summary, examples, enabledByDefault, scope }

    /// Decodes a description; one written before `enabledByDefault` existed is on by default, one
    /// without `scope` reads the whole draft.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            severity: try container.decode(Severity.self, forKey: .severity),
            summary: try container.decode(String.self, forKey: .summary),
            examples: try container.decode([RuleExample].self, forKey: .examples),
            enabledByDefault: try container.decodeIfPresent(Bool.self, forKey: .enabledByDefault) ?? true,
            scope: try container.decodeIfPresent(RuleScope.self, forKey: .scope) ?? .document)
    }

    /// Encodes a description; `scope` only when it is not the default, so that the descriptions
    /// of rules that read the whole draft read as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(severity, forKey: .severity)
        try container.encode(summary, forKey: .summary)
        try container.encode(examples, forKey: .examples)
        try container.encode(enabledByDefault, forKey: .enabledByDefault)
        if scope != .document { try container.encode(scope, forKey: .scope) }
    }
}

/// A text that triggers a rule, with each expected span marked `⟦…⟧`, or that must not trigger it.
///
/// The markers are characters French and English text never use; they are removed before the
/// check, and the findings must fall exactly on the marked spans.
public struct RuleExample: Sendable, Hashable, Codable {
    /// The opening marker of an expected span.
    public static let open: Character = "⟦"
    /// The closing marker of an expected span.
    public static let close: Character = "⟧"

    /// The text, with `⟦…⟧` around each span that must be flagged.
    public var text: String
    /// The language the text is in.
    public var language: Language
    /// The publication date the example assumes, if any.
    public var published: CalendarDate?
    /// The reference data the example assumes, if any.
    public var reference: InMemoryReference?
    /// The other-language version the text is compared with, if the rule reads one.
    public var counterpart: Counterpart?

    /// Creates an example; whether it triggers follows from the presence of markers.
    public init(
        _ text: String, language: Language, published: CalendarDate? = nil, reference: InMemoryReference? = nil,
        counterpart: Counterpart? = nil
    ) {
        self.text = text
        self.language = language
        self.published = published
        self.reference = reference
        self.counterpart = counterpart
    }

    /// Whether the rule must fire on this text.
    public var triggers: Bool { text.contains(RuleExample.open) }

    /// The text without markers, and the marked spans in Unicode scalar offsets into it.
    public var unmarked: (text: String, spans: [Span]) {
        var scalars = String.UnicodeScalarView()
        var spans: [Span] = []
        var openAt: Int?
        var count = 0
        for character in text {
            if character == RuleExample.open {
                openAt = count
            } else if character == RuleExample.close, let start = openAt {
                spans.append(Span(start: start, end: count))
                openAt = nil
            } else {
                scalars.append(contentsOf: character.unicodeScalars)
                count += character.unicodeScalars.count
            }
        }
        return (String(scalars), spans)
    }
}
