import FactDeskKit

/// Counts of the others tried with one person written with « autres », "other": « Pelicot et
/// les 50 autres accusés », "Reed and the 30 other defendants" state all the defendants, the
/// person added (as « ses 50 coaccusés » do, ``companionReading(after:start:in:)``).
extension ClaimBuilder {
    /// Words that make a count the others of a person named before it, folded.
    static let otherWords: Set<String> = ["autres", "other"]

    /// The property of the defendants (or any property named after « autres ») a count of one
    /// person's others states, with the person counted: `companions` is 1.
    func otherCompanionReading(after end: Int, start: Int, in sentence: Range<Int>) -> TermMatch? {
        guard isWord(end, in: Self.otherWords), start - 3 >= sentence.lowerBound,
            let found = terms.match(at: end + 1, in: tokens), found.tokens.upperBound <= sentence.upperBound,
            isWord(start - 1, in: ["les", "the"]), isWord(start - 2, in: ["et", "and"]), isName(start - 3, in: sentence),
            !isRestricted(after: found.tokens.upperBound, in: sentence),
            !isWord(found.tokens.upperBound, in: Self.companionRestrictions)
        else { return nil }
        var match = TermMatch(property: found.property, term: end..<found.tokens.upperBound)
        match.companions = 1
        match.person = firstOfName(endingAt: start - 3, in: sentence)..<start
        return match
    }
}
