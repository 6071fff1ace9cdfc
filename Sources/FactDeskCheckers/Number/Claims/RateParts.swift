import FactDeskKit
import Foundation

/// A rate given with its parts beside it: « un taux de participation de 61,30 % (4 519 253
/// votants sur 7 371 890 inscrits) », "2.1 million of 3.1 million voters, or 67%", "Turnout was
/// 67%, with 2.1 million of 3.1 million voters", or after them with the whole first (« Sur 3,1
/// millions d’inscrits, 2,1 millions ont voté, soit 67 % », "Of 3.1 million registered voters, 2.1
/// million cast a ballot, a turnout of 67%"), or between them (« 2,2 millions de voix, soit 58 %
/// des 4 millions de suffrages exprimés »). The rate must be the parts' ratio, to the precision
/// it is written with.
struct RateParts {
    let check: NumberCheck

    /// A rate that is not its parts' ratio.
    struct Mismatch {
        /// From the first to the last of the three numbers.
        var span: Span
        var rate: Mention
        var part: Decimal
        var whole: Decimal
    }

    /// Words that bring in the whole after the part, folded ("sur", "of", "out of", « parmi »).
    static let openers: Set<String> = ["sur", "of", "parmi", "among"]
    /// How many tokens may stand between the part's number and the opener ("votants").
    static let reach = 3

    /// The rates that are not their parts' ratio, in text order.
    func mismatches() -> [Mismatch] {
        let numbers = check.numbers
        let document = check.document
        var found: [Mismatch] = []
        for (index, rate) in numbers.enumerated() {
            guard case .percent(let percent) = rate.value, rate.bound == nil else { continue }
            let rateRange = document.tokenRange(of: rate.span)
            let sentence = document.sentenceIndex(of: rate.span.start)
            for partIndex in max(0, index - 3)..<min(numbers.count - 1, index + 3) where partIndex != index {
                let part = numbers[partIndex]
                let whole = numbers[partIndex + 1]
                guard whole.span.start != rate.span.start, case .number(let partValue) = part.value,
                    case .number(let wholeValue) = whole.value, part.bound == nil, whole.bound == nil,
                    part.unit == whole.unit, wholeValue > partValue, partValue > 0,
                    document.sentenceIndex(of: part.span.start) == sentence,
                    document.sentenceIndex(of: whole.span.start) == sentence,
                    isBeside(rateRange, part: part, whole: whole), opensWhole(between: part, and: whole)
                else { continue }
                let ratio = partValue / wholeValue * 100
                guard abs(ratio - percent) > Self.tolerance(of: rate.text) else { continue }
                let spans = [rate.span, part.span, whole.span]
                let span = Span(start: spans.map(\.start).min()!, end: spans.map(\.end).max()!)
                found.append(Mismatch(span: span, rate: rate, part: partValue, whole: wholeValue))
                break
            }
            if found.last?.rate.span != rate.span, let mismatch = wholeFirst(rate, at: index) ?? wholeAfter(rate, at: index) {
                found.append(mismatch)
            }
        }
        return found
    }

    /// How many tokens may stand between the part and a rate after it.
    static let rateReach = 12

    /// A rate after "Sur 7 371 890 inscrits, 4 519 253 ont voté": the sentence opens with "sur",
    /// "of" and the whole, the part follows within ``reach`` tokens after a comma, and the rate,
    /// with no complement of its own ("30 % d’entre eux"), follows the part.
    private func wholeFirst(_ rate: Mention, at index: Int) -> Mismatch? {
        let document = check.document
        let tokens = document.tokens
        guard index >= 2, case .percent(let percent) = rate.value else { return nil }
        let whole = check.numbers[index - 2]
        let part = check.numbers[index - 1]
        let sentence = document.sentences[document.sentenceIndex(of: rate.span.start)].tokens
        let wholeRange = document.tokenRange(of: whole.span)
        let partRange = document.tokenRange(of: part.span)
        let rateRange = document.tokenRange(of: rate.span)
        var opener = wholeRange.lowerBound - 1
        if opener >= sentence.lowerBound, ClaimWords.determiners.contains(Fold.word(tokens[opener].text)) { opener -= 1 }
        guard opener == sentence.lowerBound, Self.openers.contains(Fold.word(tokens[opener].text)),
            case .number(let wholeValue) = whole.value, case .number(let partValue) = part.value,
            whole.bound == nil, part.bound == nil, whole.unit == part.unit, wholeValue > partValue, partValue > 0,
            partRange.lowerBound > wholeRange.upperBound, partRange.lowerBound - wholeRange.upperBound <= Self.reach + 1,
            tokens[partRange.lowerBound - 1].text == ",",
            rateRange.lowerBound - partRange.upperBound <= Self.rateReach, rateRange.upperBound <= sentence.upperBound,
            rateRange.upperBound == sentence.upperBound || tokens[rateRange.upperBound].kind == .punctuation
        else { return nil }
        let ratio = partValue / wholeValue * 100
        guard abs(ratio - percent) > Self.tolerance(of: rate.text) else { return nil }
        return Mismatch(span: whole.span.union(rate.span), rate: rate, part: partValue, whole: wholeValue)
    }

    /// Words between a rate and the whole after it, as folded word sequences: « soit 58 % des 4
    /// millions », "or 58% of the 4 million".
    static let wholeAfterRate: [[String]] = [["des"], ["du"], ["de"], ["of"], ["of", "the"], ["sur"], ["sur", "les"]]

    /// A rate restated after its part with the whole right after it: « 2 200 000 voix, soit 58 %
    /// des 4 000 000 suffrages exprimés », "2.2 million votes, or 58% of the 4 million cast". The
    /// part is the number right before the comma and « soit », "or", at most ``reach`` words
    /// before it.
    private func wholeAfter(_ rate: Mention, at index: Int) -> Mismatch? {
        let document = check.document
        let tokens = document.tokens
        guard index >= 1, index + 1 < check.numbers.count, case .percent(let percent) = rate.value else { return nil }
        let part = check.numbers[index - 1]
        let whole = check.numbers[index + 1]
        let partRange = document.tokenRange(of: part.span)
        let rateRange = document.tokenRange(of: rate.span)
        let wholeRange = document.tokenRange(of: whole.span)
        let restater = rateRange.lowerBound - 1
        guard restater - 1 > partRange.upperBound, restater - 1 - partRange.upperBound <= Self.reach,
            Self.restaters.contains(Fold.word(tokens[restater].text)), tokens[restater - 1].text == ",",
            (partRange.upperBound..<restater - 1).allSatisfy({ tokens[$0].kind == .word }),
            Self.wholeAfterRate.contains((rateRange.upperBound..<wholeRange.lowerBound).map { Fold.word(tokens[$0].text) }),
            case .number(let partValue) = part.value, case .number(let wholeValue) = whole.value,
            part.bound == nil, whole.bound == nil, part.unit == whole.unit, wholeValue > partValue, partValue > 0
        else { return nil }
        let ratio = partValue / wholeValue * 100
        guard abs(ratio - percent) > Self.tolerance(of: rate.text) else { return nil }
        return Mismatch(span: part.span.union(whole.span), rate: rate, part: partValue, whole: wholeValue)
    }

    /// Whether the parts stand in parentheses right after the rate ("61,30 % (4 519 253 votants
    /// sur …"), or the rate right after the whole with « soit », "or" ("… sur 7 371 890, soit 61,30 %").
    private func isBeside(_ rate: Range<Int>, part: Mention, whole: Mention) -> Bool {
        let tokens = check.document.tokens
        let partStart = check.document.tokenRange(of: part.span).lowerBound
        if partStart == rate.upperBound + 1, tokens[rate.upperBound].text == "(" { return true }
        // "Turnout was 67%, with 2.1 million of 3.1 million voters".
        if partStart == rate.upperBound + 2, tokens[rate.upperBound].text == ",",
            Self.attachers.contains(Fold.word(tokens[rate.upperBound + 1].text))
        {
            return true
        }
        var index = rate.lowerBound - 1
        guard index >= 0, Self.restaters.contains(Fold.word(tokens[index].text)) else { return false }
        index -= 1
        while index >= 0, tokens[index].kind != .number, rate.lowerBound - index <= Self.reach + 4 { index -= 1 }
        return index >= 0 && check.document.tokenRange(of: whole.span).contains(index)
    }

    /// Words that attach the parts after a rate and a comma, folded: "67%, with 2.1 million of …".
    static let attachers: Set<String> = ["with", "avec"]

    /// Words that restate a ratio as a rate, folded: « soit 61 % », "or 61%".
    static let restaters: Set<String> = ["soit", "or", "ou", "i.e"]

    /// Whether "sur", "of", "out of" (and an article) open the whole within ``reach`` tokens after the part.
    private func opensWhole(between part: Mention, and whole: Mention) -> Bool {
        let tokens = check.document.tokens
        let end = check.document.tokenRange(of: part.span).upperBound
        let start = check.document.tokenRange(of: whole.span).lowerBound
        guard start > end, start - end <= Self.reach + 2 else { return false }
        let words = (end..<start).filter { tokens[$0].kind == .word }.map { Fold.word(tokens[$0].text) }
        guard let opener = words.lastIndex(where: Self.openers.contains) else { return false }
        return words.count - opener <= 2
    }

    /// Half a unit of the rate's last written digit, and a little more for rounding: "61,30 %" allows 0.005.
    static func tolerance(of text: String) -> Decimal {
        let decimals = WrittenDecimals.count(in: text)
        guard decimals > 0, decimals <= 3 else { return Decimal(string: "0.51")! }
        var tolerance = Decimal(string: "0.51")!
        for _ in 0..<decimals { tolerance /= 10 }
        return tolerance
    }
}
