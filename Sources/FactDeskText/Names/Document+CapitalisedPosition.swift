import FactDeskKit

extension Document {
    /// Whether the word at a token index stands where any word takes a capital: first in its
    /// sentence, or first after a colon or a line's leading markup ("# ", "- ", "> "), with only
    /// quotes and brackets between.
    ///
    /// A capital there says nothing about a name: "Marrakech accueille…" may open with a name,
    /// "Police chiefs…" does not. Name rules trust such a word only when the reference data
    /// knows it.
    /// - Parameter index: an index into ``tokens``.
    public func isCapitalisedByPosition(_ index: Int) -> Bool {
        guard tokens.indices.contains(index) else { return false }
        let sentenceStart = firstToken(ofSentenceHolding: index)
        var previous = index
        while previous > sentenceStart {
            let token = tokens[previous]
            if previous < index, token.followsLineBreak { return true }
            previous -= 1
            let before = tokens[previous]
            if before.kind == .word || before.kind == .number { return false }
            if before.text == ":" { return true }
        }
        return true
    }

    /// The first token of the sentence that holds a token (binary search over ``sentences``).
    private func firstToken(ofSentenceHolding index: Int) -> Int {
        let low = sentences.partitionPoint { $0.tokens.upperBound > index }
        return low < sentences.count ? sentences[low].tokens.lowerBound : index
    }
}
