/// The other-language version of a draft, as a checker reads it: the document and the mentions
/// the extractors saw in it. The parity checker compares a draft with it.
public struct Counterpart: Sendable {
    /// The other version, analysed.
    public var document: Document
    /// What the extractors saw in it, ordered by span.
    public var mentions: [Mention]

    /// Creates a counterpart.
    public init(document: Document, mentions: [Mention]) {
        self.document = document
        self.mentions = mentions
    }
}

/// Holds a draft's counterpart document, so that a ``Document`` can carry another one.
final class CounterpartBox: Sendable {
    let document: Document

    init(_ document: Document) {
        self.document = document
    }
}
