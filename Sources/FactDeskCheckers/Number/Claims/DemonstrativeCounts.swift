import FactDeskKit
import Foundation

/// A count taken up again with a demonstrative: "He listed three demands … If these four demands
/// are met", « Le ministre a posé trois conditions. Ces quatre conditions … ». "These", « ces »
/// point back at the things the text has just counted, so the count after them must be the
/// count before.
///
/// The earlier count is the nearest plain count before (or approximate one, « quelque 45 000 », whose
/// reach must leave the later value out), in the same paragraph, whose noun is the
/// same word (or its singular or plural in -s, -x); no other number stands between the two, as
/// one would when the text counts some of the things (« 12 personnes … 5 ont été relâchées. Ces
/// 5 personnes »), and no earlier count of the same things in the paragraph has the
/// demonstrative's value (« perd trois sièges et n’en garde que 161. Ces trois sièges »). Counts of periods (« ces deux jours ») and counts restricted by a relative
/// clause ("these 250 exhibitors who came back") are left out.
struct DemonstrativeCounts {
    let check: NumberCheck

    /// A count taken up again with another value.
    struct Mismatch {
        /// The demonstrative's count and noun.
        var span: Span
        var earlier: Mention
    }

    /// Demonstratives that point back at counted things, folded ("those" mostly picks some out:
    /// "those 250 who came back").
    static let demonstratives: Set<String> = ["these", "ces"]
    /// Words after the noun that restrict it to some of the things counted before ("these 250
    /// exhibitors who came back", « ces 250 exposants qui »), folded.
    static let restrictors: Set<String> = ["who", "whom", "that", "which", "qui", "que", "dont", "ou"]

    private var tokens: [Token] { check.document.tokens }

    /// The counts taken up again with another value, in text order: read from each demonstrative
    /// followed by a number, so the numbers after other words cost nothing.
    func mismatches() -> [Mismatch] {
        let numbers = check.numbers
        let tokens = self.tokens
        // Each count after the first, read when a demonstrative stands right before it: far
        // fewer numbers than words to look at.
        return numbers.indices.dropFirst().compactMap { position -> Mismatch? in
            let later = numbers[position]
            let range = check.document.tokenRange(of: later.span)
            let index = range.lowerBound - 1
            guard index >= 0, range.lowerBound < tokens.count, numbers[position - 1].span.start != later.span.start,
                tokens[range.lowerBound].span.start == later.span.start, startsLikeDemonstrative(index),
                check.folded.isWord(index, in: Self.demonstratives)
            else { return nil }
            guard let value = BreakdownSums.plainCount(later), let noun = noun(after: range),
                !AdjacentParts.periodNouns.contains(noun), !check.folded.isWord(range.upperBound + 1, in: Self.restrictors),
                case let earlier = numbers[position - 1],
                check.document.paragraphIndex(of: earlier.span.start) == check.document.paragraphIndex(of: later.span.start),
                differs(earlier, from: value),
                let earlierNoun = self.noun(after: check.document.tokenRange(of: earlier.span)),
                Self.sameNoun(noun, earlierNoun), !countedBefore(value, of: noun, before: position)
            else { return nil }
            return Mismatch(span: later.span.union(tokens[range.upperBound].span), earlier: earlier)
        }
    }

    /// Whether an earlier count cannot be `value`: a plain count of another value, or an
    /// approximate one ("some 45,000", « quelque 45 000 ») whose reach leaves `value` out.
    private func differs(_ earlier: Mention, from value: Decimal) -> Bool {
        if let earlierValue = BreakdownSums.plainCount(earlier) { return earlierValue != value }
        guard earlier.bound?.relation == .approximately, BreakdownSums.plainCount(Self.unbounded(earlier)) != nil,
            let reach = BreakdownSums.plainValue(earlier, language: check.document.language)
        else { return false }
        return !reach.contains(value)
    }

    /// The mention without its bound.
    private static func unbounded(_ mention: Mention) -> Mention {
        var plain = mention
        plain.bound = nil
        return plain
    }

    /// Whether the paragraph counted the same things with `value` before the nearest count, as in
    /// « le parti perd trois sièges et n’en garde que 161. Ces trois sièges … »: the demonstrative
    /// then takes up that earlier count.
    private func countedBefore(_ value: Decimal, of noun: String, before position: Int) -> Bool {
        let numbers = check.numbers
        let paragraph = check.document.paragraphIndex(of: numbers[position].span.start)
        var index = position - 2
        while index >= 0, check.document.paragraphIndex(of: numbers[index].span.start) == paragraph {
            if BreakdownSums.plainCount(numbers[index]) == value,
                let earlierNoun = self.noun(after: check.document.tokenRange(of: numbers[index].span)),
                Self.sameNoun(noun, earlierNoun)
            {
                return true
            }
            index -= 1
        }
        return false
    }

    /// Whether token `index` starts with "t" or "c", as every word of ``demonstratives`` does: the
    /// other tokens are passed over without folding and hashing them.
    private func startsLikeDemonstrative(_ index: Int) -> Bool {
        tokens[index].text.utf8.first.map { $0 | 0x20 == UInt8(ascii: "t") || $0 | 0x20 == UInt8(ascii: "c") } ?? false
    }

    /// The folded word right after a count, if one follows it.
    private func noun(after range: Range<Int>) -> String? {
        range.upperBound < tokens.count && tokens[range.upperBound].kind == .word ? check.folded[range.upperBound] : nil
    }

    /// Whether two nouns are one word, or its singular and plural in -s or -x.
    static func sameNoun(_ first: String, _ second: String) -> Bool {
        first == second || [first + "s", first + "x"].contains(second) || [second + "s", second + "x"].contains(first)
    }
}
