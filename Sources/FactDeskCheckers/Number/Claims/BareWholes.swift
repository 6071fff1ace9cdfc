import FactDeskKit
import Foundation

/// The whole written without an article after a part and its property: « 182 sièges sur 577 »,
/// "412 seats out of 650", all of the property as « sur les 577 » is — when nothing after it
/// makes it some (it ends its clause, or names its owner: « sur 577 à l’Assemblée nationale »,
/// "out of 650 in the House of Commons"; not « sur 42 en Bretagne », "out of 59 in Scotland",
/// « sur 501 en jeu »). A small or round whole is a ratio ("three members out of five", « un
/// député sur deux », "one in 100"), not a count.
extension ClaimBuilder {
    /// The largest whole read as a ratio's rather than as a count.
    static let largestRatioWhole: Decimal = 10
    /// Round wholes of ratios above ``largestRatioWhole``: "out of 100", « sur 1 000 ».
    static let roundRatioWholes: Set<Decimal> = [100, 1000]

    /// The property of a bare whole after a part ("sièges sur 577"), its owner when named after it.
    /// - Parameters:
    ///   - start: the first token of the whole's number.
    ///   - end: the first token after it.
    ///   - value: the whole as written.
    func bareWholeOfPart(before start: Int, after end: Int, value: Decimal, in sentence: Range<Int>, sentence sentenceIndex: Int)
        -> TermMatch?
    {
        // The opener before the value: most numbers have none, and comparing decimals costs more.
        guard let (opener, isDetermined) = partToWholeOpener(before: start), !isDetermined,
            value > Self.largestRatioWhole, !Self.roundRatioWholes.contains(value),
            opener - 2 >= sentence.lowerBound, let found = term(endingAt: opener - 1, from: sentence.lowerBound),
            found.tokens.lowerBound > sentence.lowerBound,
            numbers.covers(tokens[found.tokens.lowerBound - 1].span.start)
        else { return nil }
        var match = TermMatch(property: found.property, term: found.tokens, isWholeAfterPart: true)
        if end >= sentence.upperBound || tokens[end].kind == .punctuation { return match }
        guard let owner = owner(after: end, sentence: sentenceIndex) else { return nil }
        match.subject = owner
        return match
    }
}
