import FactDeskKit
import Foundation

/// A majority mark that is not the majority of the chamber the paragraph gives: "the BJP fell
/// short of the majority mark of 282 in the 543-seat Lok Sabha" (543 seats need 272), « la
/// majorité absolue, fixée à 298 sièges … sur les 577 » (289). A majority of M seats is
/// ⌊M / 2⌋ + 1.
///
/// The mark is a plain count right after "majority mark", "majority threshold", "halfway mark",
/// « majorité absolue » and a few linking words ("of", "at", "is", « fixée à », « de », a
/// parenthesis), or before or after "needed", "required", « nécessaires », « requis » with
/// "majority", « majorité » a few words on ("272 seats needed for a majority"). "A majority of 80" is a
/// margin, and « la majorité absolue avec 300 sièges » a party's seats: neither is a mark. A
/// two-thirds or qualified majority is another threshold and is left out. The chamber is the one
/// size of a whole the paragraph gives: "543-seat", "545-member", "of the 543 seats", "out of
/// 543", « sur les 577 sièges », « sur 577 ». Two sizes, or none, and nothing is said.
struct MajorityMarks {
    let check: NumberCheck

    /// A majority mark that the chamber's size contradicts.
    struct Mismatch {
        var span: Span
        var mark: Mention
        var chamber: Mention
        /// The majority of the chamber: ⌊size / 2⌋ + 1.
        var majority: Decimal
    }

    /// Words of a majority, folded.
    static let majorityWords: Set<String> = ["majority", "majorite"]
    /// Words after "majority" that make it a mark, folded: "majority mark", « majorité absolue ».
    static let markWords: Set<String> = ["mark", "threshold", "absolue"]
    /// Words that may link a mark's words to its count, folded: "mark of", « fixée à », "mark (".
    static let linkWords: Set<String> = [
        ",", "(", ":", "of", "at", "is", "was", "stands", "set", "to", "fixee", "fixe", "etablie", "est", "de", "a",
        "soit",
    ]
    /// How many linking words may stand between a mark's words and its count.
    static let linkReach = 3
    /// Words after a count that make it the one needed for a majority, folded.
    static let neededWords: Set<String> = [
        "needed", "required", "necessary", "necessaires", "requis", "needs", "need", "requires", "require", "faut",
    ]
    /// How many tokens may stand between a word of need and the majority ("needed for an overall majority").
    static let neededReach = 6
    /// Words before a majority that make it another threshold than half, folded.
    static let otherThresholds: Set<String> = [
        "two-thirds", "thirds", "tiers", "qualified", "qualifiee", "super", "supermajority", "cinquiemes", "fifths",
        "constitutional", "constitutionnelle", "renforcee",
    ]
    /// Words of the chamber's seats after its size, folded.
    static let seatWords: Set<String> = [
        "seat", "seats", "member", "members", "strong", "sieges", "deputes", "mps", "senateurs", "senators",
    ]
    /// Words between a mark and the word of need after it, folded: "272 seats needed", « 175
    /// voix sont nécessaires ».
    static let neededLeads: Set<String> = seatWords.union(["voix", "votes", "are", "is", "were", "was", "sont", "est"])
    /// Prepositions after a size that leave it without a noun of its own, folded: « sur les 577 de l’hémicycle ».
    static let sizeFollowers: Set<String> = ["de", "d'", "of", "in", "dans", "a", "au", "at"]
    /// Words before a size that make it the whole, as folded word sequences.
    static let wholeLeads: [[String]] = [["of", "the"], ["out", "of"], ["out", "of", "the"], ["sur", "les"], ["sur"]]

    private var tokens: [Token] { check.document.tokens }

    /// The majority marks their chamber contradicts, in text order.
    func mismatches() -> [Mismatch] {
        var found: [Mismatch] = []
        var chambers: [Int: Mention?] = [:]
        for sentence in check.document.sentences where hasNumber(sentence.span) {
            for index in sentence.tokens where startsWithM(index) && check.folded.isWord(index, in: Self.majorityWords) {
                let before = max(sentence.tokens.lowerBound, index - 3)..<index
                guard !before.contains(where: { check.folded.isWord($0, in: Self.otherThresholds) }),
                    let mark = markAfter(index, in: sentence.tokens) ?? markBefore(index, in: sentence.tokens),
                    let value = BreakdownSums.plainCount(mark)
                else { continue }
                let paragraph = check.document.paragraphIndex(of: mark.span.start)
                if chambers[paragraph] == nil { chambers[paragraph] = chamber(in: paragraph) }
                guard let chamber = chambers[paragraph] ?? nil, let size = BreakdownSums.plainCount(chamber),
                    size > value, case let majority = Self.majority(of: size), majority != value
                else { continue }
                let sameSentence = check.document.sentenceIndex(of: chamber.span.start)
                    == check.document.sentenceIndex(of: mark.span.start)
                found.append(
                    Mismatch(
                        span: sameSentence ? mark.span.union(chamber.span) : mark.span, mark: mark, chamber: chamber,
                        majority: majority))
            }
        }
        return found
    }

    /// Whether a number stands in `span`: a mark is a number of the sentence that names the
    /// majority, so a sentence without one is passed over without reading its tokens.
    private func hasNumber(_ span: Span) -> Bool {
        let first = check.numbers.partitionPoint { $0.span.start >= span.start }
        return first < check.numbers.count && check.numbers[first].span.start < span.end
    }

    /// Whether token `index` starts with "m" or "M", as every word of ``majorityWords`` does: the
    /// other tokens are passed over without folding and hashing them.
    private func startsWithM(_ index: Int) -> Bool {
        tokens[index].text.utf8.first.map { $0 | 0x20 == UInt8(ascii: "m") } ?? false
    }

    /// The majority of a chamber of `size` seats: ⌊size / 2⌋ + 1.
    static func majority(of size: Decimal) -> Decimal {
        var half = size / 2
        var rounded = Decimal()
        NSDecimalRound(&rounded, &half, 0, .down)
        return rounded + 1
    }

    /// The count after a mark's words and at most ``linkReach`` linking words: "majority mark of
    /// 272", « majorité absolue, fixée à 289 ».
    private func markAfter(_ index: Int, in sentence: Range<Int>) -> Mention? {
        guard check.folded.isWord(index + 1, in: Self.markWords) || check.folded.isWord(index - 1, in: ["halfway"])
        else { return nil }
        var cursor = check.folded.isWord(index + 1, in: Self.markWords) ? index + 2 : index + 1
        let last = min(sentence.upperBound, cursor + Self.linkReach)
        while cursor < last, check.number(startingAtToken: cursor) == nil,
            Self.linkWords.contains(tokens[cursor].kind == .word ? check.folded[cursor] : tokens[cursor].text)
        {
            cursor += 1
        }
        guard cursor < sentence.upperBound, let found = check.number(startingAtToken: cursor), !isSize(found) else { return nil }
        return found
    }

    /// The count before or right after a word of need, the majority a few words on: "272 seats
    /// needed for a majority", "needed 272 seats for a majority", « les 289 sièges nécessaires à
    /// la majorité absolue ».
    private func markBefore(_ index: Int, in sentence: Range<Int>) -> Mention? {
        let floor = max(sentence.lowerBound, index - Self.neededReach)
        guard let need = (floor..<index).last(where: { check.folded.isWord($0, in: Self.neededWords) }) else {
            return nil
        }
        // "272 seats needed for", or "needed 272 seats for".
        var cursor = need - 1
        while cursor >= max(sentence.lowerBound, need - 2), check.folded.isWord(cursor, in: Self.neededLeads) { cursor -= 1 }
        let found = cursor >= sentence.lowerBound ? check.number(endingAtToken: cursor) : nil
        guard let found = found ?? check.number(startingAtToken: need + 1), !isSize(found) else { return nil }
        return found
    }

    /// The one size of a whole in a paragraph, or nil when there is none or more than one.
    private func chamber(in paragraph: Int) -> Mention? {
        let span = check.document.paragraphs[paragraph]
        let first = check.numbers.partitionPoint { $0.span.start >= span.start }
        let sizes = check.numbers[first...].prefix { $0.span.start < span.end }.filter(isSize)
        let values = Set(sizes.compactMap(BreakdownSums.plainCount))
        return values.count == 1 ? sizes.first : nil
    }

    /// Whether a count is the size of a whole of seats: "543-seat", "of the 543 seats", « sur 577 ».
    private func isSize(_ mention: Mention) -> Bool {
        guard BreakdownSums.plainCount(mention) != nil else { return false }
        let range = check.document.tokenRange(of: mention.span)
        let next = range.upperBound
        if next + 1 < tokens.count, tokens[next].text == "-", tokens[next].span.start == mention.span.end,
            check.folded.isWord(next + 1, in: Self.seatWords)
        {
            return true
        }
        let lead = Self.wholeLeads.contains { words in
            range.lowerBound - words.count >= 0
                && words.indices.allSatisfy { check.folded.isWord(range.lowerBound - words.count + $0, in: [words[$0]]) }
        }
        return lead
            && (check.folded.isWord(next, in: Self.seatWords) || check.folded.isWord(next, in: Self.sizeFollowers)
                || next >= tokens.count || tokens[next].kind != .word)
    }
}
