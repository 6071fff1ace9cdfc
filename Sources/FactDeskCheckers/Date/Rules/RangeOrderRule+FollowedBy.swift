import FactDeskKit

/// Years told one after the other that go backwards: "Norland joined in 2007, followed by
/// Estmark in 2003", « le Norland a adhéré en 2007, suivi de l’Estmark en 2003 ». The year
/// after "followed by" and « suivi de » and their few words is compared with the last year written
/// before them in the sentence, each right after "in" or « en ».
extension RangeOrderRule {
    /// Participles of following, folded, each before "by" or « par », « de ».
    static let followingWords: Set<String> = ["followed", "suivi", "suivie", "suivis", "suivies"]
    /// Words right after them, folded.
    static let followingLinks: Set<String> = ["by", "par", "de", "du", "des", "d'"]
    /// How many tokens after the link the year may be ("followed by Estmark in 2013").
    static let followedYearReach = 6

    /// "joined in 2007, followed by Estmark in 2003": the later year told before the earlier.
    func followedByFindings(_ check: DateCheck) -> [Finding] {
        var findings: [Finding] = []
        for follow in check.tokens.indices.dropLast(2)
        where Self.followingWords.contains(check.word(follow)) && Self.followingLinks.contains(check.word(follow + 1)) {
            let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[follow].span.start)]
            let years = check.mentions(check.dates, in: sentence.span).compactMap { mention -> (Mention, Int)? in
                guard case .date(let date, _) = mention.value, date.month == nil, let year = date.year else { return nil }
                let first = check.document.tokenIndex(from: mention.span.start)
                return AnniversaryMismatchRule.yearLeads.contains(check.word(first - 1)) ? (mention, year) : nil
            }
            let followStart = check.tokens[follow].span.start
            guard let earlier = years.last(where: { $0.0.span.end <= followStart }),
                let later = years.first(where: {
                    let first = check.document.tokenIndex(from: $0.0.span.start)
                    return first > follow + 1 && first - (follow + 1) <= Self.followedYearReach
                        && !(follow + 2..<first).contains { check.tokens[$0].kind == .punctuation }
                }),
                later.1 < earlier.1
            else { continue }
            let span = earlier.0.span.union(later.0.span)
            findings.append(
                check.finding(
                    descriptor, at: span,
                    message: check.wording.rangeOrder(
                        quoted: check.document.text(in: span), start: PartialDate(year: earlier.1),
                        end: PartialDate(year: later.1)),
                    evidence: [Evidence(statement: "\(later.1), told after “\(check.tokens[follow].text)”, comes before \(earlier.1)")]))
        }
        return findings
    }
}
