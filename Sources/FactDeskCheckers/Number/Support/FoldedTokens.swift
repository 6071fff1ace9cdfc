import FactDeskKit

/// A draft's tokens folded with ``Fold/word(_:)``, each on first use and then kept for the rest
/// of the check: the rules that scan every token of a draft for their words share one folding
/// of each.
final class FoldedTokens {
    /// The draft's tokens.
    let tokens: [Token]
    private var folded: [String?]

    init(_ tokens: [Token]) {
        self.tokens = tokens
        folded = Array(repeating: nil, count: tokens.count)
    }

    /// Token `index`'s text, folded.
    subscript(index: Int) -> String {
        if let word = folded[index] { return word }
        let word = Fold.word(tokens[index].text)
        folded[index] = word
        return word
    }

    /// The folded words of a token range, punctuation as written: a run of tokens to compare
    /// with a phrase ("of", "the").
    func words(_ range: Range<Int>) -> [String] {
        range.map { tokens[$0].kind == .word ? self[$0] : tokens[$0].text }
    }

    /// The `count` folded words from token `index` on, an elided « d’ » read with the word after
    /// it as one (« d’ », « entre » as « d'entre »), as tokenisers split it or not.
    func wordsJoiningElision(from index: Int, count: Int) -> [String] {
        let read = words(index..<min(tokens.count, index + count + 1))
        guard read.first == "d'", read.count > 1 else { return Array(read.prefix(count)) }
        return Array((["d'" + read[1]] + read.dropFirst(2)).prefix(count))
    }

    /// Whether token `index` exists and is a word of `words` (folded).
    func isWord(_ index: Int, in words: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && words.contains(self[index])
    }

    /// Whether token `index` exists and is one of a few `words` (folded) listed where they are
    /// asked for: compared one by one, without building a set of them at each call.
    func isWord(_ index: Int, in words: [String]) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && words.contains(self[index])
    }
}
