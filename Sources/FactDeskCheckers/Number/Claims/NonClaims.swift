import FactDeskKit

/// Numbers that are not claims however they read: references to a place in a document ("page
/// 12", "article 3"), and scores ("3-1", "2–0"). A number between quotation marks is a claim of
/// the person quoted, checked as such (``Quotations``).
///
/// Years, dates, times and phone numbers never become number mentions in the first place.
struct NonClaims {
    private let tokens: [Token]
    /// The draft's tokens folded, shared with the rules that fold the same words.
    private let folded: FoldedTokens

    init(folded: FoldedTokens) {
        self.tokens = folded.tokens
        self.folded = folded
    }

    /// Whether the number on tokens `range` is not a claim.
    func excludes(_ range: Range<Int>) -> Bool {
        followsReferenceWord(range.lowerBound) || isScore(range)
    }

    /// "page 12", "p. 12", "n° 5", "§ 3".
    private func followsReferenceWord(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if ClaimWords.referenceSymbols.contains(previous.text) { return true }
        if previous.kind == .word { return ClaimWords.referenceWords.contains(folded[index - 1]) }
        guard previous.text == ".", index > 1, tokens[index - 2].kind == .word else { return false }
        return ClaimWords.referenceAbbreviations.contains(folded[index - 2])
    }

    /// The dashes that join a score's two numbers.
    private static let dashes = ["-", "–", "—"]

    /// A number joined by a dash to another: "3-1", "2–0".
    private func isScore(_ range: Range<Int>) -> Bool {
        func isDash(_ index: Int) -> Bool {
            index >= 0 && index < tokens.count && Self.dashes.contains(tokens[index].text)
        }
        func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .number }
        return (isDash(range.upperBound) && isNumber(range.upperBound + 1))
            || (isDash(range.lowerBound - 1) && isNumber(range.lowerBound - 2))
    }
}
