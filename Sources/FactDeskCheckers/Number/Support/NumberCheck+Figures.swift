import FactDeskKit
import Foundation

extension NumberCheck {
    /// Whether a number mention is a year written alone ("2019"), which counts nothing.
    func isLoneYear(_ mention: Mention) -> Bool {
        let range = document.tokenRange(of: mention.span)
        return range.count == 1 && TimesAfterList.isYear(document.tokens[range.lowerBound])
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
