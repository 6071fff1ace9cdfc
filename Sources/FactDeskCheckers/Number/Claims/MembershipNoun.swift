import FactDeskKit

/// A body's membership stated as a figure: "NATO's membership rose to 32", "NATO’s ranks have
/// grown to 32 countries", "bringing its membership to 32", "the alliance's membership now stands at 32", "NATO has a membership of 32"
/// — how many members it has, whatever the property's own words; an old value after "from" ("its
/// membership rose from 30 to 32": 32) is none.
extension ClaimBuilder {
    /// Nouns of a body's membership, folded.
    static let membershipNouns: Set<String> = ["membership", "ranks"]
    /// Words that may stand between a membership and its figure, folded: "rose to", "now stands
    /// at", "has grown to", "of".
    static let membershipLinks: Set<String> = [
        "to", "at", "of", "is", "was", "now", "stands", "stood", "rose", "risen", "grew", "grown", "reached",
        "has", "have", "had", "increased", "expanded", "climbed", "swelled", "jumped", "totals", "totalled", "currently",
    ]
    /// How many words may stand between a membership and its figure.
    static let membershipReach = 4

    /// The membership a figure states, read back from it: its owner named right before it
    /// ("NATO’s") or left to the subject resolver ("its", "the alliance's", "a membership of").
    /// - Parameter start: the first token of the figure.
    func membershipNounReading(before start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> TermMatch? {
        var index = start - 1
        var links = 0
        while index > sentence.lowerBound, links <= Self.membershipReach {
            if isWord(index, in: Self.membershipNouns) { break }
            if tokens[index].kind == .number, isWord(index - 1, in: ["from"]) {
                // "rose from 30 to 32": the old value and its "from".
                index -= 2
                continue
            }
            guard isWord(index, in: Self.membershipLinks) else { return nil }
            links += 1
            index -= 1
        }
        // A link is needed: "membership 32" is no statement.
        guard links > 0, isWord(index, in: Self.membershipNouns) else { return nil }
        // "NATO’s membership", not "NATO membership", which may be a country's ("support for NATO membership").
        let isPossessive = ClaimWords.isPossessive(tokens[index - 1].text)
        let owner = isPossessive ? subjects.named(endingAt: index - 1, sentence: sentenceIndex) : nil
        guard isPossessive || isWord(index - 1, in: Descriptions.possessives)
            || (isWord(index - 1, in: ClaimWords.indefiniteArticles) && isWord(index + 1, in: ["of"]))
        else { return nil }
        return TermMatch(
            property: Self.members, term: index..<index + 1, lead: index, subject: owner,
            alternatives: [Self.memberCountries] + terms.memberProperties)
    }
}
