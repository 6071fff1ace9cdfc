/// What a checker may know besides the document: the mentions the extractors saw and the
/// newsroom's reference data. The publication date and language are on the ``Document``.
public struct CheckContext: Sendable {
    /// Every mention the extractors saw, ordered by span (as `[any Extractor].mentions(in:)` gives them).
    public var mentions: [Mention]
    /// The reference data loaded for the run, or `nil` when none was: rules that need it then
    /// stay silent.
    public var reference: (any ReferenceLookup)?

    /// Creates a context.
    /// - Parameters:
    ///   - mentions: what the extractors saw, ordered by span.
    ///   - reference: the reference data, if any was loaded.
    public init(mentions: [Mention], reference: (any ReferenceLookup)? = nil) {
        self.mentions = mentions
        self.reference = reference
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
}

extension Array where Element == any Extractor {
    /// Everything these extractors see in a document, ordered by span, then kind.
    public func mentions(in document: Document) -> [Mention] {
        flatMap { $0.extract(from: document) }
            .sorted { ($0.span, $0.kind.rawValue) < ($1.span, $1.kind.rawValue) }
    }
}
