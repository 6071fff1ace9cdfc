import FactDeskKit
import Foundation

/// A count of times followed by the years of those times: "has won the cup five times (1964,
/// 2008, 2012, 2024)", "four times already - in 1998, 2002, 2006 and in 2010", « à cinq reprises
/// (1964, 2008, 2012 et 2024) », « quatre fois : en 1998, 2002, 2006 et 2010 ». The years are the
/// times themselves, so there are as many as the count says.
///
/// The list opens right after the noun of times ("already", « déjà » perhaps between) with a
/// parenthesis, a colon, a dash, or a comma before "in", « en » (« à trois reprises, en 1998 et
/// 2006 »), and is read as ``TimesAfterList`` reads its times: years, each
/// with a few words of name and a preposition perhaps, joined by commas and a last "and", ending
/// the sentence or a clause; a word of example ("including", « notamment ») leaves it alone.
///
/// A count of wins or titles ("seven titles (…)", « six victoires (…) »), or a count alone before
/// the parenthesis ("With four (…), she holds the record"), may count more than one in a year:
/// only more years than the count contradict it.
struct TimesWithYears {
    let check: NumberCheck

    /// A count of times and the years listed after it that do not make it.
    struct Mismatch {
        /// From the count to the last year listed.
        var span: Span
        var count: Int
        var listed: Int
        /// Whether the count is of times (« cinq fois »), not of wins or titles.
        var isOfTimes: Bool
    }

    /// Nouns of times after a count, folded: "five times", « cinq fois ».
    static let timeNouns: Set<String> = ["times", "fois"]
    /// Nouns of wins and titles after a count, folded: one or more of them a year.
    static let winNouns: Set<String> = [
        "titles", "wins", "victories", "crowns", "titres", "victoires", "sacres", "couronnes",
    ]
    /// A noun of times after « à » and the count: « à cinq reprises ».
    static let occasionNoun = "reprises"
    /// Words that may stand between the noun of times and the list, folded.
    static let adverbs: Set<String> = ["already", "so", "far", "deja", "en", "tout"]
    /// Marks that open the list.
    static let openers: Set<String> = ["(", ":", "-", "–", "—"]
    /// Prepositions after a comma that open the list too, folded.
    static let commaPrepositions: Set<String> = ["in", "en"]
    /// How many words of ``adverbs`` may stand before the opener.
    static let adverbReach = 2

    private var tokens: [Token] { check.document.tokens }

    /// The counts of times that the years listed after them contradict, in text order.
    func mismatches() -> [Mismatch] {
        let lister = TimesAfterList(check: check)
        return check.numbers.compactMap { count -> Mismatch? in
            guard case .number(let value) = count.value, count.bound == nil else { return nil }
            let range = check.document.tokenRange(of: count.span)
            // The noun before the value: most counts have none, and comparing decimals costs more.
            guard !range.isEmpty, let counted = counted(after: range), value >= 2, value <= 99,
                WrittenDecimals.count(in: count.text) == 0
            else {
                return nil
            }
            let number = Int(truncating: value as NSDecimalNumber)
            let sentence = check.document.sentences[check.document.sentenceIndex(of: count.span.start)].tokens
            let isOfTimes = counted == .times
            var cursor = counted == .bare ? range.upperBound : range.upperBound + 1
            while cursor - range.upperBound - 1 < Self.adverbReach, check.folded.isWord(cursor, in: Self.adverbs) {
                cursor += 1
            }
            guard cursor < sentence.upperBound, opensList(at: cursor),
                let (listed, end) = lister.times(from: cursor + 1, in: sentence),
                isOfTimes ? listed != number : listed > number
            else { return nil }
            return Mismatch(
                span: count.span.union(tokens[end - 1].span), count: number, listed: listed, isOfTimes: isOfTimes)
        }
    }

    /// Whether the token at `index` opens the list: a parenthesis, a colon or a dash, or a comma
    /// before "in", « en » ("three times, in 1998 and 2006").
    private func opensList(at index: Int) -> Bool {
        Self.openers.contains(tokens[index].text)
            || (tokens[index].text == "," && check.folded.isWord(index + 1, in: Self.commaPrepositions))
    }

    /// What a count whose years may follow counts, told by the token right after it.
    private enum Counted {
        /// Times (« cinq fois », « à cinq reprises »): one a year.
        case times
        /// Wins or titles ("seven titles"): one or more a year.
        case wins
        /// Nothing named: the parenthesis of the years follows the count ("With four (…)").
        case bare
    }

    /// What the count at `range` counts, or `nil` when the token after it is none of ``Counted``:
    /// a noun of times, « reprises » after « à » and the count, a noun of wins or titles, or a
    /// parenthesis.
    private func counted(after range: Range<Int>) -> Counted? {
        if check.folded.isWord(range.upperBound, in: Self.timeNouns) { return .times }
        if check.folded.isWord(range.upperBound, in: [Self.occasionNoun]),
            check.folded.isWord(range.lowerBound - 1, in: ["a"])
        {
            return .times
        }
        if check.folded.isWord(range.upperBound, in: Self.winNouns) { return .wins }
        return range.upperBound < tokens.count && tokens[range.upperBound].text == "(" ? .bare : nil
    }
}
