import FactDeskKit
import Foundation

/// A count broken down in parentheses: « 24 concurrents (8 en Hypercar, 8 en LMP2 et 8 en
/// LMGTE) », or « 76 députés élus … (39 députés du RN, 32 députés du NFP, 2 députés … et trois
/// députés LR) », whose parts must add up to it.
///
/// The list is a parenthesis in which every element starts with a plain count and holds no
/// other number; its whole is the count right before the parenthesis, else — when every part
/// is followed by the same noun — the nearest count of that noun earlier in the sentence. A
/// list opened by "dont", "including", "notamment" names only some parts and is left out.
/// A list of three or more counts after a colon that follows its whole ("26 players: 8 from
/// Spain, 8 from France and 10 from Italy", « 35 chefs d’accusation : 11 pour …, 12 pour … et 13
/// pour … ») is read the same way, up to the end of its sentence.
struct BreakdownSums {
    let check: NumberCheck

    /// A breakdown whose parts do not add up to its whole.
    struct Mismatch {
        /// From the whole to the closing parenthesis.
        var span: Span
        var whole: Mention
        var parts: [Decimal]
    }

    /// Words between parts that join the list's elements, folded.
    static let joiners: Set<String> = ["et", "and", "plus"]
    /// Words that make a list partial, folded.
    static let partialWords: Set<String> = [
        "dont", "notamment", "including", "incl", "among", "parmi", "e.g", "ex", "such", "like", "comme",
    ]
    /// How many tokens a parenthesis may hold to be read as a breakdown.
    static let listReach = 80
    /// How many tokens may stand between the whole's number and the parenthesis ("concurrents").
    static let adjacentReach = 3
    /// How many parts a list after a colon needs to be read as a breakdown.
    static let colonParts = 3
    /// Marks that end a list after a colon.
    static let listEnds: Set<String> = [".", ";", "!", "?"]

    /// The breakdowns whose parts do not add up to their whole, in text order.
    func mismatches() -> [Mismatch] {
        let tokens = check.document.tokens
        var found: [Mismatch] = []
        for sentence in check.document.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                defer { index += 1 }
                if tokens[index].text == ":",
                    let end = (index + 1..<min(sentence.tokens.upperBound, index + Self.listReach)).first(where: {
                        Self.listEnds.contains(tokens[$0].text)
                    })
                {
                    if let mismatch = mismatch(open: index, close: end, sentence: sentence.tokens, isColon: true) {
                        found.append(mismatch)
                    }
                    index = end
                    continue
                }
                guard tokens[index].text == "(",
                    let close = (index + 1..<min(sentence.tokens.upperBound, index + Self.listReach)).first(where: {
                        tokens[$0].text == ")"
                    })
                else { continue }
                if let mismatch = mismatch(open: index, close: close, sentence: sentence.tokens) {
                    found.append(mismatch)
                }
                index = close
            }
        }
        return found
    }

    private func mismatch(open: Int, close: Int, sentence: Range<Int>, isColon: Bool = false) -> Mismatch? {
        let tokens = check.document.tokens
        let inside = mentions(from: tokens[open].span.end, to: tokens[close].span.start)
        guard inside.count >= (isColon ? Self.colonParts : 2),
            !(open + 1..<close).contains(where: { Self.partialWords.contains(Fold.word(tokens[$0].text)) })
        else { return nil }
        var parts: [Decimal] = []
        var nouns: Set<String> = []
        for (offset, mention) in inside.enumerated() {
            guard let value = Self.plainCount(mention) else { return nil }
            let range = check.document.tokenRange(of: mention.span)
            let before = range.lowerBound - 1
            guard before == open || [",", ";"].contains(tokens[before].text)
                || Self.joiners.contains(Fold.word(tokens[before].text))
            else { return nil }
            // Every separator of the element ends at the next part.
            let end = offset + 1 < inside.count ? check.document.tokenRange(of: inside[offset + 1].span).lowerBound : close
            if (range.upperBound..<end).contains(where: { [",", ";"].contains(tokens[$0].text) && $0 + 1 != end }) {
                return nil
            }
            nouns.insert(range.upperBound < close ? Fold.word(tokens[range.upperBound].text) : "")
            parts.append(value)
        }
        // After a colon, only the count right before it is the whole.
        guard
            let (whole, value) = whole(
                before: open, sentence: sentence, noun: nouns.count == 1 && !isColon ? nouns.first : nil)
        else { return nil }
        // « …, 21 GT et une voiture innovante »: a last element written « un », « une », "one" counts one.
        parts += (open + 1..<close).filter { index in
            ListedParts.ones.contains(Fold.word(tokens[index].text)) && tokens[index + 1].kind == .word
                && Self.joiners.contains(Fold.word(tokens[index - 1].text))
        }.map { _ in Decimal(1) }
        let sum = parts.reduce(0, +)
        guard !value.contains(sum) else { return nil }
        let end = isColon ? inside.last!.span : tokens[close].span
        return Mismatch(span: whole.span.union(end), whole: whole, parts: parts)
    }

    /// The number mentions within `start..<end`, by binary search.
    private func mentions(from start: Int, to end: Int) -> ArraySlice<Mention> {
        let first = check.numbers.partitionPoint { $0.span.start >= start }
        let last = check.numbers.partitionPoint { $0.span.start >= end }
        return check.numbers[first..<max(first, last)].filter { $0.span.end <= end }[...]
    }

    /// The value of a plain count: a number without unit or bound (a lower bound is no part or
    /// whole), not written as a year.
    static func plainCount(_ mention: Mention) -> Decimal? { plainCount(mention, bounds: []) }

    /// The value of a count without unit, not written as a year, with no bound or one of `bounds`
    /// ("some 190": `.approximately`).
    static func plainCount(_ mention: Mention, bounds: Set<NumberBound.Relation>) -> Decimal? {
        guard case .number(let value) = mention.value, mention.unit == nil,
            mention.bound.map({ bounds.contains($0.relation) }) ?? true, !looksLikeYear(mention)
        else { return nil }
        return value
    }

    /// Whether a number is written as a year ("(2002, 2019)"): four digits from 1800 to 2099.
    static func looksLikeYear(_ mention: Mention) -> Bool {
        let bytes = mention.text.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // The same tests byte by byte: in ASCII the only numbers are the digits.
            guard bytes.count == 4, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
            let century = bytes.prefix(2)
            return century.elementsEqual("18".utf8) || century.elementsEqual("19".utf8) || century.elementsEqual("20".utf8)
        }
        return mention.text.count == 4 && mention.text.allSatisfy(\.isNumber)
            && (mention.text.hasPrefix("18") || mention.text.hasPrefix("19") || mention.text.hasPrefix("20"))
    }

    /// The plain count right before the parenthesis, else the nearest earlier count of `noun`.
    private func whole(before open: Int, sentence: Range<Int>, noun: String?) -> (Mention, ClaimedValue)? {
        let tokens = check.document.tokens
        let floor = max(sentence.lowerBound, open - SubjectOccurrences.window)
        let earlier = mentions(from: tokens[floor].span.start, to: tokens[open].span.start)
        if let last = earlier.last, case let range = check.document.tokenRange(of: last.span),
            open - range.upperBound <= Self.adjacentReach,
            (range.upperBound..<open).allSatisfy({ tokens[$0].kind == .word }), let value = plainValue(last)
        {
            return (last, value)
        }
        guard let noun, !noun.isEmpty,
            let whole = earlier.last(where: {
                let range = check.document.tokenRange(of: $0.span)
                return range.upperBound < open && Fold.word(tokens[range.upperBound].text) == noun
            }),
            let value = plainValue(whole)
        else { return nil }
        return (whole, value)
    }

    /// The values a plain count allows.
    private func plainValue(_ mention: Mention) -> ClaimedValue? {
        Self.plainValue(mention, language: check.document.language)
    }

    /// The values a plain count (no unit, not a percentage) allows.
    static func plainValue(_ mention: Mention, language: Language) -> ClaimedValue? {
        guard case .number = mention.value, mention.unit == nil else { return nil }
        let written = WrittenNumber(mention.text, language: language)
        return ClaimedValue(mention, precision: written.precision(of: ClaimBuilder.writtenValue(mention)))
    }
}
