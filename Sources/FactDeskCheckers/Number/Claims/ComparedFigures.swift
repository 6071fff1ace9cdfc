import FactDeskKit
import Foundation

/// A figure said to be below or above another that it is not: « 88 600 visiteurs en
/// dix jours, soit un peu moins que le record de 2019 (85 200 visiteurs) », "turnout of 61%,
/// higher than the 63% of 2020". The word of less or more comes after the first figure, then
/// "than" or « que », an article or other words (a year may date them), then the other figure;
/// a figure right after "than" ("more than 250 of them") is a bound, not the figure compared.
struct ComparedFigures {
    let check: NumberCheck

    /// A comparison the figures contradict.
    struct Mismatch {
        /// From the first figure to the other.
        var span: Span
        var first: Decimal
        var other: Decimal
        /// Whether the text says the first is the smaller.
        var saysLess: Bool
    }

    /// How many tokens may stand between the first figure and the word of less or more.
    static let leadReach = 14
    /// How many tokens may stand between "than" or « que » and the other figure.
    static let otherReach = 8
    /// Words that deny the comparison, folded: "no more than", « pas moins que ».
    static let negations: Set<String> = ["no", "not", "pas", "ni", "never", "jamais"]

    /// The comparisons the figures contradict, in text order.
    func mismatches() -> [Mismatch] {
        let tokens = check.document.tokens
        // Years and lengths ("en dix jours") are neither figure.
        let numbers = check.numbers.filter { number in
            let end = check.document.tokenRange(of: number.span).upperBound
            return !BreakdownSums.looksLikeYear(number)
                && !(end < tokens.count && IncludedParts.timeWords.contains(check.folded[end]))
        }
        return numbers.indices.dropLast().compactMap { index -> Mismatch? in
            let (first, other) = (numbers[index], numbers[index + 1])
            guard first.unit == other.unit, first.bound == nil, other.bound == nil,
                let firstValue = first.countOrPercentage, let otherValue = other.countOrPercentage,
                check.document.sentenceIndex(of: first.span.start) == check.document.sentenceIndex(of: other.span.start)
            else { return nil }
            let firstEnd = check.document.tokenRange(of: first.span).upperBound
            let otherStart = check.document.tokenRange(of: other.span).lowerBound
            guard
                let than = (firstEnd..<min(otherStart, firstEnd + Self.leadReach + 2)).first(where: {
                    StatedGaps.thanWords.contains(check.folded[$0])
                }), than > firstEnd, otherStart - than - 1 >= 1, otherStart - than - 1 <= Self.otherReach
            else { return nil }
            let comparative = check.folded[than - 1]
            let saysLess = StatedGaps.lessWords.contains(comparative)
            // A comma or « soit » sets the comparison apart: "four more than 338" is a gap.
            guard saysLess || StatedGaps.moreWords.contains(comparative),
                (firstEnd..<than).contains(where: { tokens[$0].text == "," || check.folded[$0] == "soit" }),
                !Self.negations.contains(check.folded[than - 2]),
                // Only words, years and an opening bracket between "than" and the other figure.
                (than + 1..<otherStart).allSatisfy({
                    tokens[$0].kind == .word || tokens[$0].isModernYear || tokens[$0].text == "("
                }),
                saysLess ? firstValue >= otherValue : firstValue <= otherValue
            else { return nil }
            return Mismatch(span: first.span.union(other.span), first: firstValue, other: otherValue, saysLess: saysLess)
        }
    }
}
