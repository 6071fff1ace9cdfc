import FactDeskKit

/// Counts whose noun « en » stands for: « La majorité absolue est de 289 sièges. L’Assemblée en
/// compte 577 », « l’OIF, qui en compte 88, ». The count states the property last named before
/// it, in its sentence or the one before in its paragraph; after a noun of countries (« Fondée
/// par 12 pays, l’Alliance en compte 32 »), the member countries.
extension ClaimBuilder {
    /// Verbs of having after « en », folded: « en compte 577 », « en réunit 55 ».
    static let elidedCountVerbs: Set<String> = [
        "compte", "comptait", "comptera", "comptent", "reunit", "reunissait", "rassemble", "regroupe", "denombre",
        "possede", "totalise",
    ]

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
