import FactDeskKit

/// Series written with an adjective inside their name, between the event noun and its
/// complement: « le 18e Sommet international de la francophonie » for the « Sommet de la
/// Francophonie », "the 12th Summit annual of the Hanse" being no English form. The noun and the
/// complement after the adjective must spell a name of the series.
extension EditionNumberClaimBuilder {
    /// How many lowercase words may stand between the event noun and its complement.
    static let insertedAdjectiveReach = 2
    /// How many words of the complement are read to find the series' name.
    static let insertedNameReach = 8

    /// The series named by the event noun at `noun` and the complement after one or two
    /// lowercase words (« Sommet international de la francophonie »), spanning noun to name's end.
    func seriesNamedPastAdjective(noun: Int, sentenceEnd: Int) -> SubjectOccurrence? {
        let tokens = document.tokens
        func word(_ index: Int) -> String { tokens[index].kind == .word ? folded[index] : "" }
        var complement = noun + 1
        while complement < sentenceEnd, complement - noun <= Self.insertedAdjectiveReach, tokens[complement].kind == .word,
            !Fold.isCapitalised(tokens[complement].text), !ClaimWords.complementWords.contains(word(complement)),
            !ClaimWords.articles.contains(word(complement))
        {
            complement += 1
        }
        guard complement > noun + 1, complement < sentenceEnd, ClaimWords.complementWords.contains(word(complement))
        else { return nil }
        let rest = complement..<min(sentenceEnd, complement + Self.insertedNameReach)
        let words = [tokens[noun].text] + rest.map { tokens[$0].text }
        guard
            let match = reference.subjects(namedIn: words, language: document.language).first(where: {
                $0.words.lowerBound == 0 && $0.words.count > 1 && $0.subject.kind == .series
            })
        else { return nil }
        return SubjectOccurrence(
            id: match.subject.id, kind: .series, name: match.subject.name,
            tokens: noun..<(complement + match.words.upperBound - 1))
    }
}
