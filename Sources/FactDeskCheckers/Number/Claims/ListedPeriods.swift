import FactDeskKit
import Foundation

/// A count of periods followed by a colon and the dates of each: « sur trois week-ends : du 4 au
/// 6 juin et du 11 au 13 juin », "over two weeks: May 4-8 and May 11-15". Each date or range
/// after the colon is one period, so their number must be the count.
///
/// The list is only dates joined by commas and "and" / « et » up to the end of the sentence; a
/// list with anything else between its dates may name other days and is left out.
struct ListedPeriods {
    let check: NumberCheck

    /// Nouns of periods a count may announce, as the folded words they are written with.
    static let periodNouns: [[String]] = [
        ["week", "-", "ends"], ["weekends"], ["week-ends"], ["semaines"], ["weeks"], ["sessions"], ["periodes"],
        ["periods"], ["phases"], ["etapes"], ["stages"],
    ]
    /// The largest count read.
    static let largestCount: Decimal = 12

    private var tokens: [Token] { check.document.tokens }

    /// The counts their listed dates contradict, in text order.
    func mismatches() -> [EnumerationCounts.Mismatch] {
        check.smallCounts(upTo: Self.largestCount).compactMap { small -> EnumerationCounts.Mismatch? in
            let (count, value, range, sentence) = (small.mention, small.value, small.tokens, small.sentence)
            guard let noun = Self.periodNouns.first(where: { words in
                    range.upperBound + words.count < sentence.upperBound
                        && check.folded.words(range.upperBound..<range.upperBound + words.count) == words
                }),
                tokens[range.upperBound + noun.count].text == ":",
                let (listed, end) = listedDates(from: range.upperBound + noun.count + 1, in: sentence),
                Decimal(listed) != value
            else { return nil }
            return EnumerationCounts.Mismatch(
                span: check.document.span(ofTokens: range.lowerBound..<end), count: count, listed: listed)
        }
    }

    /// How many dates follow token `start` up to the end of the sentence, joined by commas and
    /// "and" / « et » only, with the token after the last; nil for fewer than two or anything else between.
    private func listedDates(from start: Int, in sentence: Range<Int>) -> (Int, Int)? {
        var index = start
        var count = 0
        while index < sentence.upperBound {
            if let date = check.dates.mention(startingAt: tokens[index].span.start) {
                count += 1
                index = check.document.tokenRange(of: date.span).upperBound
            } else if tokens[index].text == "," || check.folded.isWord(index, in: BreakdownSums.joiners) {
                index += 1
            } else if [".", ";", "!"].contains(tokens[index].text) {
                break
            } else {
                return nil
            }
        }
        return count >= 2 ? (count, index) : nil
    }
}
