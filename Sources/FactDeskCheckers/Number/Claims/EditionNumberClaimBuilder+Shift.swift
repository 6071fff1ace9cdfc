import FactDeskKit
import Foundation

/// A date set forward by a number of years before "after" / « après »: « Cent ans après la
/// première course, en 1923, la 91e édition … » speaks of 2023, "Ten years after its debut in
/// 2014, the 11th edition …" of 2024.
extension EditionNumberClaimBuilder {
    /// Words between a number of years and the date they set forward, folded.
    static let shiftWords: Set<String> = ["apres", "after"]
    /// How many tokens after "after" / « après » the date may come, with no comma between.
    static let shiftReach = 8

    /// The year `date` is set forward to by the years before an "after" in front of it, in the
    /// same clause ("N years after … in YEAR"), if any.
    func shiftedYear(of date: Mention) -> Int? {
        guard case .date(let day, _) = date.value, let year = day.year else { return nil }
        let tokens = document.tokens
        let first = document.tokenIndex(from: date.span.start)
        let sentenceStart = document.sentences[document.sentenceIndex(of: date.span.start)].tokens.lowerBound
        var index = first - 1
        while index >= max(sentenceStart, first - Self.shiftReach) {
            let token = tokens[index]
            if [",", ";", ":", "(", ")"].contains(token.text) { return nil }
            if token.kind == .word, Self.shiftWords.contains(Fold.word(token.text)) { break }
            index -= 1
        }
        guard index >= max(sentenceStart, first - Self.shiftReach), index > 0,
            let length = durations.mentions(in: document.span(ofTokens: sentenceStart..<index)).last,
            document.tokenRange(of: length.span).upperBound == index,
            case .duration(let amount, .year) = length.value,
            let years = Int(exactly: amount as NSNumber), Decimal(years) == amount, years > 0
        else { return nil }
        return year + years
    }
}
