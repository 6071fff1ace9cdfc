import FactDeskKit
import Foundation

/// A count restated as its parts right after it, the parts read with ``ListedParts/list(from:in:)``:
///
/// - after « soit », « à savoir », "namely": « 40 films, soit 22 longs métrages et 18 courts »;
/// - between dashes, or after a dash up to the end of the sentence: « les 20 accusés – 14
///   présents et 6 jugés en leur absence – », "the 20 defendants - 14 in court and 6 in absentia",
///   the whole's noun up to three words ("110 Lake Council seats – 60 urban and 50 rural");
/// - after a colon, two parts only ("52 teams took part: 30 from Europe and 22 from Asia"; three
///   or more are ``BreakdownSums``'s): two parts may be some of the whole, so only parts that add
///   up to more than it are reported.
///
/// The parts of a complete list (closed by « et », "and") must add up to the whole.
struct RestatedParts {
    let check: NumberCheck

    /// Words that restate the count before them as its parts, as folded word sequences.
    static let restating = FoldedPhrases([["soit"], ["namely"], ["a", "savoir"]])
    /// Dashes that open and close an apposition.
    static let dashes: Set<String> = ["-", "–", "—"]
    /// How many words the whole's noun may hold before a dash ("National Assembly seats").
    static let dashNounWords = 3

    private var tokens: [Token] { check.document.tokens }

    /// The restated counts whose parts do not make them, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        let listed = ListedParts(check: check)
        var found: [BreakdownSums.Mismatch] = []
        for sentence in check.document.sentences where check.hasThreeNumbers(in: sentence.span) {
            let range = sentence.tokens
            var index = range.lowerBound + 1
            while index < range.upperBound {
                defer { index += 1 }
                guard let (whole, start, form) = opening(at: index, in: range, listed: listed),
                    var list = listed.list(from: start, in: range), list.values.count >= 2
                else { continue }
                switch form {
                case .restating: break
                case .dash:
                    // Closed by a dash, or by the end of the sentence.
                    let next = list.tokens.upperBound
                    guard next == range.upperBound || Self.dashes.contains(tokens[next].text)
                        || (next + 1 == range.upperBound && tokens[next].kind == .punctuation)
                    else { continue }
                case .colon:
                    guard list.values.count == 2 else { continue }
                    list.isComplete = false
                }
                if let mismatch = listed.mismatch(whole: whole, list: list) { found.append(mismatch) }
                index = list.tokens.upperBound
            }
        }
        return found
    }


    /// How the parts are brought in after their whole.
    private enum Form {
        case restating, dash, colon
    }

    /// The whole that token `index` restates, the token where its parts start, and how.
    private func opening(at index: Int, in sentence: Range<Int>, listed: ListedParts) -> (Mention, Int, Form)? {
        if let end = Self.restating.end(at: index, in: check.folded, sentence: sentence) {
            let mark = tokens[index - 1].text == "," ? index - 1 : index
            return listed.countEnding(before: mark, in: sentence).map { ($0, end, .restating) }
        }
        guard tokens[index].kind == .punctuation else { return nil }
        if Self.dashes.contains(tokens[index].text), tokens[index].span.start > tokens[index - 1].span.end {
            // "120 Council seats –", "120 Lake Council seats –": a name may qualify the noun.
            return listed.countEnding(before: index, in: sentence, words: Self.dashNounWords).map { ($0, index + 1, .dash) }
        }
        if tokens[index].text == ":" {
            return colonWhole(before: index, in: sentence).map { ($0, index + 1, .colon) }
        }
        return nil
    }

    /// The plain count before a colon, with at most ``BreakdownSums/adjacentReach`` words
    /// between ("52 teams took part:").
    private func colonWhole(before colon: Int, in sentence: Range<Int>) -> Mention? {
        var cursor = colon - 1
        while cursor >= sentence.lowerBound, colon - cursor <= BreakdownSums.adjacentReach + 1 {
            if let found = check.number(endingAtToken: cursor) {
                return cursor < colon - 1 && BreakdownSums.plainCount(found) != nil ? found : nil
            }
            guard tokens[cursor].kind == .word else { return nil }
            cursor -= 1
        }
        return nil
    }
}
