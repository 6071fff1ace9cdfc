/// What a checker may know besides the document: the mentions the extractors saw, the
/// newsroom's reference data, and the rules off by default that the run turns on. The
/// publication date and language are on the ``Document``.
public struct CheckContext: Sendable {
    /// Every mention the extractors saw, ordered by span (as `[any Extractor].mentions(in:)` gives them).
    public var mentions: [Mention]
    /// The reference data loaded for the run, or `nil` when none was: rules that need it then
    /// stay silent.
    public var reference: (any ReferenceLookup)?
    /// The rules off by default (``RuleDescriptor/enabledByDefault``) that the run turns on, as
    /// `checker/rule`. The engine drops the findings of the others; a checker may skip their work.
    public var enabledRules: Set<String>
    /// The draft's version in another language with its mentions, or `nil` when it has none.
    public var counterpart: Counterpart?
    /// The rules this run is for, by ``RuleScope``: every rule when `nil`. The language server
    /// runs the `.document` rules on the whole draft and the `.paragraph` rules on the paragraphs
    /// that changed, with only their mentions; the engine drops the findings of the other rules,
    /// and a checker may skip their work (``runs(_:)``).
    public var scope: RuleScope?

    /// Creates a context.
    /// - Parameters:
    ///   - mentions: what the extractors saw, ordered by span.
    ///   - reference: the reference data, if any was loaded.
    ///   - enabledRules: the rules off by default that the run turns on, as `checker/rule`.
    ///   - counterpart: the draft's version in another language, if it has one.
    ///   - scope: the scope of the rules the run is for, or `nil` for every rule.
    public init(
        mentions: [Mention], reference: (any ReferenceLookup)? = nil, enabledRules: Set<String> = [],
        counterpart: Counterpart? = nil, scope: RuleScope? = nil
    ) {
        self.mentions = mentions
        self.reference = reference
        self.enabledRules = enabledRules
        self.counterpart = counterpart
        self.scope = scope
    }

    /// Whether a rule of a checker reports in this run: it is on by default, or turned on.
    public func reports(_ rule: RuleDescriptor, of checker: String) -> Bool {
        rule.enabledByDefault || enabledRules.contains("\(checker)/\(rule.id)")
    }

    /// Whether a rule is among those this run is for (``scope``); a checker may skip the others.
    public func runs(_ rule: RuleDescriptor) -> Bool {
        scope == nil || rule.scope == scope
    }

    /// The mentions of one kind, in text order.
    public func mentions(_ kind: Mention.Kind) -> [Mention] {
        mentions.filter { $0.kind == kind }
    }
}

/// Something that finds mentions (dates, numbers, names…) in a document.
public protocol Extractor: Sendable {
    /// The kinds of mention it produces.
    var kinds: Set<Mention.Kind> { get }

    /// Finds the mentions in a document.
    func extract(from document: Document) -> [Mention]

    /// Finds the mentions in a document, given what the extractors run before it found: one
    /// that must leave other mentions' words alone (the number extractor leaves dates' digits)
    /// reads them instead of scanning the text again.
    /// - Parameters:
    ///   - document: the draft.
    ///   - earlier: the mentions the earlier extractors found, in any order.
    ///   - kinds: the kinds those extractors produce; a kind missing here was not looked for.
    func extract(from document: Document, after earlier: [Mention], ofKinds kinds: Set<Mention.Kind>) -> [Mention]
}

extension Extractor {
    /// Ignores what earlier extractors found: ``extract(from:)``.
    public func extract(from document: Document, after earlier: [Mention], ofKinds kinds: Set<Mention.Kind>)
        -> [Mention]
    {
        extract(from: document)
    }
}

extension Array where Element == any Extractor {
    /// Everything these extractors see in a document, ordered by span, then kind. Each extractor
    /// is given what the ones before it found.
    public func mentions(in document: Document) -> [Mention] {
        var mentions: [Mention] = []
        var kinds: Set<Mention.Kind> = []
        for extractor in self {
            mentions += extractor.extract(from: document, after: mentions, ofKinds: kinds)
            kinds.formUnion(extractor.kinds)
        }
        return mentions.sorted { ($0.span, $0.kind.rawValue) < ($1.span, $1.kind.rawValue) }
    }
}
