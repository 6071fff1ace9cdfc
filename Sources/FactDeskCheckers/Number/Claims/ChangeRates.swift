import FactDeskKit
import Foundation

/// A rate of change stated between two figures of one kind, reported when the figures do not make
/// it: "revenue of $11.7 billion, up 26% from $10.0 billion", "sales of $638 million, a 15%
/// increase compared to $610 million", "turnover increased 8% to £116.9 million (2008: £112.4
/// million)", "profit rose 9% to $2.7 billion from $2.5 billion", « un chiffre d’affaires de 5,2
/// milliards d’euros, en hausse de 18 % par rapport aux 4,8 milliards ». Each figure is taken
/// within its rounding and the rate within one unit of its last digit (writers round and cut),
/// so only a rate that no reading allows is reported. The two figures have the same currency (the
/// earlier one may leave it out), and all three stand in one sentence.
struct ChangeRates {
    let check: NumberCheck

    /// A rate of change that the two figures do not make.
    struct Mismatch {
        /// From the first of the three figures to the last.
        var span: Span
        /// The change from the earlier figure to the later one, in percent.
        var change: Decimal
    }

    /// Words right before a rising rate ("up 16%"), folded.
    static let upWords: Set<String> = ["up"]
    /// Words right before a falling rate ("down 4%"), folded.
    static let downWords: Set<String> = ["down"]
    /// Verbs of a rise before the rate and the new figure ("rose 9% to"), folded.
    static let risingVerbs: Set<String> = ["rose", "increased", "grew", "climbed", "jumped", "gained", "rises", "grows"]
    /// Verbs of a fall before the rate and the new figure ("fell 9% to"), folded.
    static let fallingVerbs: Set<String> = ["fell", "declined", "dropped", "decreased", "slipped", "falls", "drops"]
    /// Nouns of a rise after the rate ("a 5% increase"), folded.
    static let riseNouns: Set<String> = ["increase", "rise", "gain", "jump", "growth"]
    /// Nouns of a fall after the rate ("a 5% decrease"), folded.
    static let fallNouns: Set<String> = ["decrease", "drop", "decline", "fall"]
    /// French words of a change before « de » and the rate: « en hausse de 8 % », folded.
    static let frenchRises: Set<String> = ["hausse", "progression", "augmentation"]
    static let frenchFalls: Set<String> = ["baisse", "recul", "diminution"]
    /// Words that bring in the earlier figure after a rate of change, as folded word sequences.
    static let fromWords = FoldedPhrases([
        ["from"], ["compared", "to"], ["compared", "with"], ["over"], ["par", "rapport", "a"], ["par", "rapport", "au"],
        ["par", "rapport", "aux"],
    ])
    /// Articles before the earlier figure, folded.
    static let articles: Set<String> = ["the", "a", "le", "la", "les", "l'"]
    /// How many words may stand between a noun of change and the words of the earlier figure ("year-over-year").
    static let nounReach = 3

    private var tokens: [Token] { check.document.tokens }

    /// The rates of change their figures contradict, in text order.
    func mismatches() -> [Mismatch] {
        let numbers = check.numbers
        return numbers.indices.compactMap { index -> Mismatch? in
            guard case .percent = numbers[index].value, numbers[index].bound == nil else { return nil }
            let range = check.document.tokenRange(of: numbers[index].span)
            // The words right around the rate first: most rates are no change between figures.
            let before = range.lowerBound - 1
            if check.folded.isWord(before, in: Self.upWords) || check.folded.isWord(before, in: Self.downWords) {
                // "$11.7 billion, up 16% from $10.0 billion".
                let isRise = check.folded.isWord(before, in: Self.upWords)
                return earlierAfter(range.upperBound, index: index).flatMap {
                    mismatch(later: previous(index), earlier: $0, rate: numbers[index], isRise: isRise)
                }
            }
            if check.folded.isWord(range.upperBound, in: Self.riseNouns)
                || check.folded.isWord(range.upperBound, in: Self.fallNouns)
            {
                // "$638 million, a 5% increase year-over-year compared to $610 million".
                let isRise = check.folded.isWord(range.upperBound, in: Self.riseNouns)
                var cursor = range.upperBound + 1
                while cursor < tokens.count, cursor - range.upperBound <= Self.nounReach, tokens[cursor].kind == .word,
                    Self.fromWords.end(at: cursor, in: check.folded, sentence: sentence(of: index)) == nil
                {
                    cursor += 1
                }
                return earlierAfter(cursor, index: index).flatMap {
                    mismatch(later: previous(index), earlier: $0, rate: numbers[index], isRise: isRise)
                }
            }
            let verb = check.folded.isWord(before, in: ["by"]) ? before - 1 : before
            if check.folded.isWord(verb, in: Self.risingVerbs) || check.folded.isWord(verb, in: Self.fallingVerbs) {
                // "turnover increased 8% to £116.9 million (2008: £112.4 million)", "rose 9% to $2.7 billion from $2.5 billion".
                guard check.folded.isWord(range.upperBound, in: ["to"]), index + 2 < numbers.count,
                    range.upperBound + 1 < tokens.count,
                    numbers[index + 1].span.start == tokens[range.upperBound + 1].span.start
                else { return nil }
                let later = numbers[index + 1]
                let after = check.document.tokenRange(of: later.span).upperBound
                let earlier = earlierAfter(after, index: index + 1) ?? yearInParentheses(after, index: index + 1)
                return earlier.flatMap {
                    mismatch(
                        later: later, earlier: $0, rate: numbers[index],
                        isRise: check.folded.isWord(verb, in: Self.risingVerbs))
                }
            }
            if check.folded.isWord(before, in: ["de"]),
                check.folded.isWord(before - 1, in: Self.frenchRises) || check.folded.isWord(before - 1, in: Self.frenchFalls),
                check.folded.isWord(before - 2, in: ["en"])
            {
                // « 5,2 milliards, en hausse de 8 % par rapport aux 4,8 milliards ».
                return earlierAfter(range.upperBound, index: index).flatMap {
                    mismatch(
                        later: previous(index), earlier: $0, rate: numbers[index],
                        isRise: check.folded.isWord(before - 1, in: Self.frenchRises))
                }
            }
            return nil
        }
    }

    private func sentence(of index: Int) -> Range<Int> {
        let document = check.document
        return document.sentences[document.sentenceIndex(of: check.numbers[index].span.start)].tokens
    }

    /// The figure before the rate at `index`, past a year written alone ("for Q3 2020, up 16%").
    private func previous(_ index: Int) -> Mention? {
        var cursor = index - 1
        if cursor >= 0, check.numbers[cursor].unit == nil, check.isLoneYear(check.numbers[cursor]) { cursor -= 1 }
        return cursor >= 0 ? check.numbers[cursor] : nil
    }

    /// The earlier figure brought in by "from", "compared to", « par rapport à » at token `start`:
    /// the next figure after the one at `index`.
    private func earlierAfter(_ start: Int, index: Int) -> Mention? {
        guard index + 1 < check.numbers.count,
            var cursor = Self.fromWords.end(at: start, in: check.folded, sentence: sentence(of: index))
        else { return nil }
        if check.folded.isWord(cursor, in: Self.articles) { cursor += 1 }
        let next = check.numbers[index + 1]
        return cursor < tokens.count && next.span.start == tokens[cursor].span.start ? next : nil
    }

    /// The earlier figure given with its year in parentheses right after the later one: "(2008: £112.4 million)".
    private func yearInParentheses(_ start: Int, index: Int) -> Mention? {
        guard start + 3 < tokens.count, tokens[start].text == "(", TimesAfterList.isYear(tokens[start + 1]),
            tokens[start + 2].text == ":", index + 1 < check.numbers.count
        else { return nil }
        var next = index + 1
        if check.isLoneYear(check.numbers[next]) { next += 1 }
        guard next < check.numbers.count, check.numbers[next].span.start == tokens[start + 3].span.start else { return nil }
        return check.numbers[next]
    }

    /// The mismatch when no value of the two figures, within their rounding, makes the rate.
    private func mismatch(later: Mention?, earlier: Mention, rate: Mention, isRise: Bool) -> Mismatch? {
        // The earlier figure may leave out the currency the later one gives (« 6,3 milliards d’euros … 5,8 milliards »).
        guard let later, case .number = later.value, case .number = earlier.value,
            later.unit == earlier.unit || earlier.unit == nil,
            later.bound == nil, earlier.bound == nil, !check.isLoneYear(later), !check.isLoneYear(earlier),
            check.document.sentenceIndex(of: later.span.start) == check.document.sentenceIndex(of: earlier.span.start),
            check.document.sentenceIndex(of: rate.span.start) == check.document.sentenceIndex(of: later.span.start),
            let new = value(of: later), let old = value(of: earlier), let newLow = new.lower, let newHigh = new.upper,
            let oldLow = old.lower, let oldHigh = old.upper, oldLow > 0,
            case .percent(let stated) = rate.value
        else { return nil }
        let signed = isRise ? stated : -stated
        let reach = StatedGaps.halfUnit(rate) * 2
        let claimed = ClaimedValue(lower: signed - reach, includesLower: true, upper: signed + reach, includesUpper: true)
        let made = ClaimedValue(
            lower: (newLow / oldHigh - 1) * 100, includesLower: true, upper: (newHigh / oldLow - 1) * 100,
            includesUpper: true)
        guard !claimed.overlaps(made), case .number(let newValue) = later.value, case .number(let oldValue) = earlier.value
        else { return nil }
        let first = [later, earlier, rate].min { $0.span.start < $1.span.start }!
        let last = [later, earlier, rate].max { $0.span.end < $1.span.end }!
        return Mismatch(span: first.span.union(last.span), change: (newValue / oldValue - 1) * 100)
    }

    private func value(of mention: Mention) -> ClaimedValue? {
        let written = WrittenNumber(mention.text, language: check.document.language)
        return ClaimedValue(mention, precision: written.precision(of: ClaimBuilder.writtenValue(mention)))
    }
}
