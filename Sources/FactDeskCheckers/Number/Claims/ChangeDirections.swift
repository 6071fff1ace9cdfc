import FactDeskKit
import Foundation

/// A figure said to have risen from one as high or higher, or to have fallen from one as low or
/// lower: "34 regional stands, up from 41", "membership fell to 12 from 9", « 34 stands, en
/// hausse par rapport aux 41 ». Both figures stand in one sentence, the earlier one right after
/// the words of change, as plain numbers or percentages of one unit (the earlier one may leave it
/// out); a year is no figure ("up from 2019"). A bound before the later figure is read as its
/// number ("more than 48, up from 57"); an earlier figure with a bound ("from more than 40") is
/// not read.
struct ChangeDirections {
    let check: NumberCheck

    /// A change whose direction the two figures contradict.
    struct Mismatch {
        /// From the later figure to the earlier one.
        var span: Span
        /// Whether the words say the figure rose.
        var saysRise: Bool
    }

    /// The words between a later figure and the earlier one that say which way it went, each
    /// with its direction: "up from", « en hausse par rapport aux ».
    private static let changes: [(words: FoldedPhrases, isRise: Bool)] = [
        (FoldedPhrases([["up", "from"]] + frenchWords(["hausse", "progression", "augmentation"])), true),
        (FoldedPhrases([["down", "from"]] + frenchWords(["baisse", "recul", "diminution"])), false),
    ]

    /// « en hausse par rapport à », « … au », « … aux » for each noun of change.
    private static func frenchWords(_ nouns: [String]) -> [[String]] {
        nouns.flatMap { noun in ["a", "au", "aux"].map { ["en", noun, "par", "rapport", $0] } }
    }

    /// Verbs of a rise or a fall before "to", the later figure and "from": "rose to 12 from 9".
    private static let risingVerbs = ChangeRates.risingVerbs.union(["risen", "grown", "increases"])
    private static let fallingVerbs = ChangeRates.fallingVerbs.union(["fallen", "decreases", "declines"])

    /// How many words may stand between the later figure and the words of change ("34 regional
    /// stands, up from").
    private static let wordReach = 3

    private var tokens: [Token] { check.document.tokens }

    /// The changes whose figures go the other way, in text order.
    func mismatches() -> [Mismatch] {
        let numbers = check.numbers
        return numbers.indices.dropLast().compactMap { index -> Mismatch? in
            let later = numbers[index]
            let sentence = check.document.sentences[check.document.sentenceIndex(of: later.span.start)].tokens
            let after = check.document.tokenRange(of: later.span).upperBound
            guard let (start, isRise) = wordsOfChange(after: after, before: later, sentence: sentence) else {
                return nil
            }
            var cursor = start
            if check.folded.isWord(cursor, in: ChangeRates.articles) { cursor += 1 }
            let earlier = numbers[index + 1]
            guard cursor < sentence.upperBound, earlier.span.start == tokens[cursor].span.start,
                let new = later.countOrPercentage, let old = earlier.countOrPercentage, isComparable(later, earlier)
            else { return nil }
            guard isRise ? old >= new : old <= new else { return nil }
            return Mismatch(span: later.span.union(earlier.span), saysRise: isRise)
        }
    }

    /// The token after the words of change that follow the later figure (past a comma and a few
    /// words) or that come before it with "to" ("rose to"), with their direction, or `nil`.
    private func wordsOfChange(after end: Int, before later: Mention, sentence: Range<Int>) -> (Int, Bool)? {
        let first = check.document.tokenRange(of: later.span).lowerBound
        if first >= 2, check.folded.isWord(first - 1, in: ["to"]), first - 2 >= sentence.lowerBound,
            check.folded.isWord(end, in: ["from"])
        {
            if check.folded.isWord(first - 2, in: Self.risingVerbs) { return (end + 1, true) }
            if check.folded.isWord(first - 2, in: Self.fallingVerbs) { return (end + 1, false) }
        }
        var cursor = end
        while cursor < sentence.upperBound, cursor - end < Self.wordReach, tokens[cursor].kind == .word,
            tokens[cursor].text.first?.isLowercase == true,
            Self.changes.allSatisfy({
                $0.words.end(at: cursor, in: check.folded, sentence: sentence) == nil
            })
        {
            cursor += 1
        }
        if cursor < sentence.upperBound, tokens[cursor].text == "," { cursor += 1 }
        guard cursor < sentence.upperBound else { return nil }
        for change in Self.changes {
            if let next = change.words.end(at: cursor, in: check.folded, sentence: sentence) {
                return (next, change.isRise)
            }
        }
        return nil
    }

    /// Whether two figures count one thing: both numbers or both percentages, of one unit (or
    /// the earlier without one), neither a year.
    private func isComparable(_ later: Mention, _ earlier: Mention) -> Bool {
        switch (later.value, earlier.value) {
        case (.number, .number), (.percent, .percent): break
        default: return false
        }
        return (later.unit == earlier.unit || earlier.unit == nil) && !check.isLoneYear(later)
            && !check.isLoneYear(earlier)
    }
}
