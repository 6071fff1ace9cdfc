import FactDeskKit
import Foundation

/// A figure compared with another by a stated gap, reported when the two figures do not make it:
///
/// - percentages: "Turnout reached 52.4%, over 9% less than the 63% of 2020", « 52,4 %, soit plus
///   de 9 points de moins que les 63 % de 2020 », "52.4%, down 9 points from 63%". The gap may
///   be meant in points or as a share of the other figure: one that neither reading allows, each
///   figure taken within its rounding, is reported;
/// - counts of a noun: "343 districts, four more than the previous 338", « 343 circonscriptions,
///   soit cinq de plus que les 338 précédentes », "144 seats, up 24 from 120". Counts are exact,
///   so the gap must be their difference; a figure with "about", "some", "over" is left alone.
///
/// - a count gained or lost and the move it made: "gained two seats, going from 12 to 14"
///   (``moveMismatch(gain:from:to:)``).
///
/// The three figures follow each other in one sentence: the first (for a count, its noun in at
/// most three words after it), a comma and at most three words, then either the gap (with
/// "points" perhaps), a word of less or more and "than", « que », and the other figure, an
/// article and a word of order ("previous") perhaps before it; or "up" or "down", the gap, "from"
/// and the other figure, an article perhaps before it.
struct StatedGaps {
    let check: NumberCheck

    /// A gap that the two figures it compares do not make.
    struct Mismatch {
        /// From the first figure to the other one.
        var span: Span
        /// The first figure less the other one (in points for percentages).
        var difference: Decimal
        /// Whether the figures are percentages.
        var isPercent: Bool
    }

    /// Words of a gap below the other figure, folded.
    static let lessWords: Set<String> = ["less", "lower", "fewer", "moins"]
    /// Words of a gap above the other figure, folded.
    static let moreWords: Set<String> = ["more", "higher", "plus"]
    /// Words between the gap and its word of less or more, folded: "9 percentage points less".
    static let pointWords: Set<String> = ["points", "point", "percentage", "de", "d'"]
    /// Words that bring in the other figure after a word of less or more, folded.
    static let thanWords: Set<String> = ["than", "que", "qu'"]
    /// Words that bring in the gap before "from": "up 24 from 120", "down 3 points from 45%".
    static let changeWords: Set<String> = ["up", "down"]
    /// Articles before the other figure, folded.
    static let articles: Set<String> = ["the", "le", "la", "les", "l'", "its", "son", "sa", "ses"]
    /// Words of order between the article and the other figure: "than the previous 338".
    static let orderWords: Set<String> = ["previous", "last", "former", "earlier"]
    /// How many words may stand between the comma after the first figure and the gap, and
    /// between a count and that comma.
    static let leadWords = 3

    var tokens: [Token] { check.document.tokens }

    /// The gaps the figures they compare contradict, in text order.
    func mismatches() -> [Mismatch] {
        let numbers = check.numbers
        guard numbers.count >= 3 else { return [] }
        return (0..<numbers.count - 2).compactMap { index -> Mismatch? in
            let (first, gap, other) = (numbers[index], numbers[index + 1], numbers[index + 2])
            if let moved = moveMismatch(gain: first, from: gap, to: other) { return moved }
            switch (first.value, other.value) {
            case (.percent(let firstValue), .percent(let otherValue)):
                guard isGap(gap), let isLess = comparison(first: first, gap: gap, other: other, nounWords: 0) else {
                    return nil
                }
                return percentMismatch(first: first, firstValue, gap: gap, other: other, otherValue, isLess: isLess)
            case (.number(let firstValue), .number(let otherValue)):
                guard case .number(let gapValue) = gap.value, gapValue > 0,
                    [first, gap, other].allSatisfy({ $0.bound == nil }),
                    let isLess = comparison(first: first, gap: gap, other: other, nounWords: Self.leadWords),
                    [first, gap, other].allSatisfy(Self.isWholeCount)
                else { return nil }
                let difference = firstValue - otherValue
                guard gapValue != (isLess ? -difference : difference) else { return nil }
                return Mismatch(span: first.span.union(other.span), difference: difference, isPercent: false)
            default:
                return nil
            }
        }
    }

    /// The mismatch of a gap between two percentages that neither reading, in points or as a
    /// share of the other figure, allows.
    private func percentMismatch(
        first: Mention, _ firstValue: Decimal, gap: Mention, other: Mention, _ otherValue: Decimal, isLess: Bool
    ) -> Mismatch? {
        guard let claimed = ClaimedValue(gap, precision: Self.halfUnit(gap)) else { return nil }
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
        return Mismatch(span: first.span.union(other.span), difference: firstValue - otherValue, isPercent: true)
    }

    /// Whether a figure is a whole count written without decimals or a scale ("343", "four",
    /// not "2,5" nor "3 million").
    static func isWholeCount(_ mention: Mention) -> Bool {
        guard case .number = mention.value, WrittenDecimals.count(in: mention.text) == 0 else { return false }
        return !mention.text.contains(where: \.isNumber) || !mention.text.contains(where: \.isLetter)
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
    /// or `nil` when the words around the three figures are not a stated gap. A count's noun,
    /// in at most `nounWords` words, stands between it and the comma, and is required then.
    private func comparison(first: Mention, gap: Mention, other: Mention, nounWords: Int) -> Bool? {
        let document = check.document
        let gapRange = document.tokenRange(of: gap.span)
        // Most figures are no gap: the words right around it tell first.
        var after = gapRange.upperBound
        while after < gapRange.upperBound + 3, check.folded.isWord(after, in: Self.pointWords) { after += 1 }
        guard check.folded.isWord(gapRange.lowerBound - 1, in: Self.changeWords)
            || check.folded.isWord(after, in: Self.lessWords) || check.folded.isWord(after, in: Self.moreWords)
        else { return nil }
        let firstRange = document.tokenRange(of: first.span)
        let otherRange = document.tokenRange(of: other.span)
        guard !firstRange.isEmpty, !gapRange.isEmpty, !otherRange.isEmpty,
            document.sentenceIndex(of: first.span.start) == document.sentenceIndex(of: other.span.start),
            firstRange.upperBound < gapRange.lowerBound
        else { return nil }
        var comma = firstRange.upperBound
        while comma < gapRange.lowerBound, comma - firstRange.upperBound < nounWords, tokens[comma].kind == .word {
            comma += 1
        }
        guard comma > firstRange.upperBound || nounWords == 0, comma < gapRange.lowerBound, tokens[comma].text == ",",
            gapRange.lowerBound - comma - 1 <= Self.leadWords,
            (comma + 1..<gapRange.lowerBound).allSatisfy({ tokens[$0].kind == .word })
        else { return nil }
        if check.folded.isWord(gapRange.lowerBound - 1, in: Self.changeWords) {
            return changeComparison(gap: gapRange, other: otherRange)
        }
        // Not "up" or "down" before the gap: the word of less or more the first test found.
        let isLess = check.folded.isWord(after, in: Self.lessWords)
        var cursor = after + 1
        guard check.folded.isWord(cursor, in: Self.thanWords) else { return nil }
        cursor += 1
        if check.folded.isWord(cursor, in: Self.articles) { cursor += 1 }
        if nounWords > 0, check.folded.isWord(cursor, in: Self.orderWords) { cursor += 1 }
        return cursor == otherRange.lowerBound ? isLess : nil
    }

    /// The direction of "up 24 from 120", "down 3 points from 45%": the first figure is below
    /// the other after "down".
    private func changeComparison(gap: Range<Int>, other: Range<Int>) -> Bool? {
        let isLess = check.folded[gap.lowerBound - 1] == "down"
        var cursor = gap.upperBound
        while cursor < other.lowerBound, check.folded.isWord(cursor, in: ["points", "point", "percentage"]) {
            cursor += 1
        }
        guard check.folded.isWord(cursor, in: ["from"]) else { return nil }
        cursor += 1
        if check.folded.isWord(cursor, in: Self.articles) { cursor += 1 }
        return cursor == other.lowerBound ? isLess : nil
    }

    /// Half a unit of a figure's last written digit: 0.5 for "55%", 0.005 for "52.24%".
    static func halfUnit(_ mention: Mention) -> Decimal {
        var half = Decimal(string: "0.5")!
        for _ in 0..<min(WrittenDecimals.count(in: mention.text), 6) { half /= 10 }
        return half
    }
}
