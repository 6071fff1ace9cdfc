import FactDeskKit
import Foundation

/// The rest of a whole named as "the others" after the parts a sentence picks out first:
/// « Neuf équipages courront, dont un de Kesra et les sept autres de l’étranger », "Nine crews
/// will race, including one from Kesra and the other seven from abroad". The parts
/// picked out and the others make the whole.
///
/// The others are a plain count between « les » and « autres » (« les sept autres ») or after "the
/// other" ("the other seven"); the parts, the counts (« un », "one" count one) that start an
/// element after « dont » or "including", each right after the opener, a comma or "and" / « et »;
/// the whole, the plain count before the opener, followed by its noun, within
/// ``IncludedParts/nounReach`` tokens. Numbers inside an element (« dont un condamné à 5 ans »)
/// are no parts.
struct OtherParts {
    let check: NumberCheck

    /// Words that bring in the parts picked out, folded.
    static let openers: Set<String> = ["dont", "including"]

    private var tokens: [Token] { check.document.tokens }

    /// The sentences whose parts and others do not make their whole, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        var found: [BreakdownSums.Mismatch] = []
        for sentence in check.document.sentences {
            for index in sentence.tokens where tokens[index].text == "autres" || tokens[index].text == "other" {
                guard let (others, start) = others(at: index, in: sentence.tokens),
                    let opener = (sentence.tokens.lowerBound..<start).last(where: { Self.openers.contains(word($0)) }),
                    let whole = whole(before: opener, in: sentence.tokens),
                    let wholeValue = BreakdownSums.plainCount(whole), let othersValue = BreakdownSums.plainCount(others)
                else { continue }
                let parts = parts(from: opener + 1, to: start)
                guard !parts.isEmpty, parts.reduce(othersValue, +) != wholeValue else { continue }
                found.append(
                    BreakdownSums.Mismatch(
                        span: whole.span.union(others.span.union(tokens[index].span)), whole: whole,
                        parts: parts + [othersValue]))
            }
        }
        return found
    }

    /// The count of the others at token `index` (« autres », "other"), with the token their
    /// phrase starts at: « les sept autres », "the other seven".
    private func others(at index: Int, in sentence: Range<Int>) -> (Mention, Int)? {
        switch word(index) {
        case "autres" where index - 2 >= sentence.lowerBound && word(index - 2) == "les":
            guard let count = check.number(endingAtToken: index - 1),
                check.document.tokenRange(of: count.span).lowerBound == index - 1
            else { return nil }
            return (count, index - 2)
        case "other" where index - 1 >= sentence.lowerBound && word(index - 1) == "the" && index + 1 < sentence.upperBound:
            guard let count = check.number(startingAtToken: index + 1),
                check.document.tokenRange(of: count.span).upperBound == index + 2
            else { return nil }
            return (count, index - 1)
        default:
            return nil
        }
    }

    /// The plain count before the opener at `opener`, followed by a word, within
    /// ``IncludedParts/nounReach`` tokens, with no other number between.
    private func whole(before opener: Int, in sentence: Range<Int>) -> Mention? {
        var index = opener - 1
        while index >= sentence.lowerBound, opener - index <= IncludedParts.nounReach {
            if let number = check.number(endingAtToken: index) {
                let after = check.document.tokenRange(of: number.span).upperBound
                return after < opener && tokens[after].kind == .word ? number : nil
            }
            index -= 1
        }
        return nil
    }

    /// The counts that start an element between tokens `start` and `end`: right after the
    /// opener, a comma or a joiner; « un », "one" count one.
    private func parts(from start: Int, to end: Int) -> [Decimal] {
        (start..<end).compactMap { index -> Decimal? in
            guard index == start || tokens[index - 1].text == "," || BreakdownSums.joiners.contains(word(index - 1))
            else { return nil }
            if ListedParts.ones.contains(word(index)) { return 1 }
            guard let count = check.number(startingAtToken: index) else { return nil }
            return BreakdownSums.plainCount(count)
        }
    }

    private func word(_ index: Int) -> String {
        tokens[index].kind == .word ? check.folded[index] : ""
    }
}
