import FactDeskKit
import Foundation

/// A count of spoilt ballots given with its share, beside the valid ones in one sentence: "9 840
/// valid votes were cast and 160 spoilt votes, which equates to 1.6%", « 9 840 suffrages exprimés et
/// 160 bulletins nuls, soit 1,6 % ». The share is of all the ballots cast (valid and spoilt), or
/// of the valid ones: a share that neither allows, within its rounding, is reported. Counts
/// grouped by plain spaces ("4 920 310") are read whole.
struct SpoiltShares {
    let check: NumberCheck

    /// Words of spoilt ballots around their noun, folded: "spoilt votes", « bulletins nuls ».
    static let spoiltWords: Set<String> = ["spoilt", "spoiled", "invalid", "rejected", "nuls", "invalides"]
    /// Words of valid ballots around their noun, folded: "valid votes", « suffrages exprimés ».
    static let validWords: Set<String> = ["valid", "exprimes", "valables", "valides"]
    /// Nouns of ballots, folded.
    static let ballotNouns: Set<String> = ["votes", "ballots", "bulletins", "suffrages", "voix"]
    /// Words between the spoilt ballots and their share, folded: ", which equates to", « , soit ».
    static let shareLeads: Set<String> = [
        "which", "equates", "equating", "to", "equal", "or", "representing", "soit", "amounting", "accounting", "for", "of",
    ]
    /// How many tokens may stand between the spoilt ballots' noun and their share.
    static let leadReach = 4

    private var tokens: [Token] { check.document.tokens }

    /// The shares of spoilt ballots that their counts do not make, in text order.
    func mismatches() -> [RateParts.Mismatch] {
        var found: [RateParts.Mismatch] = []
        for sentence in check.document.sentences where check.hasThreeNumbers(in: sentence.span) {
            let range = sentence.tokens
            // A cheap gate: a word of spoilt ballots in the sentence.
            guard range.contains(where: { check.folded.isWord($0, in: Self.spoiltWords) }),
                let valid = count(of: Self.validWords, in: range)
            else { continue }
            for index in range where isCountStart(index) {
                guard let (part, after) = count(at: index), part > 0,
                    let end = nounEnd(after, words: Self.spoiltWords, in: range),
                    let rate = share(after: end, in: range), case .percent = rate.value,
                    let allowed = ClaimedValue(rate, precision: StatedGaps.halfUnit(rate))
                else { continue }
                let all = valid + part
                guard !allowed.contains(part / all * 100), !allowed.contains(part / valid * 100) else { continue }
                found.append(
                    RateParts.Mismatch(span: tokens[index].span.union(rate.span), rate: rate, part: part, whole: all))
            }
        }
        return found
    }

    /// The count of valid ballots in the sentence, when there is one.
    private func count(of words: Set<String>, in sentence: Range<Int>) -> Decimal? {
        for index in sentence where isCountStart(index) {
            guard let (value, after) = count(at: index), nounEnd(after, words: words, in: sentence) != nil else { continue }
            return value
        }
        return nil
    }

    /// Whether token `index` starts a count: a number token not right after a group of digits.
    private func isCountStart(_ index: Int) -> Bool {
        tokens[index].kind == .number && !(index > 0 && isGroup(previous: index - 1, next: index))
    }

    /// Whether token `next` is a group of three digits a single space after the number token
    /// `previous` ("4 920 310", written with plain spaces).
    private func isGroup(previous: Int, next: Int) -> Bool {
        tokens[previous].kind == .number && tokens[next].kind == .number && tokens[next].text.count == 3
            && tokens[next].text.allSatisfy(\.isASCII) && tokens[next].text.allSatisfy(\.isNumber)
            && tokens[previous].text.allSatisfy(\.isNumber) && tokens[next].span.start == tokens[previous].span.end + 1
    }

    /// The plain count starting at token `index`, its groups of three digits after plain spaces
    /// read with it, and the token after it.
    private func count(at index: Int) -> (Decimal, Int)? {
        guard let mention = check.number(startingAtToken: index), let value = BreakdownSums.plainCount(mention) else {
            return nil
        }
        var end = check.document.tokenRange(of: mention.span).upperBound
        guard end == index + 1, tokens[index].text.count <= 3 else { return (value, end) }
        var grouped = value
        while end < tokens.count, isGroup(previous: end - 1, next: end), let group = Decimal(string: tokens[end].text) {
            grouped = grouped * 1000 + group
            end += 1
        }
        return (grouped, end)
    }

    /// The token after a noun of ballots and its word of kind, either order ("spoilt votes", «
    /// bulletins nuls »), from token `start`.
    private func nounEnd(_ start: Int, words: Set<String>, in sentence: Range<Int>) -> Int? {
        guard start + 1 < sentence.upperBound else { return nil }
        let first = check.folded.isWord(start, in: words) && check.folded.isWord(start + 1, in: Self.ballotNouns)
        let second = check.folded.isWord(start, in: Self.ballotNouns) && check.folded.isWord(start + 1, in: words)
        return first || second ? start + 2 : nil
    }

    /// The percentage brought in right after the spoilt ballots: ", which equates to 1.6%".
    private func share(after end: Int, in sentence: Range<Int>) -> Mention? {
        var cursor = end
        while cursor < sentence.upperBound, cursor - end <= Self.leadReach {
            if let mention = check.number(startingAtToken: cursor) { return mention }
            guard tokens[cursor].text == "," || check.folded.isWord(cursor, in: Self.shareLeads) else { return nil }
            cursor += 1
        }
        return nil
    }
}
