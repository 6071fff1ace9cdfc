import FactDeskKit
import Foundation

/// An ordinal of times above the count of occasions it is counted in: "made the podium for the
/// 14th time in 12 races", « pour la 14e fois en 12 courses », "only the seventh time in six
/// races". A count of years or days ("the 14th time in 12 years") may hold more times, and is
/// left alone.
struct TimesInCount {
    let check: NumberCheck

    /// An ordinal of times above its count of occasions.
    struct Excess {
        var span: Span
        var times: Int
        var occasions: Decimal
    }

    /// Nouns of times, folded.
    static let timeNouns: Set<String> = ["time", "fois"]
    /// Words between the noun of times and the count of occasions, folded.
    static let links: Set<String> = ["in", "en", "sur", "from"]
    /// How many words may stand between the count of occasions and its noun ("25 consecutive races").
    static let nounReach = 2

    /// The ordinals of times above their count of occasions, in text order.
    func excesses() -> [Excess] {
        let tokens = check.document.tokens
        return check.ordinals.compactMap { ordinal -> Excess? in
            guard case .ordinal(let times) = ordinal.value else { return nil }
            let end = check.document.tokenRange(of: ordinal.span).upperBound
            guard end + 2 < tokens.count, Self.timeNouns.contains(check.folded[end]),
                Self.links.contains(check.folded[end + 1]),
                let count = check.numbers.first(where: { $0.span.start == tokens[end + 2].span.start }),
                let occasions = BreakdownSums.plainCount(count), Decimal(times) > occasions
            else { return nil }
            let countEnd = check.document.tokenRange(of: count.span).upperBound
            let words = (countEnd..<min(tokens.count, countEnd + Self.nounReach + 1)).prefix { tokens[$0].kind == .word }
            // The first plural word is the noun: "25 consecutive races".
            guard let noun = words.first(where: { check.folded[$0].hasSuffix("s") || check.folded[$0].hasSuffix("x") }),
                // "in 25 years", "in 25 races": the noun decides; periods may hold any number of times.
                !AdjacentParts.periodNouns.contains(check.folded[noun])
            else { return nil }
            return Excess(span: ordinal.span.union(tokens[noun].span), times: times, occasions: occasions)
        }
    }
}
