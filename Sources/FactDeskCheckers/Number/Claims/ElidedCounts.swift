import FactDeskKit

/// Counts whose noun « en » stands for: « La majorité absolue est de 289 sièges. L’Assemblée en
/// compte 577 », « l’OIF, qui en compte 88, ». The count states the property last named before
/// it, in its sentence or the one before in its paragraph; after a noun of countries (« Fondée
/// par 12 pays, l’Alliance en compte 32 »), the member countries. After « dont », "including",
/// a count whose words finish a longer term of the noun of the count before it states that term's
/// property (« 83 films, dont 21 en compétition »), when that noun stands bare before « dont ».
extension ClaimBuilder {
    /// Verbs of having after « en », folded: « en compte 577 », « en réunit 55 ».
    static let elidedCountVerbs: Set<String> = [
        "compte", "comptait", "comptera", "comptent", "reunit", "reunissait", "rassemble", "regroupe", "denombre",
        "possede", "totalise",
    ]

    /// Words that bring in some of a count just written, with its noun left out, folded.
    static let elidedNounLeads: Set<String> = ["dont", "including"]

    /// The property of a longer term that the words after the count finish, its first word being
    /// the noun of the count right before « dont », "including" (« 83 films, dont 21 en
    /// compétition »; not « 12 films français, dont 5 en compétition », whose noun is qualified).
    func elidedNounReading(before start: Int, after end: Int, in sentence: Range<Int>) -> TermMatch? {
        var noun = start - 2
        guard noun - 1 >= sentence.lowerBound, isWord(start - 1, in: Self.elidedNounLeads) else { return nil }
        if tokens[noun].text == "," { noun -= 1 }
        guard noun - 1 >= sentence.lowerBound, tokens[noun].kind == .word, tokens[noun - 1].kind == .number,
            let found = terms.completion(of: Fold.termWord(tokens[noun].text), at: end, in: tokens),
            found.tokens.upperBound <= sentence.upperBound
        else { return nil }
        return TermMatch(property: found.property, term: found.tokens)
    }

    /// Whether a one-word term is followed by « dont », "including" and a count whose words finish
    /// a longer term of that word with the same property (« 83 films, dont 21 en compétition »): the
    /// noun alone counts more than the property does.
    func isWiderThanElidedPart(_ match: TermMatch, in sentence: Range<Int>) -> Bool {
        guard match.term.count == 1 else { return false }
        var lead = match.term.upperBound
        if lead < sentence.upperBound, tokens[lead].text == "," { lead += 1 }
        let count = lead + 1
        guard count + 1 < sentence.upperBound, isWord(lead, in: Self.elidedNounLeads), tokens[count].kind == .number,
            let found = terms.completion(of: Fold.termWord(tokens[match.term.lowerBound].text), at: count + 1, in: tokens)
        else { return false }
        return found.property == match.property
    }

    /// The property « en » stands for before a verb of having right before the count.
    func elidedReading(before start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> TermMatch? {
        var verb = start - 1
        while verb > sentence.lowerBound, start - verb <= 2, isWord(verb, in: ClaimWords.adverbs) { verb -= 1 }
        guard verb - 1 >= sentence.lowerBound, isWord(verb, in: Self.elidedCountVerbs), isWord(verb - 1, in: ["en"])
        else { return nil }
        let paragraph = document.paragraphIndex(of: document.sentences[sentenceIndex].span.start)
        var floor = sentence.lowerBound
        if sentenceIndex > 0, document.paragraphIndex(of: document.sentences[sentenceIndex - 1].span.start) == paragraph {
            floor = document.sentences[sentenceIndex - 1].tokens.lowerBound
        }
        for end in stride(from: verb - 2, through: floor, by: -1) {
            if let found = term(endingAt: end, from: floor) {
                return TermMatch(property: found.property, term: verb - 1..<verb + 1, lead: verb - 1)
            }
            if isWord(end, in: Self.countryNouns) {
                // « Fondée par 12 pays, l’Alliance en compte 32 »: the countries a body has are its members.
                return TermMatch(property: Self.memberCountries, term: verb - 1..<verb + 1, lead: verb - 1)
            }
        }
        return nil
    }
}
