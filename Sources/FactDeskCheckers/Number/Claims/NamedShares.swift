import FactDeskKit
import Foundation

/// Results of one ballot listed as names and shares: « résultats provisoires du scrutin : Awa Diop 48,2 %,
/// Jean Sarr 31,5 % et Paul Ba 25,1 % », "the vote count gave Smith 52%, Jones 38% and Brown
/// 15%". Three or more shares, each right after a name (capitalised words, maybe a colon), joined
/// by commas and a last « et », "and", in a paragraph that speaks of a ballot (``ballotWords``),
/// share one whole and cannot add up to more than 100 %. Shares in a sentence of rates or changes,
/// or after a sentence of rates (``rateWords``, ``PercentShares/changeWords``), are left out:
/// turnouts or pass rates of several places are no shares of one whole, and a poll alone does not
/// make a ballot (a question with several answers may add up to more than 100 %).
struct NamedShares {
    let check: NumberCheck

    /// Words of a paragraph that speak of a ballot, folded.
    static let ballotWords: Set<String> = [
        "voix", "suffrages", "votes", "vote", "scrutin", "ballot", "ballots", "election",
        "elections", "presidentielle", "legislatives", "candidat", "candidats", "candidate", "candidates",
    ]
    /// Words of a sentence whose percentages are rates of something else, folded.
    static let rateWords: Set<String> = [
        "participation", "turnout", "taux", "rate", "rates", "abstention", "reussite", "pass",
    ]
    /// Lower-case particles of names ("Le Pen" aside: « de », "van"), folded.
    static let particles: Set<String> = ["de", "du", "des", "la", "le", "van", "von", "al", "el", "ben", "d'", "da", "dos"]
    /// How many shares make a list of results.
    static let minimumShares = 3

    private var tokens: [Token] { check.document.tokens }

    /// The lists of named shares of one ballot whose values add up to more than 100 %, from the
    /// first name to the last share.
    func groupsOverHundred() -> [PercentShares.Group] {
        var groups: [PercentShares.Group] = []
        var run: [Mention] = []
        var firstName = 0
        var total: Decimal = 0
        func close() {
            if run.count >= Self.minimumShares, total > 100, isBallotSentence(of: run[0]) {
                groups.append(
                    PercentShares.Group(span: tokens[firstName].span.union(run[run.count - 1].span), total: total))
            }
            run = []
            total = 0
        }
        for mention in check.numbers {
            guard case .percent(let value) = mention.value, mention.bound == nil else {
                close()
                continue
            }
            let start = check.document.tokenRange(of: mention.span).lowerBound
            guard let nameStart = nameStart(before: start) else {
                close()
                continue
            }
            if let last = run.last, !isJoined(check.document.tokenRange(of: last.span).upperBound..<nameStart) {
                close()
            }
            if run.isEmpty { firstName = nameStart }
            run.append(mention)
            total += value
        }
        close()
        return groups
    }

    /// Where the name right before token `index` starts (« Awa Diop », « Awa Diop : »), if one stands there.
    private func nameStart(before index: Int) -> Int? {
        var cursor = index - 1
        if cursor >= 0, tokens[cursor].text == ":" { cursor -= 1 }
        var start: Int?
        while cursor >= 0, tokens[cursor].kind == .word {
            if let first = tokens[cursor].text.first, first.isUppercase {
                start = cursor
            } else if !check.folded.isWord(cursor, in: Self.particles) {
                break
            }
            cursor -= 1
        }
        return start
    }

    /// Whether only a comma, a semicolon or « et », "and" stand between two shares' names.
    private func isJoined(_ range: Range<Int>) -> Bool {
        range.count == 1
            && ([",", ";"].contains(tokens[range.lowerBound].text)
                || check.folded.isWord(range.lowerBound, in: BreakdownSums.joiners))
            || range.count == 2 && tokens[range.lowerBound].text == ","
                && check.folded.isWord(range.lowerBound + 1, in: BreakdownSums.joiners)
    }

    /// Whether the paragraph of a mention speaks of a ballot, and neither its sentence nor the one
    /// before of rates or changes.
    private func isBallotSentence(of mention: Mention) -> Bool {
        let document = check.document
        let sentence = document.sentenceIndex(of: mention.span.start)
        let previous = document.sentences[max(0, sentence - 1)].tokens.lowerBound
        let paragraph = document.paragraphs[document.paragraphIndex(of: mention.span.start)]
        let nearby = (previous..<document.sentences[sentence].tokens.upperBound).filter { tokens[$0].kind == .word }
        guard
            !nearby.contains(where: {
                check.folded.isWord($0, in: Self.rateWords) || check.folded.isWord($0, in: PercentShares.changeWords)
            })
        else { return false }
        let first = document.tokenIndex(from: paragraph.start)
        let last = document.tokenIndex(from: paragraph.end)
        return (first..<last).contains { check.folded.isWord($0, in: Self.ballotWords) }
    }
}
