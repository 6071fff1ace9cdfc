/// Where offsets and spans fall among a document's tokens, sentences and paragraphs, by binary
/// search: what checkers ask when they look at the words around a mention.
extension Document {
    /// The index of the first token that starts at or after `offset` (``tokens``' count when none does).
    public func tokenIndex(from offset: Int) -> Int {
        tokenStarts.firstIndex(atOrAfter: offset)
    }

    /// The indices of the tokens that start inside a span.
    public func tokenRange(of span: Span) -> Range<Int> {
        tokenIndex(from: span.start)..<tokenIndex(from: span.end)
    }

    /// The span from the first to the last of a non-empty range of token indices.
    public func span(ofTokens range: Range<Int>) -> Span {
        tokens[range.lowerBound].span.union(tokens[range.upperBound - 1].span)
    }

    /// The index of the sentence holding `offset` (the last one starting at or before it; 0 when
    /// the document has no sentence).
    public func sentenceIndex(of offset: Int) -> Int {
        max(0, sentences.partitionPoint { $0.span.start > offset } - 1)
    }

    /// The index of the paragraph holding `offset` (the last one starting at or before it; 0
    /// when the document has no paragraph).
    public func paragraphIndex(of offset: Int) -> Int {
        max(0, paragraphs.partitionPoint { $0.start > offset } - 1)
    }
}
