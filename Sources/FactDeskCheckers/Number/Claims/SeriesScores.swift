import FactDeskKit
import Foundation

/// A score of matches above the matches of the series it is a lead or win in: "a 3-1 lead in
/// the three-match series", "a 4-2 win in the five-game series", "a 3-2 lead in the best-of-three
/// series" — the score's two sides count matches played, which a series of K matches never
/// exceeds (drawn matches only make it fewer).
struct SeriesScores {
    let check: NumberCheck

    /// A score whose matches outnumber its series'.
    struct Excess {
        /// From the score's first number to the series' count of matches.
        var span: Span
        /// The count of matches as written ("three-match").
        var series: String
        /// The score's two sides.
        var sides: [Decimal]
    }

    /// Nouns after a score that make it a series' standing, folded.
    static let standingNouns: Set<String> = ["lead", "win", "victory", "advantage", "triumph"]
    /// Words between the standing noun and the series' count, folded.
    static let links: Set<String> = ["in", "of", "the", "this", "a", "an", "ongoing"]
    /// Nouns of one match in a series' count, folded: "three-match", "five-game", "four-Test".
    static let matchNouns: Set<String> = ["match", "game", "test", "odi", "t20", "t20i"]
    /// Number words of a series' length, folded.
    static let numberWords: [String: Decimal] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    /// How many words may stand between the standing noun and the series' count.
    static let reach = 3

    /// The scores that outnumber their series' matches, in text order.
    func excesses() -> [Excess] {
        let tokens = check.document.tokens
        var found: [Excess] = []
        for index in tokens.indices.dropLast(3) {
            // Cheap test first: a short number, a dash glued to it and another short number.
            guard tokens[index].kind == .number, tokens[index].text.utf8.count <= 2,
                tokens[index + 1].text == "-" || tokens[index + 1].text == "–", !tokens[index + 1].followsSpace,
                tokens[index + 2].kind == .number, !tokens[index + 2].followsSpace, tokens[index + 2].text.utf8.count <= 2,
                Self.standingNouns.contains(check.folded[index + 3]),
                let first = Decimal(string: tokens[index].text), let second = Decimal(string: tokens[index + 2].text),
                let series = seriesLength(after: index + 3), first + second > series.length
            else { continue }
            let span = check.document.span(ofTokens: index..<(series.end + 1))
            found.append(
                Excess(span: span, series: check.document.text(in: check.document.span(ofTokens: series.start..<(series.end + 1))),
                    sides: [first, second]))
        }
        return found
    }

    /// The series' count of matches a few words after the standing noun at `noun`: its length
    /// and first and last tokens ("three-match", "5-game", "best-of-seven").
    private func seriesLength(after noun: Int) -> (length: Decimal, start: Int, end: Int)? {
        let tokens = check.document.tokens
        let sentenceEnd = check.document.sentences[check.document.sentenceIndex(of: tokens[noun].span.start)].tokens.upperBound
        var index = noun + 1
        while index < sentenceEnd, index - noun <= Self.reach + 1 {
            let word = check.folded[index]
            if tokens[index].kind == .word, let length = Self.length(ofWord: word) {
                return (length, index, index)
            }
            // "5-match": a number, a glued dash and the match noun.
            if tokens[index].kind == .number, index + 2 < sentenceEnd, tokens[index + 1].text == "-",
                !tokens[index + 2].followsSpace, Self.matchNouns.contains(check.folded[index + 2]),
                let length = Decimal(string: tokens[index].text)
            {
                return (length, index, index + 2)
            }
            guard Self.links.contains(word) else { return nil }
            index += 1
        }
        return nil
    }

    /// The length a word counts a series by: "three-match", "best-of-five".
    static func length(ofWord word: String) -> Decimal? {
        let parts = word.split(separator: "-").map(String.init)
        if parts.count == 2, matchNouns.contains(parts[1]) { return numberWords[parts[0]] }
        if parts.count == 3, parts[0] == "best", parts[1] == "of" { return numberWords[parts[2]] }
        return nil
    }
}
