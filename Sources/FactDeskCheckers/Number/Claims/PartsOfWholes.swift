import FactDeskKit

/// Counts whose words make them something else than one subject's total: the whole after a
/// part ("won 240 of the 543 seats"), whose owner is not the part's holder; counts over several
/// cases ("88 charges in four cases"); members sitting on another body ("its 12 members on
/// the council"); and counts welcomed to an event named after them ("will welcome 32 teams
/// to the World Cup"), a total only with that event named.
extension ClaimBuilder {
    /// After a count of members, words that seat them on another body, folded.
    static let sittingWords: Set<String> = ["on", "au", "aux"]
    /// Plural nouns of legal cases: a count "in" or "across" them spans several, folded.
    static let caseNouns: Set<String> = ["cases", "indictments", "prosecutions", "trials", "affaires", "proces"]
    /// How many words after a count's term its cases are looked for ("88 charges in four criminal cases").
    static let caseReach = 5

    /// Whether the count before its term is the whole after a part: "240 of the 543 seats", "240
    /// out of 543 seats", "240 of the 543 seats in the Lok Sabha" — with nothing after the term
    /// but a punctuation mark or the name of its owner, so not a region's or a party's ("12 of
    /// the 42 seats in West Bengal", "62 of the 80 seats it contested").
    /// - Parameter start: the first token of the whole's number.
    func isWhole(after start: Int, term: Range<Int>, in sentence: Range<Int>) -> Bool {
        var index = start - 1
        if isWord(index, in: ClaimWords.determiners) { index -= 1 }
        guard isWord(index, in: ["of"]) else { return false }
        if isWord(index - 1, in: ["out"]) { index -= 1 }
        guard index - 1 >= sentence.lowerBound, tokens[index - 1].kind == .number else { return false }
        let next = term.upperBound
        guard next < sentence.upperBound, tokens[next].kind != .punctuation else { return true }
        guard isWord(next, in: ["in", "of"]) else { return false }
        let owner = isWord(next + 1, in: ClaimWords.articles) ? next + 2 : next + 1
        return owner < sentence.upperBound
            && subjects.named(startingAt: owner, sentence: document.sentenceIndex(of: tokens[owner].span.start)) != nil
    }

    /// Whether a plural noun of cases follows a count's term after "in", "across", « dans »,
    /// within ``caseReach`` words of the same clause: "88 charges in four criminal cases".
    func spansSeveralCases(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        guard isWord(termEnd, in: ["in", "across", "dans"]) else { return false }
        for index in termEnd + 1..<min(sentence.upperBound, termEnd + 1 + Self.caseReach) {
            guard tokens[index].kind != .punctuation else { return false }
            if isWord(index, in: Self.caseNouns) { return true }
        }
        return false
    }

    /// Whether an event or a series is named after "to", "at", "for" at token `index`:
    /// "32 teams to the Women's World Cup".
    func namesEvent(after index: Int, in sentence: Range<Int>, prepositions: Set<String> = ["to", "at", "for"]) -> Bool {
        guard isWord(index, in: prepositions) else { return false }
        let next = isWord(index + 1, in: ClaimWords.articles) ? index + 2 : index + 1
        guard next < sentence.upperBound,
            let named = subjects.named(
                startingAt: next, sentence: document.sentenceIndex(of: tokens[next].span.start), includingSeries: true)
        else { return false }
        return named.kind == .event || named.kind == .series
    }
}
