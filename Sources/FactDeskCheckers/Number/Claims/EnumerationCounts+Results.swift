import FactDeskKit
import Foundation

/// A count of one side's matches followed by each of them, an opponent and its score: "won all
/// three matches, beating Norland 2-0, Sudria 1-1 and Westmark 3-1", « a remporté ses trois matchs
/// face à la Norlande (2-0), la Sudrie (1-0) et le Westmark (3-1) ». Each score is one match, so the
/// list names as many as the count. The count must be all of them ("all", "its", « ses », « tous
/// ses »): "won 15 games, beating Norland 2-0 and Sudria 1-0" names only some. Every element is
/// a capitalised name of at most ``nameWords`` words and a score (a few words perhaps after it in
/// its parentheses, "(2-1 after extra time)"), with commas and a last "and",
/// « et » between them; anything else leaves the list alone.
extension EnumerationCounts {
    /// Plural nouns of matches, folded.
    static let matchNouns: Set<String> = [
        "matches", "games", "wins", "victories", "fixtures", "ties", "matchs", "victoires", "rencontres", "succes",
    ]
    /// Words that make the count all of one side's matches, right before it, folded.
    static let allWords: Set<String> = ["all", "its", "their", "his", "her", "ses", "leurs", "tous", "toutes"]
    /// Words that bring in the opponents after the noun of matches, as folded word sequences.
    static let opponentWords = FoldedPhrases([
        ["defeating"], ["beating"], ["against"], ["over"], ["en", "battant"], ["face", "a"], ["face", "au"],
        ["face", "aux"], ["contre"],
    ])
    /// How many words may stand between the count and its noun of matches ("group matches").
    static let nounReach = 2
    /// How many tokens may follow a score in its parentheses ("after extra time").
    static let scoreWords = 4
    /// How many words a name of an opponent may hold.
    static let nameWords = 4

    /// The count of matches that the results listed after it contradict.
    func results(after count: Mention, value: Decimal, in sentence: Range<Int>) -> Mismatch? {
        let tokens = check.document.tokens
        let range = check.document.tokenRange(of: count.span)
        // The noun of matches first: most counts have none.
        guard
            let noun = (range.upperBound..<min(sentence.upperBound, range.upperBound + Self.nounReach)).first(where: {
                check.folded.isWord($0, in: Self.matchNouns)
            }),
            (range.upperBound..<noun).allSatisfy({ tokens[$0].kind == .word }),
            check.folded.isWord(range.lowerBound - 1, in: Self.allWords)
        else { return nil }
        var index = noun + 1
        if index < sentence.upperBound, tokens[index].text == "," { index += 1 }
        guard let start = Self.opponentWords.end(at: index, in: check.folded, sentence: sentence),
            let expected = Int(exactly: value as NSNumber),
            let (listed, end) = scoredNames(from: start, in: sentence), listed != expected
        else { return nil }
        return Mismatch(span: count.span.union(tokens[end - 1].span), count: count, listed: listed)
    }

    /// How many opponents with a score a list starting at `start` holds, and where it ends; nil
    /// unless every element is a capitalised name and a score ("Norland 2-0", « la Norlande
    /// (2-0) ») and the last one comes after "and", « et ».
    private func scoredNames(from start: Int, in sentence: Range<Int>) -> (Int, Int)? {
        let tokens = check.document.tokens
        let end = sentence.upperBound
        var index = start
        var count = 0
        var isLast = false
        while true {
            if check.folded.isWord(index, in: Self.articles) { index += 1 }
            guard index < end, tokens[index].kind == .word, Fold.isCapitalised(tokens[index].text) else { return nil }
            let name = index
            while index < end, tokens[index].kind == .word {
                guard index - name < Self.nameWords, !check.folded.isWord(index, in: ["and", "et"]) else { return nil }
                index += 1
            }
            let isEnclosed = index < end && tokens[index].text == "("
            if isEnclosed { index += 1 }
            guard index + 2 < end, tokens[index].kind == .number, ["-", "–"].contains(tokens[index + 1].text),
                tokens[index + 2].kind == .number
            else { return nil }
            index += 3
            if isEnclosed {
                // A few words may follow a score in its parentheses: "(2-1 after extra time)", « (2-1 a.p.) ».
                let score = index
                while index < end, tokens[index].kind == .word || tokens[index].text == ".",
                    index - score < Self.scoreWords
                {
                    index += 1
                }
                guard index < end, tokens[index].text == ")" else { return nil }
                index += 1
            }
            count += 1
            if isLast || index == end { break }
            if tokens[index].text == ",", !check.folded.isWord(index + 1, in: ["and", "et"]) {
                index += 1
                continue
            }
            if tokens[index].text == "," { index += 1 }
            guard check.folded.isWord(index, in: ["and", "et"]) else { break }
            index += 1
            isLast = true
        }
        return isLast ? (count, index) : nil
    }
}
