import FactDeskKit
import Foundation

/// A total on a line of its own after a colon (« Nombre de bénévoles inscrits : 40 »,
/// "Registered volunteers: 40"), broken down on the lines right after it, each opening on a
/// bullet (▪ • - * – ·) and a count (« ▪ 12 guides, », "• 28 drivers"): the parts must add up
/// to the total. A number before a capitalised word is a rank ("- 1 Lakeland"), not a part.
///
/// Read only when the list is plainly all of it: every line after the total up to a blank line
/// or the end of the draft is such a bullet, each holding one plain count followed by its noun
/// in lowercase (not a length of time), at least two of them, with no word that makes a part some of
/// another or a guess (« dont », "including", "of which", « environ », "about").
struct BulletedBreakdowns {
    let check: NumberCheck

    /// Spaces within a line, a carriage return before its line break included.
    static let spaces: Set<Unicode.Scalar> = [" ", "\t", "\r", "\u{00A0}", "\u{202F}"]
    /// Marks that open a bulleted line.
    static let bullets: Set<Unicode.Scalar> = ["▪", "•", "-", "*", "–", "·"]
    /// Words of a line that make its count some of another or a guess, folded.
    static let hedges: Set<String> = BreakdownSums.partialWords.union([
        "which", "environ", "about", "around", "some", "quelque", "presque", "nearly", "almost", "approximately",
        "plus", "more", "over", "moins", "less", "pres",
    ])
    /// Nouns of lengths of time, which a count of things is not broken down into, folded.
    static let timeNouns: Set<String> = [
        "jour", "jours", "day", "days", "heure", "heures", "hour", "hours", "an", "ans", "annee", "annees", "year",
        "years", "mois", "month", "months", "semaine", "semaines", "week", "weeks", "minute", "minutes",
    ]

    private var document: Document { check.document }
    private var scalars: [Unicode.Scalar] { check.document.scalars }

    /// One bulleted line: its count and where its line ends.
    private struct Item {
        var mention: Mention
        var value: Decimal
        var lineEnd: Int
    }

    /// The bulleted breakdowns whose parts do not make their total, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        var found: [BreakdownSums.Mismatch] = []
        let numbers = check.numbers
        for (index, whole) in numbers.enumerated() {
            let number = document.tokenRange(of: whole.span)
            guard number.lowerBound > 0, document.tokens[number.lowerBound - 1].text == ":",
                let value = BreakdownSums.plainCount(whole).flatMap({ _ in
                    BreakdownSums.plainValue(whole, language: document.language)
                }),
                let lineEnd = lineEnd(after: whole.span.end), lineEnd < scalars.count,
                index == 0 || numbers[index - 1].span.end <= lineStart(before: whole.span.start),
                !hasHedge(in: lineStart(before: whole.span.start)..<lineEnd),
                let items = items(after: lineEnd, from: index + 1), items.count >= 2
            else { continue }
            let parts = items.map(\.value)
            guard !value.contains(parts.reduce(0, +)) else { continue }
            found.append(
                BreakdownSums.Mismatch(span: whole.span.union(items.last!.mention.span), whole: whole, parts: parts))
        }
        return found
    }

    /// The bulleted lines from position `start` (a line end) up to a blank line or the end of
    /// the draft, when every line there is one; `nil` when a line is not.
    private func items(after start: Int, from next: Int) -> [Item]? {
        var items: [Item] = []
        var position = start + 1
        var numberIndex = next
        while position < scalars.count {
            while position < scalars.count, Self.spaces.contains(scalars[position]) { position += 1 }
            if position == scalars.count || scalars[position] == "\n" { break }
            guard Self.bullets.contains(scalars[position]) else { return nil }
            position += 1
            while position < scalars.count, Self.spaces.contains(scalars[position]) { position += 1 }
            guard numberIndex < check.numbers.count, check.numbers[numberIndex].span.start == position,
                let item = item(check.numbers[numberIndex]),
                numberIndex + 1 == check.numbers.count || check.numbers[numberIndex + 1].span.start >= item.lineEnd
            else { return nil }
            items.append(item)
            numberIndex += 1
            position = item.lineEnd + 1
        }
        return items
    }

    /// A bulleted line's count: plain, followed by a lowercase word that is no length of time, on a
    /// line without hedges.
    private func item(_ mention: Mention) -> Item? {
        guard let value = BreakdownSums.plainCount(mention),
            let lineEnd = lineEnd(after: mention.span.end, allowingText: true)
        else { return nil }
        let noun = document.tokenRange(of: mention.span).upperBound
        // "- 1 Lakeland": a rank before a name, not a count before its noun.
        guard noun < document.tokens.count, document.tokens[noun].kind == .word,
            !Fold.isCapitalised(document.tokens[noun].text),
            !Self.timeNouns.contains(Fold.word(document.tokens[noun].text)),
            !hasHedge(in: mention.span.start..<lineEnd)
        else { return nil }
        return Item(mention: mention, value: value, lineEnd: lineEnd)
    }

    /// The position of the line break ending the line of position `offset` (the draft's end when
    /// none); with `allowingText` false, `nil` when anything but spaces stands before it.
    private func lineEnd(after offset: Int, allowingText: Bool = false) -> Int? {
        var position = offset
        while position < scalars.count, scalars[position] != "\n" {
            if !allowingText, !Self.spaces.contains(scalars[position]) { return nil }
            position += 1
        }
        return position
    }

    /// The position where the line of position `offset` starts.
    private func lineStart(before offset: Int) -> Int {
        var position = offset
        while position > 0, scalars[position - 1] != "\n" { position -= 1 }
        return position
    }

    /// Whether a word of ``hedges`` stands within the positions.
    private func hasHedge(in positions: Range<Int>) -> Bool {
        let tokens = document.tokenIndex(from: positions.lowerBound)..<document.tokenIndex(from: positions.upperBound)
        return tokens.contains { index in
            document.tokens[index].kind == .word && Self.hedges.contains(Fold.word(document.tokens[index].text))
        }
    }
}
