/// Pairs the paragraphs of two versions of a story, in order: a translation keeps the order of
/// paragraphs, may merge, split or drop one, and keeps most figures and names of each.
///
/// Two paragraphs are alike by the share of their facts that agree and by their lengths; the
/// alignment is the sequence of pairs, in order in both versions, of highest total likeness
/// (dynamic programming over the two lists), keeping only pairs alike enough.
enum ParagraphAlignment {
    /// The least likeness of an aligned pair: paragraphs without a shared fact still pair when
    /// one is at least 40 % of the other's length, a one-line paragraph and a long one with
    /// nothing in common do not.
    static let threshold = 0.2

    /// The aligned pairs, as indices into `ours` and `theirs`, in order.
    static func align(_ ours: [ParityVersion.Paragraph], _ theirs: [ParityVersion.Paragraph]) -> [(Int, Int)] {
        let rows = ours.count
        let columns = theirs.count
        guard rows > 0, columns > 0 else { return [] }
        var score = [[Double]](repeating: [Double](repeating: 0, count: columns + 1), count: rows + 1)
        var likeness = [[Double]](repeating: [Double](repeating: 0, count: columns), count: rows)
        for row in 1...rows {
            for column in 1...columns {
                let alike = self.likeness(ours[row - 1], theirs[column - 1])
                likeness[row - 1][column - 1] = alike
                var best = max(score[row - 1][column], score[row][column - 1])
                if alike >= threshold { best = max(best, score[row - 1][column - 1] + alike) }
                score[row][column] = best
            }
        }
        var pairs: [(Int, Int)] = []
        var row = rows
        var column = columns
        while row > 0, column > 0 {
            let alike = likeness[row - 1][column - 1]
            if alike >= threshold, score[row][column] == score[row - 1][column - 1] + alike {
                pairs.append((row - 1, column - 1))
                row -= 1
                column -= 1
            } else if score[row][column] == score[row - 1][column] {
                row -= 1
            } else {
                column -= 1
            }
        }
        return pairs.reversed()
    }

    /// How alike two paragraphs are, from 0: the share of their facts that agree, plus half the
    /// ratio of their lengths.
    static func likeness(_ a: ParityVersion.Paragraph, _ b: ParityVersion.Paragraph) -> Double {
        let lengths = Double(min(a.span.length, b.span.length)) / Double(max(1, max(a.span.length, b.span.length)))
        let total = a.facts.count + b.facts.count
        guard total > 0 else { return lengths / 2 }
        let shared = agreeing(a.facts, b.facts) + agreeing(b.facts, a.facts)
        return Double(shared) / Double(total) + lengths / 2
    }

    /// How many of `facts` agree with one of `others`. The alignment asks this of every pair of
    /// paragraphs, so facts of other kinds are passed over before any comparison of values, and
    /// no fact is copied.
    private static func agreeing(_ facts: [ParityFact], _ others: [ParityFact]) -> Int {
        var count = 0
        for index in facts.indices {
            let kind = facts[index].kind
            for other in others.indices where others[other].kind == kind && FactMatching.same(facts[index], others[other]) {
                count += 1
                break
            }
        }
        return count
    }
}
