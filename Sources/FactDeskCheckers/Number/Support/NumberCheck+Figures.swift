import FactDeskKit
import Foundation

extension NumberCheck {
    /// Whether a number mention is a year written alone ("2019"), which counts nothing.
    func isLoneYear(_ mention: Mention) -> Bool {
        let range = document.tokenRange(of: mention.span)
        return range.count == 1 && TimesAfterList.isYear(document.tokens[range.lowerBound])
    }

    /// The count of `mention`'s sentence that ends at most `reach` tokens before it with only
    /// words between, not a lone year: 480 in « 480 épreuves réparties sur ses deux sessions ».
    func count(before mention: Mention, reach: Int) -> Mention? {
        let start = document.tokenIndex(from: mention.span.start)
        let sentence = document.sentences[document.sentenceIndex(of: mention.span.start)].tokens
        guard let index = numbers.lastIndex(where: { $0.span.end <= mention.span.start }) else { return nil }
        let earlier = numbers[index]
        let end = document.tokenRange(of: earlier.span).upperBound
        guard sentence.contains(end - 1), start - end <= reach, !isLoneYear(earlier),
            (end..<start).allSatisfy({ document.tokens[$0].kind == .word })
        else { return nil }
        return earlier
    }
}

extension Mention {
    /// The value of a count or a percentage, without a scale; `nil` for any other mention.
    var countOrPercentage: Decimal? {
        switch value {
        case .number(let value), .percent(let value): value
        default: nil
        }
    }
}
