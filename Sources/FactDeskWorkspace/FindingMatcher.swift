import FactDeskKit

/// Pairs the findings of two revisions of a draft that are the same problem.
///
/// Two findings can be the same only if they come from the same checker and rule and quote the
/// same words (compared as ``FindingID/normalize(_:)`` does). Among those, the pairs whose
/// context — the words just before and after, as W3C Web Annotation's `TextQuoteSelector`
/// keeps them — agrees best are taken first, so a finding is followed by its quote and context,
/// never by its offsets: text moving around it changes nothing, and when one of two identical
/// quotes is edited away, the one left is paired with the right predecessor.
enum FindingMatcher {
    /// One pairing: indexes into the previous and the current findings.
    struct Pair: Hashable, Sendable {
        /// The index in the previous revision's findings.
        let previous: Int
        /// The index in the current findings.
        let current: Int
    }

    /// Pairs previous and current findings; each finding is in at most one pair.
    static func match(previous: [Finding], current: [Finding]) -> [Pair] {
        var candidates: [(score: Int, pair: Pair)] = []
        // A quote repeated through a draft is normalised once.
        var normalized: [String: String] = [:]
        func key(_ finding: Finding) -> String {
            let exact = finding.quote.exact
            let words = normalized[exact] ?? FindingID.normalize(exact)
            normalized[exact] = words
            return "\(finding.checker)\u{1F}\(finding.rule)\u{1F}\(words)"
        }
        let previousKeys = previous.map(key)
        let currentKeys = current.map(key)
        // Each context is split into scalars once, not once per pair compared.
        let previousContexts = previous.map(Context.init)
        let currentContexts = current.map(Context.init)
        for (currentIndex, currentKey) in currentKeys.enumerated() {
            for (previousIndex, previousKey) in previousKeys.enumerated() where previousKey == currentKey {
                let score =
                    previousContexts[previousIndex].score(against: currentContexts[currentIndex]) * 2
                    + (previous[previousIndex].id == current[currentIndex].id ? 1 : 0)
                candidates.append((score, Pair(previous: previousIndex, current: currentIndex)))
            }
        }
        candidates.sort {
            ($0.score, -$0.pair.current, -$0.pair.previous) > ($1.score, -$1.pair.current, -$1.pair.previous)
        }
        var usedPrevious = Set<Int>()
        var usedCurrent = Set<Int>()
        var pairs: [Pair] = []
        for candidate in candidates
        where !usedPrevious.contains(candidate.pair.previous) && !usedCurrent.contains(candidate.pair.current) {
            usedPrevious.insert(candidate.pair.previous)
            usedCurrent.insert(candidate.pair.current)
            pairs.append(candidate.pair)
        }
        return pairs.sorted { $0.current < $1.current }
    }

    /// A finding's context as scalars: the prefix read backwards from the quote, the suffix forwards.
    private struct Context {
        let before: [Unicode.Scalar]
        let after: [Unicode.Scalar]

        init(_ finding: Finding) {
            before = finding.quote.prefix.unicodeScalars.reversed()
            after = Array(finding.quote.suffix.unicodeScalars)
        }

        /// How many scalars of context agree: the end of the prefixes plus the start of the suffixes.
        func score(against other: Context) -> Int {
            Context.commonLength(before, other.before) + Context.commonLength(after, other.after)
        }

        private static func commonLength(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
            var length = 0
            while length < lhs.count, length < rhs.count, lhs[length] == rhs[length] { length += 1 }
            return length
        }
    }
}
