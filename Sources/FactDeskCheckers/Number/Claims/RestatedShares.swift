import FactDeskKit
import Foundation

/// A share restated as the shares it is made of, after « soit » or "namely": « la coalition
/// obtient 31,4 % des voix, soit 24,2 % pour le parti A et 7,2 % pour le parti B », with the
/// whole's noun, a parenthesis (« (2019 : 28,1 %) ») and an aside between commas (« soit, au
/// niveau national, ») perhaps between. The shares must add up to the whole, each figure within
/// its rounding.
///
/// The list holds two shares or more, each a percentage followed by a few words that say whose
/// it is, joined by commas and a last « et », "and"; a list with another figure in an element,
/// or that goes on after its last share (« …, ainsi que »), is left alone.
struct RestatedShares {
    let check: NumberCheck

    /// Words that restate the share before them as its parts, folded.
    static let restating: Set<String> = ["soit", "namely"]
    /// How many words of the whole's noun, and of an aside, may stand in the way.
    static let nounWords = 4
    /// How many words may follow each share of the list.
    static let elementWords = 6

    private var tokens: [Token] { check.document.tokens }

    /// The restated shares whose parts do not make them, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        let numbers = check.numbers
        guard numbers.count >= 3 else { return [] }
        return numbers.indices.dropLast(2).compactMap { index -> BreakdownSums.Mismatch? in
            let whole = numbers[index]
            guard case .percent(let total) = whole.value, whole.bound == nil else { return nil }
            let sentence = check.document.sentences[check.document.sentenceIndex(of: whole.span.start)].tokens
            guard let start = listStart(after: check.document.tokenRange(of: whole.span).upperBound, in: sentence),
                let parts = shares(from: start, in: sentence), let last = parts.last
            else { return nil }
            let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
            let reach = parts.reduce(StatedGaps.halfUnit(whole)) { $0 + StatedGaps.halfUnit($1.mention) }
            guard abs(sum - total) > reach else { return nil }
            return BreakdownSums.Mismatch(
                span: whole.span.union(last.mention.span), whole: whole, parts: parts.map(\.value))
        }
    }

    /// The token where the shares start after a whole ending at `cursor`: past its noun, a
    /// parenthesis and a comma, « soit » and an aside between commas.
    private func listStart(after end: Int, in sentence: Range<Int>) -> Int? {
        var cursor = end
        while cursor < sentence.upperBound, cursor - end < Self.nounWords, tokens[cursor].kind == .word,
            !check.folded.isWord(cursor, in: Self.restating)
        {
            cursor += 1
        }
        if cursor < sentence.upperBound, tokens[cursor].text == "(" {
            guard let close = (cursor..<sentence.upperBound).first(where: { tokens[$0].text == ")" }) else { return nil }
            cursor = close + 1
        }
        if cursor < sentence.upperBound, tokens[cursor].text == "," { cursor += 1 }
        guard check.folded.isWord(cursor, in: Self.restating) else { return nil }
        cursor += 1
        if cursor < sentence.upperBound, tokens[cursor].text == "," {
            // « soit, en moyenne nationale, 22,6 % … »: an aside of a few words.
            let aside = cursor + 1
            guard let close = (aside..<min(sentence.upperBound, aside + Self.nounWords + 1)).first(where: {
                tokens[$0].text == ","
            }), (aside..<close).allSatisfy({ tokens[$0].kind == .word })
            else { return nil }
            cursor = close + 1
        }
        return cursor
    }

    /// The shares listed from token `start`; nil unless each element is a percentage and a few
    /// words, the last one after « et », "and".
    private func shares(from start: Int, in sentence: Range<Int>) -> [(mention: Mention, value: Decimal)]? {
        var parts: [(mention: Mention, value: Decimal)] = []
        var cursor = start
        var isLast = false
        while true {
            guard let share = check.number(startingAtToken: cursor), case .percent(let value) = share.value,
                share.bound == nil
            else { return nil }
            parts.append((share, value))
            cursor = check.document.tokenRange(of: share.span).upperBound
            let words = cursor
            while cursor < sentence.upperBound, tokens[cursor].kind == .word, cursor - words < Self.elementWords,
                !check.folded.isWord(cursor, in: BreakdownSums.joiners)
            {
                guard check.number(startingAtToken: cursor) == nil else { return nil }
                cursor += 1
            }
            if isLast {
                // The list ends with its sentence or a clause, not with more words or a figure.
                let ends = cursor == sentence.upperBound || tokens[cursor].kind == .punctuation
                let goesOn = cursor + 1 < sentence.upperBound && tokens[cursor].text == ","
                    && check.folded.isWord(cursor + 1, in: ListedParts.continuations)
                return parts.count >= 2 && ends && !goesOn ? parts : nil
            }
            if cursor < sentence.upperBound, tokens[cursor].text == "," { cursor += 1 }
            if check.folded.isWord(cursor, in: BreakdownSums.joiners) {
                isLast = true
                cursor += 1
            } else if tokens[cursor - 1].text != "," {
                return nil
            }
        }
    }
}
