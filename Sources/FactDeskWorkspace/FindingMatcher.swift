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
        let previousKeys = previous.map(key)
        let currentKeys = current.map(key)
        for (currentIndex, currentKey) in currentKeys.enumerated() {
            for (previousIndex, previousKey) in previousKeys.enumerated() where previousKey == currentKey {
                let score =
                    contextScore(previous[previousIndex].quote, current[currentIndex].quote) * 2
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

    private static func key(_ finding: Finding) -> String {
        "\(finding.checker)\u{1F}\(finding.rule)\u{1F}\(FindingID.normalize(finding.quote.exact))"
    }

    /// How many scalars of context agree: the end of the prefixes plus the start of the suffixes.
    static func contextScore(_ lhs: TextQuote, _ rhs: TextQuote) -> Int {
        let before = zip(lhs.prefix.unicodeScalars.reversed(), rhs.prefix.unicodeScalars.reversed()).prefix { $0 == $1 }
            .count
        let after = zip(lhs.suffix.unicodeScalars, rhs.suffix.unicodeScalars).prefix { $0 == $1 }.count
        return before + after
    }
}
