import FactDeskKit

/// Members counted in other words than a property's own: « les sept Sages » of a constitutional
/// council, members of a body whose membership the reference data states with a longer term
/// (« les 88 membres de l’OIF » for its `États et gouvernements membres`), and that term without
/// its word of members after a verb or possessive of membership or before the body's name (« la
/// Francophonie rassemble 88 États et gouvernements », « les 88 États et gouvernements de l’OIF »).
extension ClaimBuilder {
    /// Nouns that count the members of a body on their own, folded: « les sept Sages ».
    static let memberNicknames: Set<String> = ["sages"]

    /// Quotation marks that may open a nickname after its count (« les 7 «Sages» »).
    static let nicknameQuotes: Set<String> = ["«", "“", "\"", "‘", "'"]
    /// Quotation marks that close a nickname opened by one of ``nicknameQuotes``.
    static let nicknameClosings: Set<String> = ["»", "”", "\"", "’", "'"]

    /// A nickname of a body's members right after a count that its words make a total, in
    /// quotation marks or not, in any case (« dont les neuf Sages », « les 7 «Sages» du Conseil »,
    /// « les neuf sages »), read as the body's members; not « sages-femmes ».
    func memberNicknameReading(after end: Int, start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int)
        -> TermMatch?
    {
        let word = end < sentence.upperBound && Self.nicknameQuotes.contains(tokens[end].text) ? end + 1 : end
        guard word < sentence.upperBound, isWord(word, in: Self.memberNicknames),
            word + 1 >= sentence.upperBound || tokens[word + 1].text != "-",
            isTotal(before: start, in: sentence, sentence: sentenceIndex)
        else { return nil }
        let closed = word > end && word + 1 < sentence.upperBound && Self.nicknameClosings.contains(tokens[word + 1].text)
        return TermMatch(property: Self.members, term: end..<word + (closed ? 2 : 1), alternatives: terms.memberProperties)
    }

    /// A membership's term without its word of members after a count that a verb or possessive
    /// of membership brings in (« rassemble 88 États et gouvernements », « ses 88 États et
    /// gouvernements »), or that a determiner of the whole brings in before the body's name (« les
    /// 88 États et gouvernements de l’organisation »).
    func membershipStemReading(after end: Int, start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int)
        -> TermMatch?
    {
        guard let found = terms.membershipStem(at: end, in: tokens), found.tokens.upperBound <= sentence.upperBound,
            start > sentence.lowerBound
        else { return nil }
        let lead = start - 1
        if isWord(lead, in: Self.membershipLeads)
            || (isWord(lead, in: ClaimWords.ofWords) && isWord(lead - 1, in: Self.membershipOfLeads))
        {
            // « rassemble 88 États et gouvernements », « forte de 88 États et gouvernements ».
            return TermMatch(property: found.property, term: found.tokens)
        }
        guard isWord(lead, in: Self.wholeDeterminers), isWord(found.tokens.upperBound, in: ClaimWords.complementWords)
        else { return nil }
        return TermMatch(property: found.property, term: found.tokens)
    }
}
