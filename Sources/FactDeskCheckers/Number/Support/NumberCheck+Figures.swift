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
        var index = start - 1
        while index >= sentence.lowerBound, start - index - 1 <= reach {
            if let earlier = number(endingAtToken: index) { return isLoneYear(earlier) ? nil : earlier }
            guard document.tokens[index].kind == .word else { return nil }
            index -= 1
        }
        return nil
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
