/// Edits between two folded name words: insertions, deletions, substitutions and swaps of
/// adjacent letters (optimal string alignment), as the misspellings of names are counted.
enum WordDistance {
    /// The longest word compared; names have no longer words, and longer input costs nothing.
    static let maximumLength = 40

    /// The number of edits between two words, or `nil` when it is over `bound` or a word is longer
    /// than ``maximumLength``.
    static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        let (n, m) = (a.count, b.count)
        guard abs(n - m) <= bound, n <= maximumLength, m <= maximumLength else { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var beforePrevious = UnsafeMutableBufferPointer(rebasing: rows[0...m])
            var previous = UnsafeMutableBufferPointer(rebasing: rows[(m + 1)...(2 * m + 1)])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(2 * m + 2)...(3 * m + 2)])
            for j in 0...m { previous[j] = j }
            for i in 1...n {
                current[0] = i
                var rowMinimum = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, beforePrevious[j - 2] + 1)
                    }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > bound { return nil }
                (beforePrevious, previous, current) = (previous, current, beforePrevious)
            }
            return previous[m] <= bound ? previous[m] : nil
        }
    }

    /// The edits a word of this many letters may carry and still name what it is close to: none
    /// up to 2 letters, one up to 5, two beyond. A name of one word alone is held to more: one
    /// edit from 5 letters, two from 8, since short words are often other words ("Mali", "Bali").
    static func allowance(length: Int, alone: Bool) -> Int {
        if alone { return length >= 8 ? 2 : length >= 5 ? 1 : 0 }
        return length <= 2 ? 0 : length <= 5 ? 1 : 2
    }
}
