import FactDeskKit

/// Counts of titles written as an adjective of repetition: "a six-time world champion", "the
/// 24-time Grand Slam champion". The count joined to "time" by a hyphen is how many times the
/// holder won what the property's term right after it names: the holder's whole tally.
///
/// Read only where the words say whose tally it is: in an apposition to the name before them
/// ("Reyes, a four-time major winner"), after a copula ("Reyes is a four-time major winner"), or
/// right before the holder's name ("beating four-time major winner Ana Reyes"); not "Lopez beat
/// a four-time major winner", someone unnamed.
extension ClaimBuilder {
    /// Words joined to a count by a hyphen that make it a number of repetitions, folded.
    static let repetitionAdjectives: Set<String> = ["time"]
    /// Copulas before a title count that give it to the clause's subject, folded.
    private static let titleCopulas: Set<String> = ["is", "was", "became", "becomes", "remains"]
    /// Indefinite and definite articles before a title count, folded.
    private static let titleArticles: Set<String> = ["a", "an", "the"]

    /// The title count of a repetition adjective ending at token `wordEnd` (the word "six-time",
    /// or "24", "-" and "time"), whose hyphenated word is `word`: the property whose term starts
    /// right after it, with the claim's words from `start` to the term's end; `number` is the
    /// count's first token.
    func titleCount(word: Substring, number: Int, start: Int, wordEnd: Int, in sentence: Range<Int>) -> TermMatch? {
        // Cheap test first: the word after the hyphen is "time".
        guard word.utf8.count == 4, Self.repetitionAdjectives.contains(Fold.word(String(word))),
            wordEnd < sentence.upperBound,
            let found = terms.match(at: wordEnd, in: tokens), found.tokens.upperBound <= sentence.upperBound
        else { return nil }
        var match = TermMatch(property: found.property, term: start..<found.tokens.upperBound, isTitleCount: true)
        // "beating four-time major winner Ana Reyes": the name right after the term is the holder's.
        let sentenceIndex = document.sentenceIndex(of: tokens[number].span.start)
        if let holder = subjects.named(startingAt: found.tokens.upperBound, sentence: sentenceIndex) {
            match.subject = holder
            return match
        }
        let article = number - 1
        guard article > sentence.lowerBound, isWord(article, in: Self.titleArticles),
            tokens[article - 1].text == "," || isWord(article - 1, in: Self.titleCopulas)
        else { return nil }
        return match
    }
}
