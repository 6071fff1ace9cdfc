import FactDeskKit
import Foundation

/// A count split into groups of one size: "24 teams, divided into six groups of four", « 24
/// équipes réparties en six poules de quatre équipes ». The groups times their size must make
/// the count.
///
/// The groups are a plain count, a noun of groups and "of", « de » before another plain count
/// (their size, optionally followed by the whole's noun and "each", « chacune »). Their whole is
/// the nearest plain count before them in the sentence, at most ``wholeReach`` words away, with
/// a preposition of division among those words ("into", "in", « en », « entre ») and no other
/// number but the year of a name (« les 24 équipes de la Coupe des Lacs 2025 sont réparties en »). A size given as a range ("of four or five", « de quatre à cinq ») or a bound ("of up
/// to four") is no single size and is left out.
struct GroupSizes {
    let check: NumberCheck

    /// A split into groups whose product is not its whole.
    struct Mismatch {
        /// From the whole to the size.
        var span: Span
        var whole: Mention
        var groups: Decimal
        var size: Decimal
    }

    /// Nouns of groups of a competition, folded.
    static let groupNouns: Set<String> = ["groups", "pools", "groupes", "poules"]
    /// Words between a group noun and its size, folded.
    static let sizeWords: Set<String> = ["of", "de"]
    /// Prepositions that split a whole into groups, folded.
    static let divisions: Set<String> = ["into", "in", "en", "entre", "between"]
    /// Words after a size that make it one end of a range, folded.
    static let rangeWords: Set<String> = ["or", "to", "ou", "a"]
    /// How many words may stand between the whole and the count of groups ("teams are divided
    /// into", « équipes de la Coupe des Lacs 2025 sont réparties en »).
    static let wholeReach = 12

    private var tokens: [Token] { check.document.tokens }

    /// The splits into groups whose groups times their size are not their whole, in text order.
    func mismatches() -> [Mismatch] {
        var found: [Mismatch] = []
        for (position, groups) in check.numbers.enumerated() {
            guard let groupCount = BreakdownSums.plainCount(groups) else { continue }
            let groupRange = check.document.tokenRange(of: groups.span)
            let noun = groupRange.upperBound
            guard check.folded.isWord(noun, in: Self.groupNouns), check.folded.isWord(noun + 1, in: Self.sizeWords),
                position + 1 < check.numbers.count, case let size = check.numbers[position + 1],
                check.document.tokenRange(of: size.span).lowerBound == noun + 2,
                let sizeValue = BreakdownSums.plainCount(size), !isRange(after: size),
                let candidate = wholeCandidate(before: position), let whole = whole(before: candidate, groups: groupRange),
                let wholeValue = BreakdownSums.plainValue(whole, language: check.document.language),
                !wholeValue.contains(groupCount * sizeValue)
            else { continue }
            found.append(
                Mismatch(span: whole.span.union(size.span), whole: whole, groups: groupCount, size: sizeValue))
        }
        return found
    }

    /// The nearest number mention before the one at `position` that is not a year ("2025" in
    /// « la Coupe des Lacs 2025 »).
    private func wholeCandidate(before position: Int) -> Mention? {
        var index = position - 1
        while index >= 0, case let range = check.document.tokenRange(of: check.numbers[index].span),
            range.count == 1, tokens[range.lowerBound].isModernYear
        {
            index -= 1
        }
        return index >= 0 ? check.numbers[index] : nil
    }

    /// The mention before the groups as their whole: a plain count in the same sentence, then
    /// only words and commas, among them a preposition of division, up to the groups.
    private func whole(before candidate: Mention, groups: Range<Int>) -> Mention? {
        let end = check.document.tokenRange(of: candidate.span).upperBound
        guard BreakdownSums.plainCount(candidate) != nil, groups.lowerBound - end <= Self.wholeReach,
            check.document.sentenceIndex(of: candidate.span.start)
                == check.document.sentenceIndex(of: tokens[groups.lowerBound].span.start),
            (end..<groups.lowerBound).allSatisfy({
                tokens[$0].kind == .word || tokens[$0].text == "," || tokens[$0].isModernYear
            }),
            (end..<groups.lowerBound).contains(where: { check.folded.isWord($0, in: Self.divisions) })
        else { return nil }
        return candidate
    }

    /// Whether the size is one end of a range: "of four or five", « de quatre à cinq ».
    private func isRange(after size: Mention) -> Bool {
        let next = check.document.tokenRange(of: size.span).upperBound
        guard check.folded.isWord(next, in: Self.rangeWords), next + 1 < tokens.count else { return false }
        let offset = tokens[next + 1].span.start
        return check.numbers.contains { $0.span.start == offset }
    }
}
