/// A word, number, or punctuation mark of a document.
public struct Token: Hashable, Sendable {
    /// What the token is.
    public var kind: Kind
    /// The token's NFC text.
    public var text: String
    /// Where it is in the text as read.
    public var span: Span
    /// Where it is in ``Document/normalized``.
    public var normalizedRange: Range<Int>
    /// Whether white space (or the start of the text) comes right before it.
    public var followsSpace: Bool
    /// Whether a line break comes between it and the previous token.
    public var followsLineBreak: Bool

    /// Creates a token.
    public init(
        kind: Kind, text: String, span: Span, normalizedRange: Range<Int>, followsSpace: Bool,
        followsLineBreak: Bool
    ) {
        self.kind = kind
        self.text = text
        self.span = span
        self.normalizedRange = normalizedRange
        self.followsSpace = followsSpace
        self.followsLineBreak = followsLineBreak
    }

    /// Kinds of token.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Letters, possibly with digits, inner hyphens and apostrophes ("Al-Raisi", "93e",
        /// "aujourd’hui"); a French elision ("l’", "d’", "qu’") is a word of its own.
        case word
        /// A run of ASCII digits ("2025"). Grouping and decimal marks are separate tokens so
        /// extractors decide how to read "1 234,5".
        case number
        /// A punctuation mark.
        case punctuation
        /// Any other visible symbol ("%", "€", "$").
        case symbol
    }
}

/// A sentence: its span and the tokens in it.
public struct Sentence: Hashable, Sendable {
    /// Where it is in the text as read.
    public var span: Span
    /// Its tokens, as indices into ``Document/tokens``.
    public var tokens: Range<Int>

    /// Creates a sentence.
    public init(span: Span, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}
