import FactDeskKit
import Foundation

/// A complete list of counts followed by the total it makes: "won 40 gold, 44 silver and 42
/// bronze medals, for a total of 126", « 16 titres, 26 médailles d’argent et 22 de bronze, soit 64
/// médailles », « …, 126 médailles au total », « …, pour un total de 47 ». The list (read with
/// ``ListedParts/list(from:in:)``) is closed by "and", « et », so its counts must add up to the
/// total.
///
/// A total that names a noun the list does not use counts something else (« 3 victoires et 2
/// nuls, soit 11 points »), one followed by words of comparison is a difference (« soit 12
/// de plus »), and one after a day's results is a running total ("two gold and three silver on
/// Saturday, for a total of 15"): all are left alone.
struct TotalsAfterParts {
    let check: NumberCheck

    /// Words between a list and its total, as folded word sequences.
    static let openers = FoldedPhrases([
        ["for", "a", "total", "of"], ["a", "total", "of"], ["for", "a", "tally", "of"], ["totalling"], ["totaling"],
        ["soit"], ["pour", "un", "total", "de"], ["soit", "un", "total", "de"], ["au", "total"],
    ])
    /// A word of every opener and closer, folded: a sentence without one holds no total.
    static let totalWords: Set<String> = ["total", "tally", "totalling", "totaling", "soit", "all", "tout"]
    /// Words after a total that make it one: "126 medals in total", « 126 médailles au total ».
    static let closers = FoldedPhrases([["au", "total"], ["in", "total"], ["in", "all"], ["en", "tout"]])
    /// How many words may stand between a total and its closing words ("126 medals in total").
    static let closerReach = 2
    /// Words right after a total that make it a difference, folded: « soit 12 de plus », "12 more".
    static let comparisons: Set<String> = ["de", "more", "fewer", "less", "plus", "moins", "than", "que"]

    private var tokens: [Token] { check.document.tokens }

    /// The lists whose total is not their sum, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        let listed = ListedParts(check: check)
        var found: [BreakdownSums.Mismatch] = []
        for sentence in check.document.sentences where check.hasThreeNumbers(in: sentence.span) {
            let range = sentence.tokens
            guard range.contains(where: { check.folded.isWord($0, in: Self.totalWords) }) else { continue }
            var index = range.lowerBound
            while index < range.upperBound {
                guard check.number(startingAtToken: index) != nil, let list = listed.list(from: index, in: range),
                    list.isComplete
                else {
                    index += 1
                    continue
                }
                if !isOfOneDay(list), let total = total(after: list, in: range),
                    let mismatch = listed.mismatch(whole: total, list: list)
                {
                    found.append(mismatch)
                }
                index = max(index + 1, list.tokens.upperBound)
            }
        }
        return found
    }

    /// The total written right after a list, past a comma: after an opener ("for a total of
    /// 126") or before a closer (« 126 médailles au total »).
    private func total(after list: ListedParts.List, in sentence: Range<Int>) -> Mention? {
        var next = list.tokens.upperBound
        if next < sentence.upperBound, tokens[next].text == "," { next += 1 }
        guard next < sentence.upperBound else { return nil }
        let candidate: Mention
        if let start = Self.openers.end(at: next, in: check.folded, sentence: sentence),
            let found = check.number(startingAtToken: start)
        {
            candidate = found
        } else if let found = check.number(startingAtToken: next), isClosed(after: found, in: sentence) {
            candidate = found
        } else {
            return nil
        }
        guard BreakdownSums.plainCount(candidate) != nil else { return nil }
        let after = check.document.tokenRange(of: candidate.span).upperBound
        guard after >= sentence.upperBound || tokens[after].kind != .word
            || (!check.folded.isWord(after, in: Self.comparisons) && isListNoun(after, of: list, in: sentence))
        else { return nil }
        return candidate
    }

    /// Whether "in total", « au total » follows the total within ``closerReach`` words.
    private func isClosed(after total: Mention, in sentence: Range<Int>) -> Bool {
        let start = check.document.tokenRange(of: total.span).upperBound
        return (start...start + Self.closerReach).contains { index in
            index < sentence.upperBound && Self.closers.end(at: index, in: check.folded, sentence: sentence) != nil
        }
    }

    /// Whether the noun at `index` is a word of the list, or a closer ("126 in total").
    private func isListNoun(_ index: Int, of list: ListedParts.List, in sentence: Range<Int>) -> Bool {
        let noun = check.folded[index]
        return Self.closers.end(at: index, in: check.folded, sentence: sentence) != nil
            || list.tokens.contains { check.folded[$0] == noun }
    }

    /// Words of one day's results, folded: a list of them ("two gold and three silver on
    /// Saturday, for a total of 15") adds to a running total, which it need not make.
    static let dayWords: Set<String> = VoteTallies.timeWords.subtracting(["on", "this", "ce", "also", "aussi"])
        .union(["day", "jour", "journee", "today", "aujourd'hui", "tonight", "soir"])

    /// Whether a list's words give one day's results.
    private func isOfOneDay(_ list: ListedParts.List) -> Bool {
        list.tokens.contains { check.folded.isWord($0, in: Self.dayWords) }
    }
}
