import FactDeskKit
import Foundation

/// A count of the same things written twice with a definite article and another value: "The two
/// relay crews were named in May. … The three relay crews train daily", « Les deux équipes
/// féminines … Les trois équipes féminines ». A noun with the word that qualifies it, after
/// "the" / « les », names one set the reader already knows, so both counts must agree.
///
/// The earlier count is the nearest one before in the paragraph; both are plain counts right
/// after the article and followed by the same two words (the second may be the other's singular
/// or plural), neither a word of order or of time (« les dix premiers jours », "the two previous
/// seasons"), and no restricting clause follows the later one.
struct DefiniteCounts {
    let check: NumberCheck

    /// Definite articles before such counts, folded.
    static let articles: Set<String> = ["the", "les"]
    /// Words that pick some of the things out by order, or count anew, folded: « les dix premiers
    /// jours », "the two remaining seats", "the three new members".
    static let pickingWords: Set<String> = [
        "first", "last", "next", "past", "previous", "remaining", "other", "new", "top", "additional", "more",
        "premiers", "premieres", "derniers", "dernieres", "prochains", "prochaines", "autres", "nouveaux",
        "nouvelles", "restants", "restantes", "meilleurs", "meilleures", "plus",
    ]

    /// Words that link a noun to what follows rather than qualify it, folded: "the two crews of",
    /// "the two crews were", « les deux équipes de », « les deux équipes ont ».
    static let linkWords: Set<String> = [
        "of", "in", "on", "at", "to", "for", "and", "or", "from", "by", "with", "who", "which", "that", "were", "are",
        "was", "is", "have", "had", "has", "will", "de", "d'", "du", "des", "et", "ou", "a", "au", "aux", "en", "sur",
        "par", "pour", "avec", "qui", "que", "dont", "ont", "sont", "etaient", "avaient", "seront", "se", "ne",
    ]

    private var tokens: [Token] { check.document.tokens }

    /// The counts written again with another value, in text order.
    func mismatches() -> [DemonstrativeCounts.Mismatch] {
        let numbers = check.numbers
        return numbers.indices.dropFirst().compactMap { position -> DemonstrativeCounts.Mismatch? in
            let later = numbers[position]
            let earlier = numbers[position - 1]
            guard let laterWords = phrase(after: later), let earlierWords = phrase(after: earlier),
                laterWords.first == earlierWords.first,
                DemonstrativeCounts.sameNoun(laterWords.second, earlierWords.second),
                let laterValue = BreakdownSums.plainCount(later), let earlierValue = BreakdownSums.plainCount(earlier),
                laterValue != earlierValue,
                check.document.paragraphIndex(of: earlier.span.start) == check.document.paragraphIndex(of: later.span.start)
            else { return nil }
            let range = check.document.tokenRange(of: later.span)
            guard !check.folded.isWord(range.upperBound + 2, in: DemonstrativeCounts.restrictors) else { return nil }
            return DemonstrativeCounts.Mismatch(span: later.span.union(tokens[range.upperBound + 1].span), earlier: earlier)
        }
    }

    /// The two words after a count that a definite article opens, when both are lowercase words
    /// of letters, neither of order nor of time.
    private func phrase(after count: Mention) -> (first: String, second: String)? {
        let range = check.document.tokenRange(of: count.span)
        let article = range.lowerBound - 1
        guard article >= 0, range.upperBound + 1 < tokens.count, startsLikeArticle(article),
            check.folded.isWord(article, in: Self.articles)
        else { return nil }
        let words = [range.upperBound, range.upperBound + 1]
        guard words.allSatisfy({ tokens[$0].kind == .word && tokens[$0].text.allSatisfy(\.isLowercase) }),
            tokens[words[1]].span.start > tokens[words[0]].span.end
        else { return nil }
        let first = check.folded[words[0]]
        let second = check.folded[words[1]]
        guard !Self.pickingWords.contains(first), !AdjacentParts.periodNouns.contains(first),
            !AdjacentParts.periodNouns.contains(second), !Self.linkWords.contains(second)
        else { return nil }
        return (first, second)
    }

    /// Whether token `index` starts with "t" or "l", as every word of ``articles`` does: other
    /// tokens are passed over without folding them.
    private func startsLikeArticle(_ index: Int) -> Bool {
        tokens[index].text.utf8.first.map { $0 | 0x20 == UInt8(ascii: "t") || $0 | 0x20 == UInt8(ascii: "l") } ?? false
    }
}
