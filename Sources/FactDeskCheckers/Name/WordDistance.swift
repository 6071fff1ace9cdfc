import FactDeskReference

/// Edits between two folded name words: insertions, deletions, substitutions and swaps of
/// adjacent letters (optimal string alignment), as the misspellings of names are counted.
enum WordDistance {
    /// The longest word compared; names have no longer words, and longer input costs nothing.
    static let maximumLength = 40

    /// The number of edits between two words, or `nil` when it is over `bound` or a word is longer
    /// than ``maximumLength``.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        guard a.count <= maximumLength, b.count <= maximumLength else { return nil }
        return DamerauLevenshtein.distance(a, b, bound: bound)
    }

    /// The edits a word of this many letters may carry and still name what it is close to: none
    /// up to 2 letters, one up to 5, two beyond. A name of one word alone is held to more: one
    /// edit from 5 letters, two from 8, since short words are often other words ("Mali", "Bali").
    static func allowance(length: Int, alone: Bool) -> Int {
        if alone { return length >= 8 ? 2 : length >= 5 ? 1 : 0 }
        return length <= 2 ? 0 : length <= 5 ? 1 : 2
    }
}
