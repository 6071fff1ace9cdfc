import FactDeskKit
import Foundation

/// A percentage compared with another by a stated gap: "Turnout reached 52.4%, over 9% less
/// than the 63% of 2020", « 52,4 %, soit plus de 9 points de moins que les 63 % de 2020 ». The gap
/// may be meant in points or as a share of the other figure: one that neither reading allows,
/// each figure taken within its rounding, is reported.
///
/// The three percentages follow each other in one sentence: the first, a comma and at most
/// three words, the gap (with "points" perhaps), a word of less or more and "than", « que »,
/// then the other figure, an article perhaps before it.
struct PercentGaps {
    let check: NumberCheck

    /// A gap that the two figures it compares do not make.
    struct Mismatch {
        /// From the first figure to the other one.
        var span: Span
        /// The gap in points between the two figures.
        var points: Decimal
    }

    /// Words of a gap below the other figure, folded.
    static let lessWords: Set<String> = ["less", "lower", "fewer", "moins"]
    /// Words of a gap above the other figure, folded.
    static let moreWords: Set<String> = ["more", "higher", "plus"]
    /// Words between the gap and its word of less or more, folded: "9 percentage points less".
    static let pointWords: Set<String> = ["points", "point", "percentage", "de", "d'"]
    /// Words that bring in the other figure, folded.
    static let thanWords: Set<String> = ["than", "que", "qu'"]
    /// Articles before the other figure, folded.
    static let articles: Set<String> = ["the", "le", "la", "les", "l'", "its", "son", "sa", "ses"]
    /// How many words may stand between the comma after the first figure and the gap.
    static let leadWords = 3

    private var tokens: [Token] { check.document.tokens }

    /// The gaps the figures they compare contradict, in text order.
    func mismatches() -> [Mismatch] {
        let numbers = check.numbers
        guard numbers.count >= 3 else { return [] }
        return (0..<numbers.count - 2).compactMap { index -> Mismatch? in
            let (first, gap, other) = (numbers[index], numbers[index + 1], numbers[index + 2])
            guard case .percent(let firstValue) = first.value, isGap(gap), case .percent(let otherValue) = other.value,
                let isLess = comparison(first: first, gap: gap, other: other),
                let claimed = ClaimedValue(gap, precision: Self.halfUnit(gap))
            else { return nil }
            // The gap in points and as a share of the other figure, each figure within its rounding.
            let (firstReach, otherReach) = (Self.halfUnit(first), Self.halfUnit(other))
            let signed: (Decimal, Decimal) -> Decimal = { isLess ? $1 - $0 : $0 - $1 }
            let low = signed(firstValue + (isLess ? firstReach : -firstReach), otherValue + (isLess ? -otherReach : otherReach))
            let high = signed(firstValue + (isLess ? -firstReach : firstReach), otherValue + (isLess ? otherReach : -otherReach))
            guard otherValue - otherReach > 0 else { return nil }
            let points = ClaimedValue(lower: low, includesLower: true, upper: high, includesUpper: true)
            let share = ClaimedValue(
                lower: low / (otherValue + otherReach) * 100, includesLower: true,
                upper: high / (otherValue - otherReach) * 100, includesUpper: true)
            guard !claimed.overlaps(points), !claimed.overlaps(share) else { return nil }
            return Mismatch(span: first.span.union(other.span), points: signed(firstValue, otherValue))
        }
    }

    /// Whether a figure may be a gap between percentages: a percentage, or a count of points
    /// (« 9 points », "9 percentage points").
    private func isGap(_ mention: Mention) -> Bool {
        switch mention.value {
        case .percent: return true
        case .number:
            let after = check.document.tokenRange(of: mention.span).upperBound
            return check.folded.isWord(after, in: ["points", "point", "percentage"])
        default: return false
        }
    }

    /// Whether the gap says the first figure is below the other (`true`) or above it (`false`),
    /// or `nil` when the words around the three figures are not a stated gap.
    private func comparison(first: Mention, gap: Mention, other: Mention) -> Bool? {
        let document = check.document
        let firstRange = document.tokenRange(of: first.span)
        let gapRange = document.tokenRange(of: gap.span)
        let otherRange = document.tokenRange(of: other.span)
        guard !firstRange.isEmpty, !gapRange.isEmpty, !otherRange.isEmpty,
            document.sentenceIndex(of: first.span.start) == document.sentenceIndex(of: other.span.start),
            firstRange.upperBound < gapRange.lowerBound, tokens[firstRange.upperBound].text == ",",
            gapRange.lowerBound - firstRange.upperBound - 1 <= Self.leadWords,
            (firstRange.upperBound + 1..<gapRange.lowerBound).allSatisfy({ tokens[$0].kind == .word })
        else { return nil }
        var cursor = gapRange.upperBound
        while cursor < otherRange.lowerBound, check.folded.isWord(cursor, in: Self.pointWords) { cursor += 1 }
        let isLess = check.folded.isWord(cursor, in: Self.lessWords)
        guard isLess || check.folded.isWord(cursor, in: Self.moreWords) else { return nil }
        cursor += 1
        guard check.folded.isWord(cursor, in: Self.thanWords) else { return nil }
        cursor += 1
        if check.folded.isWord(cursor, in: Self.articles) { cursor += 1 }
        return cursor == otherRange.lowerBound ? isLess : nil
    }

    /// Half a unit of a figure's last written digit: 0.5 for "55%", 0.005 for "52.24%".
    static func halfUnit(_ mention: Mention) -> Decimal {
        var half = Decimal(string: "0.5")!
        for _ in 0..<min(WrittenDecimals.count(in: mention.text), 6) { half /= 10 }
        return half
    }
}
