import FactDeskKit

/// A count gained or lost, then the move it made: "gained two seats, going from 12 to 14",
/// "lost three seats, falling from 20 seats to 17", « gagne deux sièges, passant de 12 à 14 ».
/// The gain is the second figure less the first, the loss the first less the second; all three
/// are exact counts. The verb of gain or loss stands right before the gain, at most
/// ``StatedGaps/leadWords`` words and a comma perhaps stand before the verb of moving, and
/// "from", « de » and "to", « à » stand right before the two figures.
extension StatedGaps {
    /// Verbs of a gain right before its count, folded.
    static let gainVerbs: Set<String> = [
        "gained", "gains", "gaining", "gain", "added", "adds", "adding", "gagne", "gagnant", "gagnent", "gagnait",
    ]
    /// Verbs of a loss right before its count, folded.
    static let lossVerbs: Set<String> = ["lost", "loses", "losing", "lose", "shed", "perd", "perdant", "perdent", "perdait"]
    /// Verbs of moving from one figure to another, folded.
    static let movingWords: Set<String> = [
        "going", "rising", "climbing", "moving", "increasing", "falling", "dropping", "slipping", "sliding", "passant",
        "grimpant", "chutant", "tombant",
    ]

    /// The mismatch of a count gained or lost that the move after it does not make.
    func moveMismatch(gain: Mention, from: Mention, to: Mention) -> Mismatch? {
        let document = check.document
        // "from" before the second figure first: most figures have none, and their token ranges
        // are not looked up.
        guard check.folded.isWord(document.tokenIndex(from: from.span.start) - 1, in: ["from", "de", "d'"]),
            check.folded.isWord(document.tokenIndex(from: to.span.start) - 1, in: ["to", "a", "à"]),
            case .number(let gained) = gain.value, case .number(let fromValue) = from.value,
            case .number(let toValue) = to.value
        else { return nil }
        let fromRange = document.tokenRange(of: from.span)
        let toRange = document.tokenRange(of: to.span)
        let gainRange = document.tokenRange(of: gain.span)
        let isGain = check.folded.isWord(gainRange.lowerBound - 1, in: Self.gainVerbs)
        guard isGain || check.folded.isWord(gainRange.lowerBound - 1, in: Self.lossVerbs),
            [gain, from, to].allSatisfy({ $0.bound == nil && Self.isWholeCount($0) }),
            document.sentenceIndex(of: gain.span.start) == document.sentenceIndex(of: to.span.start)
        else { return nil }
        // The gain's words, a comma perhaps, the verb of moving and "from".
        var cursor = gainRange.upperBound
        while cursor < fromRange.lowerBound, cursor - gainRange.upperBound < Self.leadWords, tokens[cursor].kind == .word,
            !check.folded.isWord(cursor, in: Self.movingWords)
        {
            cursor += 1
        }
        if tokens[cursor].text == "," { cursor += 1 }
        guard check.folded.isWord(cursor, in: Self.movingWords), cursor + 2 == fromRange.lowerBound,
            toRange.lowerBound - 1 - fromRange.upperBound <= 2,
            (fromRange.upperBound..<toRange.lowerBound).allSatisfy({ tokens[$0].kind == .word })
        else { return nil }
        let difference = toValue - fromValue
        guard gained != (isGain ? difference : -difference) else { return nil }
        return Mismatch(span: gain.span.union(to.span), difference: difference, isPercent: false)
    }
}
