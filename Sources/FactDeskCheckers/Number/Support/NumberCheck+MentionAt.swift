import FactDeskKit
import Foundation

extension NumberCheck {
    /// The number mention that starts exactly at `offset`, by binary search.
    func number(startingAt offset: Int) -> Mention? {
        let found = numbers.partitionPoint { $0.span.start >= offset }
        return found < numbers.count && numbers[found].span.start == offset ? numbers[found] : nil
    }

    /// The number mention that ends exactly at `offset`, by binary search.
    func number(endingAt offset: Int) -> Mention? {
        let found = numbers.partitionPoint { $0.span.end >= offset }
        return found < numbers.count && numbers[found].span.end == offset ? numbers[found] : nil
    }

    /// The tokens of `sentence` before the first token of its last number: where a phrase that
    /// brings in a list of counts after it may start. Empty when the sentence holds no number,
    /// so that the scans for such phrases pass over most sentences of a draft without folding
    /// a word.
    /// A plain count small enough for the text to spell out what it counts, with its tokens and
    /// its sentence's tokens.
    struct SmallCount {
        var mention: Mention
        var value: Decimal
        var tokens: Range<Int>
        var sentence: Range<Int>
    }

    /// The plain counts from 2 to `largest`, in text order.
    func smallCounts(upTo largest: Decimal) -> [SmallCount] {
        numbers.compactMap { count in
            guard let value = BreakdownSums.plainCount(count), value >= 2, value <= largest else { return nil }
            return SmallCount(
                mention: count, value: value, tokens: document.tokenRange(of: count.span),
                sentence: document.sentences[document.sentenceIndex(of: count.span.start)].tokens)
        }
    }

    func tokensBeforeLastNumber(of sentence: Sentence) -> Range<Int> {
        tokens(of: sentence, beforeNumberFromEnd: 1)
    }

    /// The tokens of `sentence` before the first token of its last number but one: where a
    /// phrase that brings in two counts or more after it may start. Empty when the sentence
    /// holds fewer than two numbers.
    func tokensBeforeLastTwoNumbers(of sentence: Sentence) -> Range<Int> {
        tokens(of: sentence, beforeNumberFromEnd: 2)
    }

    /// The tokens of `sentence` before the first token of its `count`-th number from the end.
    private func tokens(of sentence: Sentence, beforeNumberFromEnd count: Int) -> Range<Int> {
        let after = numbers.partitionPoint { $0.span.start >= sentence.span.end }
        guard after >= count, numbers[after - count].span.start >= sentence.span.start else {
            return sentence.tokens.lowerBound..<sentence.tokens.lowerBound
        }
        return sentence.tokens.lowerBound..<document.tokenIndex(from: numbers[after - count].span.start)
    }

    /// The number mention that starts with token `index`; `nil` when there is no such token.
    func number(startingAtToken index: Int) -> Mention? {
        guard index >= 0, index < document.tokens.count else { return nil }
        return number(startingAt: document.tokens[index].span.start)
    }

    /// The number mention that ends with token `index`; `nil` when there is no such token.
    func number(endingAtToken index: Int) -> Mention? {
        guard index >= 0, index < document.tokens.count else { return nil }
        return number(endingAt: document.tokens[index].span.end)
    }
}
