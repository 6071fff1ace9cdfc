import FactDeskKit
import Foundation

/// A count still to be filled that, with the part filled before it, does not make the whole:
/// « 40 sièges sur 120 ont été pourvus au premier tour. Il reste donc 70 sièges à pourvoir »,
/// "31 of the 90 seats were filled on Sunday, leaving 61 seats to be decided". The text says the
/// part filled and the rest to fill are the whole's.
///
/// The rest is a count after « il reste » before « à élire », « à pourvoir » …, or before "to be
/// elected", "to be decided" … after "leaving" or with "remain"; the part and the whole, the
/// nearest "A sur B", "A of (the) B" before it within ``reach`` sentences of its paragraph, whose
/// noun is the rest's ("sièges" … « sièges »): another noun counts something else, and a part
/// after a verb of winning is one side's share ("Lakeland Unity won 31 of the 92 seats").
struct RemainingParts {
    let check: NumberCheck

    /// Verbs before a rest, folded: « il reste 70 sièges ».
    static let restVerbs: Set<String> = ["reste", "restent", "restait", "restaient"]
    /// Words between such a verb and the rest, folded: « il reste donc 70 sièges ».
    static let restFillers: Set<String> = ["donc", "encore", "ainsi", "alors", "desormais"]
    /// Verbs of filling after « à » or "to be", folded.
    static let fillVerbs: Set<String> = [
        "elire", "pourvoir", "attribuer", "designer", "elected", "filled", "decided", "declared", "allocated",
    ]
    /// English words of a rest between its noun and "to be", folded: "61 seats remain to be filled".
    static let remainWords: Set<String> = ["remain", "remaining", "left", "still", "yet", "are", "were"]
    /// Verbs of winning, folded: a part after one in its sentence is a side's share ("Lakeland
    /// Unity won 31 of the 92 seats"), not all those filled.
    static let winningVerbs: Set<String> = [
        "won", "win", "wins", "took", "takes", "secured", "secures", "captured", "gained", "holds", "held",
        "remporte", "remportent", "obtenu", "obtient", "gagne", "gagnent", "decroche", "raflent", "rafle",
    ]
    /// How many words after the rest's noun "to be" is looked for.
    static let fillReach = 4
    /// How many sentences before the rest the part and the whole are looked for.
    static let reach = 2

    private var tokens: [Token] { check.document.tokens }
    private var folded: FoldedTokens { check.folded }

    /// The rests that do not make their whole with the part before them, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        let document = check.document
        let counts = check.numbers.filter { $0.kind == .number && $0.unit == nil && $0.bound == nil }
        var found: [BreakdownSums.Mismatch] = []
        for (index, rest) in counts.enumerated() where index >= 2 {
            let number = document.tokenRange(of: rest.span)
            let noun = number.upperBound
            guard noun < tokens.count, tokens[noun].kind == .word, isRest(number.lowerBound, noun: noun) else { continue }
            let sentence = document.sentenceIndex(of: rest.span.start)
            let paragraph = document.paragraphIndex(of: rest.span.start)
            let floor = document.sentences[max(0, sentence - Self.reach)].span.start
            let earlier = counts[..<index].reversed().prefix {
                $0.span.start >= floor && document.paragraphIndex(of: $0.span.start) == paragraph
            }
            guard let (part, whole) = earlier.lazy.compactMap({ self.pair(whole: $0, noun: folded[noun]) }).first,
                !isShare(part)
            else { continue }
            let (partValue, restValue, wholeValue) = (value(part), value(rest), value(whole))
            guard wholeValue > partValue, wholeValue > restValue, partValue + restValue != wholeValue else { continue }
            found.append(
                BreakdownSums.Mismatch(span: part.span.union(whole.span), whole: whole, parts: [partValue, restValue]))
        }
        return found
    }

    /// Whether the count at token `first`, before its noun at `noun`, is a rest to fill: « il
    /// reste (donc) 70 sièges à pourvoir », "leaving 61 seats to be decided", "61 seats remain to be filled".
    private func isRest(_ first: Int, noun: Int) -> Bool {
        var verb = first - 1
        if folded.isWord(verb, in: Self.restFillers) { verb -= 1 }
        if folded.isWord(verb, in: Self.restVerbs) {
            return folded.isWord(noun + 1, in: ["a"]) && folded.isWord(noun + 2, in: Self.fillVerbs)
        }
        let isLeaving = folded.isWord(first - 1, in: ["leaving"])
        let end = min(tokens.count - 2, noun + 1 + Self.fillReach)
        guard noun + 1 < end else { return false }
        for to in noun + 1..<end {
            if folded.isWord(to, in: ["to"]) {
                return folded.isWord(to + 1, in: ["be"]) && folded.isWord(to + 2, in: Self.fillVerbs)
                    && (isLeaving || (noun + 1..<to).contains { folded.isWord($0, in: Self.remainWords) })
            }
            guard tokens[to].kind == .word else { return false }
        }
        return false
    }

    /// Whether a verb of winning stands before a part in its sentence: one side's share.
    private func isShare(_ part: Mention) -> Bool {
        let document = check.document
        let sentence = document.sentences[document.sentenceIndex(of: part.span.start)].tokens
        let first = document.tokenIndex(from: part.span.start)
        return (sentence.lowerBound..<first).contains { folded.isWord($0, in: Self.winningVerbs) }
    }

    /// The part and the whole of "A sur B", "A sièges sur B", "A of (the) B seats", "A out of B",
    /// when `whole` is such a B and the pair's noun is `noun` (folded).
    private func pair(whole: Mention, noun: String) -> (part: Mention, whole: Mention)? {
        let number = check.document.tokenRange(of: whole.span)
        var index = number.lowerBound - 1
        if folded.isWord(index, in: ClaimWords.articles) { index -= 1 }
        guard folded.isWord(index, in: ["sur", "of"]) else { return nil }
        index -= 1
        if folded.isWord(index, in: ["out"]) { index -= 1 }
        let partNoun = index >= 0 && tokens[index].kind == .word ? index : nil
        if let partNoun { index = partNoun - 1 }
        guard let part = check.number(endingAtToken: index), part.kind == .number, part.unit == nil,
            (partNoun.map { folded[$0] } ?? (number.upperBound < tokens.count ? folded[number.upperBound] : "")) == noun
        else { return nil }
        return (part, whole)
    }

    private func value(_ mention: Mention) -> Decimal { ClaimBuilder.writtenValue(mention) }
}
