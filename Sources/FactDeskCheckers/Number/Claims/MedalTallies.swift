import FactDeskKit
import Foundation

/// A count of medals followed by its gold, silver and bronze: "won 12 medals, including 5 gold
/// medals in addition to 4 silver and 3 bronze", « 12 médailles, dont 5 d’or, 4 d’argent et 3 de
/// bronze », « 12 médailles dont 5 en or, … ». The three colours are all the medals there are,
/// so whatever word brings them in ("including", « dont »), the three counts make the whole.
///
/// Only a list read count by count right after the whole's noun is taken: each count followed by
/// its colour (« 5 médailles d’or », "5 gold medals", "5 gold"), the three colours each once, and
/// only words that bring in or join the parts in between ("including", "in addition to", « ainsi
/// que »). A list that goes on with a place or a discipline without an article ("in swimming", «
/// en natation ») counts some of the medals, and is left alone.
struct MedalTallies {
    let check: NumberCheck

    /// Nouns of medals after the whole's count, folded.
    static let medalNouns: Set<String> = ["medals", "medailles"]
    /// Colours of medals by language, folded (English "or" is no colour).
    static let colours: [Language: Set<String>] = [
        .en: ["gold", "silver", "bronze", "golds", "silvers", "bronzes"], .fr: ["or", "argent", "bronze"],
    ]
    /// Words that may stand between the whole's noun and the first part, or between parts, folded.
    static let joiners: Set<String> = [
        ",", "(", ":", "-", "–", "—", "including", "with", "of", "which", "among", "them", "comprising", "and", "in",
        "addition", "to", "plus", "as", "well", "dont", "soit", "avec", "et", "ainsi", "que", "parmi", "lesquelles",
    ]
    /// How many tokens the whole's noun may stand from the first part, and one part from the next.
    static let reach = 5
    /// After the last part, prepositions that restrict the parts unless an article or a name follows.
    static let restricting: Set<String> = ["in", "at", "en", "dans", "au", "aux", "a", "for", "pour"]
    /// Articles and determiners that make a following place or event the whole's as well ("in the
    /// last Games").
    static let articles: Set<String> = ["the", "la", "le", "les", "l'", "this", "these", "ces", "cette", "ce"]

    private var tokens: [Token] { check.document.tokens }

    /// The medal counts whose colours do not add up to them, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        var found: [BreakdownSums.Mismatch] = []
        for sentence in check.document.sentences where check.hasThreeNumbers(in: sentence.span) {
            let range = sentence.tokens
            // A cheap gate: "bronze" is written alike in both languages.
            guard range.contains(where: { check.folded.isWord($0, in: ["bronze", "bronzes"]) }) else { continue }
            for index in range {
                guard check.folded.isWord(index, in: Self.medalNouns), index > range.lowerBound,
                    let whole = check.number(endingAtToken: index - 1), BreakdownSums.plainCount(whole) != nil,
                    let value = BreakdownSums.plainValue(whole, language: check.document.language),
                    let (parts, end) = colourParts(after: index + 1, in: range)
                else { continue }
                let sum = parts.reduce(0, +)
                if !value.contains(sum) {
                    found.append(
                        BreakdownSums.Mismatch(span: whole.span.union(tokens[end - 1].span), whole: whole, parts: parts))
                }
            }
        }
        return found
    }

    /// The gold, silver and bronze counts from token `start`, and the token after the last
    /// colour's words; nil unless the three colours come each once.
    private func colourParts(after start: Int, in sentence: Range<Int>) -> ([Decimal], Int)? {
        var cursor = start
        var colours: Set<String> = []
        var parts: [Decimal] = []
        while colours.count < 3 {
            let limit = min(sentence.upperBound, cursor + Self.reach)
            while cursor < limit, check.number(startingAtToken: cursor) == nil {
                guard isJoiner(cursor) else { return nil }
                cursor += 1
            }
            guard cursor < limit, let part = check.number(startingAtToken: cursor),
                let value = BreakdownSums.plainCount(part)
            else { return nil }
            cursor = check.document.tokenRange(of: part.span).upperBound
            guard let (colour, next) = colour(at: cursor, in: sentence), colours.insert(colour).inserted else {
                return nil
            }
            parts.append(value)
            cursor = next
        }
        return isRestricted(after: cursor, in: sentence) ? nil : (parts, cursor)
    }

    /// The colour written from token `index` and the token after its words: "gold", "gold
    /// medals", "golds", « or », « d’or », « en or », « médailles d’or », « de bronze ».
    private func colour(at index: Int, in sentence: Range<Int>) -> (String, Int)? {
        var cursor = index
        if check.folded.isWord(cursor, in: Self.medalNouns) || check.folded.isWord(cursor, in: ["medal", "medaille"]) {
            cursor += 1
        }
        if check.folded.isWord(cursor, in: ["d'", "de", "en"]) { cursor += 1 }
        guard cursor < sentence.upperBound, let colours = Self.colours[check.document.language],
            check.folded.isWord(cursor, in: colours)
        else { return nil }
        var next = cursor + 1
        if check.folded.isWord(next, in: Self.medalNouns) || check.folded.isWord(next, in: ["medal"]) { next += 1 }
        // "golds" and "gold" are one colour.
        let colour = check.folded[cursor]
        return (colour.hasSuffix("s") ? String(colour.dropLast()) : colour, next)
    }

    /// Whether token `index` may stand between the whole and a part or between parts.
    private func isJoiner(_ index: Int) -> Bool {
        tokens[index].kind == .punctuation ? Self.joiners.contains(tokens[index].text) : check.folded.isWord(index, in: Self.joiners)
    }

    /// Whether the words after the last part restrict the parts to a place or a discipline: a
    /// preposition not followed by an article or a name ("in swimming", « en natation »).
    private func isRestricted(after index: Int, in sentence: Range<Int>) -> Bool {
        guard index + 1 < sentence.upperBound, check.folded.isWord(index, in: Self.restricting) else { return false }
        return !check.folded.isWord(index + 1, in: Self.articles) && !Fold.isCapitalised(tokens[index + 1].text)
    }
}
