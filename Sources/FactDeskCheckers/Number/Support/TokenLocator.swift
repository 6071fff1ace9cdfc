import FactDeskKit

/// Where spans of a document fall among its tokens, sentences and paragraphs, by binary search.
struct TokenLocator {
    let document: Document
    private let sentenceStarts: [Int]
    private let paragraphStarts: [Int]

    init(_ document: Document) {
        self.document = document
        self.sentenceStarts = document.sentences.map(\.span.start)
        self.paragraphStarts = document.paragraphs.map(\.start)
    }

    var tokens: [Token] { document.tokens }

    /// The index of the first token that starts at or after `offset`.
    func tokenIndex(from offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The tokens a span covers.
    func tokens(of span: Span) -> Range<Int> {
        tokenIndex(from: span.start)..<tokenIndex(from: span.end)
    }

    /// The index of the sentence holding `offset`.
    func sentenceIndex(of offset: Int) -> Int {
        lastIndex(in: sentenceStarts, atOrBefore: offset)
    }

    /// The index of the paragraph holding `offset`.
    func paragraphIndex(of offset: Int) -> Int {
        lastIndex(in: paragraphStarts, atOrBefore: offset)
    }

    /// The span from the first to the last of a range of tokens.
    func span(of range: Range<Int>) -> Span {
        tokens[range.lowerBound].span.union(tokens[range.upperBound - 1].span)
    }

    private func lastIndex(in starts: [Int], atOrBefore offset: Int) -> Int {
        var low = 0
        var high = max(0, starts.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
