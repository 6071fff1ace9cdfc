import FactDeskKit
import Foundation

/// A count of times followed by the years of those times: "has won the cup five times (1964,
/// 2008, 2012, 2024)", "four times already - in 1998, 2002, 2006 and in 2010", « à cinq reprises
/// (1964, 2008, 2012 et 2024) », « quatre fois : en 1998, 2002, 2006 et 2010 ». The years are the
/// times themselves, so there are as many as the count says.
///
/// The list opens right after the noun of times ("already", « déjà » perhaps between) with a
/// parenthesis, a colon or a dash, and is read as ``TimesAfterList`` reads its times: years, each
/// with a few words of name and a preposition perhaps, joined by commas and a last "and", ending
/// the sentence or a clause; a word of example ("including", « notamment ») leaves it alone.
struct TimesWithYears {
    let check: NumberCheck

    /// A count of times and the years listed after it that do not make it.
    struct Mismatch {
        /// From the count to the last year listed.
        var span: Span
        var count: Int
        var listed: Int
    }

    /// Nouns of times after a count, folded: "five times", « cinq fois ».
    static let timeNouns: Set<String> = ["times", "fois"]
    /// A noun of times after « à » and the count: « à cinq reprises ».
    static let occasionNoun = "reprises"
    /// Words that may stand between the noun of times and the list, folded.
    static let adverbs: Set<String> = ["already", "so", "far", "deja", "en", "tout"]
    /// Marks that open the list.
    static let openers: Set<String> = ["(", ":", "-", "–", "—"]
    /// How many words of ``adverbs`` may stand before the opener.
    static let adverbReach = 2

    private var tokens: [Token] { check.document.tokens }

    /// The counts of times that the years listed after them contradict, in text order.
    func mismatches() -> [Mismatch] {
        let lister = TimesAfterList(check: check)
        return check.numbers.compactMap { count -> Mismatch? in
            guard case .number(let value) = count.value, count.bound == nil else { return nil }
            let range = check.document.tokenRange(of: count.span)
            // The noun of times before the value: most counts have none, and comparing decimals costs more.
            guard !range.isEmpty, isTimesNoun(after: range), value >= 2, value <= 99,
                WrittenDecimals.count(in: count.text) == 0
            else {
                return nil
            }
            let number = Int(truncating: value as NSDecimalNumber)
            let sentence = check.document.sentences[check.document.sentenceIndex(of: count.span.start)].tokens
            var cursor = range.upperBound + 1
            while cursor - range.upperBound - 1 < Self.adverbReach, check.folded.isWord(cursor, in: Self.adverbs) {
                cursor += 1
            }
            guard cursor < sentence.upperBound, Self.openers.contains(tokens[cursor].text),
                let (listed, end) = lister.times(from: cursor + 1, in: sentence), listed != number
            else { return nil }
            return Mismatch(span: count.span.union(tokens[end - 1].span), count: number, listed: listed)
        }
    }

    /// Whether the word after a count is a noun of times (« cinq fois »), or « reprises » after
    /// « à » and the count.
    private func isTimesNoun(after range: Range<Int>) -> Bool {
        if check.folded.isWord(range.upperBound, in: Self.timeNouns) { return true }
        return check.folded.isWord(range.upperBound, in: [Self.occasionNoun])
            && check.folded.isWord(range.lowerBound - 1, in: ["a"])
    }
}
