/// Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and transpositions of adjacent letters), bounded for speed.
public enum DamerauLevenshtein {
    /// The distance between two scalar sequences, or `nil` when it is over `bound`.
    ///
    /// Runs in O(|a|·(2·bound+1)) time: the common prefix and suffix are set aside (they cost
    /// nothing, transpositions included), only the diagonal band that can stay within the bound
    /// is computed, and it stops as soon as a whole row is over the bound.
    public static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, bound: Int) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count
        var endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        return banded(
            UnsafeBufferPointer(rebasing: a[start..<endA]), UnsafeBufferPointer(rebasing: b[start..<endB]), bound: bound
        )
    }

    private static func banded(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, bound: Int) -> Int? {
        let (n, m) = (a.count, b.count)
        guard abs(n - m) <= bound else { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let outside = bound + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var previousPrevious = UnsafeMutableBufferPointer(rebasing: rows[0...m])
            var previous = UnsafeMutableBufferPointer(rebasing: rows[(m + 1)...(2 * m + 1)])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(2 * m + 2)...(3 * m + 2)])
            for j in 0...m { previous[j] = min(j, outside) }
            for i in 1...n {
                let low = max(1, i - bound)
                let high = min(m, i + bound)
                current[0] = min(i, outside)
                if low > 1 { current[low - 1] = outside }
                var rowMinimum = current[0]
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previousPrevious[j - 2] + 1)
                    }
                    current[j] = min(value, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
                if high < m { current[high + 1] = outside }
                if rowMinimum > bound { return nil }
                (previousPrevious, previous, current) = (previous, current, previousPrevious)
            }
            return previous[m] <= bound ? previous[m] : nil
        }
    }

    /// The distance between two strings' scalars, or `nil` when it is over `bound`.
    public static func distance(_ a: String, _ b: String, bound: Int) -> Int? {
        let left = a.unicodeScalars.map(\.value)
        let right = b.unicodeScalars.map(\.value)
        return left.withUnsafeBufferPointer { a in right.withUnsafeBufferPointer { b in distance(a, b, bound: bound) } }
    }

    /// The distance between two scalar arrays, or `nil` when it is over `bound`.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                a.withMemoryRebound(to: UInt32.self) { a in
                    b.withMemoryRebound(to: UInt32.self) { b in distance(a, b, bound: bound) }
                }
            }
        }
    }
}
