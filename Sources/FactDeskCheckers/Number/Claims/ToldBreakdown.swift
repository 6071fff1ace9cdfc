import FactDeskKit
import Foundation

/// A count the text breaks down right after it, in counts that add up to it: « 19 jurés : 8
/// titulaires et 11 remplaçants », "19 jurors (8 sitting and 11 in reserve)". The text then tells
/// what the total holds; a reference value equal to one of its parts counts that part alone, and
/// the total is no part of it.
enum ToldBreakdown {
    /// Marks that open a breakdown right after the count and its noun.
    static let openers: Set<String> = [":", "("]
    /// How many tokens may stand between the count and the mark: its noun.
    static let nounReach = 3
    /// Marks that end the breakdown.
    static let closers: Set<String> = [")", ".", ";", "!", "?"]

    /// Whether `mention`, a count, is followed by its noun, a colon or a bracket, then two
    /// counts or more that add up to it before the sentence or the bracket ends.
    static func breaksDown(_ mention: Mention, check: NumberCheck) -> Bool {
        let tokens = check.document.tokens
        let sentence = check.document.sentences[check.document.sentenceIndex(of: mention.span.start)].tokens
        let number = check.document.tokenRange(of: mention.span)
        guard
            let opener = (number.upperBound..<min(sentence.upperBound, number.upperBound + nounReach + 1)).first(
                where: {
                    openers.contains(tokens[$0].text)
                })
        else { return false }
        let end = (opener + 1..<sentence.upperBound).first { closers.contains(tokens[$0].text) } ?? sentence.upperBound
        let inside = Span(start: tokens[opener].span.end, end: tokens[max(opener, end - 1)].span.end)
        let parts = check.numbers.filter { inside.contains($0.span) }.map(ClaimBuilder.writtenValue)
        return parts.count >= 2 && parts.reduce(0, +) == ClaimBuilder.writtenValue(mention)
    }
}
