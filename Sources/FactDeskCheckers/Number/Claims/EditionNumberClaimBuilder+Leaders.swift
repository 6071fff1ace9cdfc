import FactDeskKit

/// Series named with the leaders who meet at them: "the 51st G7 leaders’ summit" and "the G7
/// Leaders’ Summit" for the "G7 summit", « le 51e sommet des dirigeants du G7 » or « des chefs
/// d’État et de gouvernement du G7 » for the « sommet du G7 », whether or not the reference data
/// knows the G7 itself.
extension EditionNumberClaimBuilder {
    /// Words of the leaders written inside a series' name, folded.
    static let leadersWords: Set<String> = ["leaders", "leader"]
    /// How many capitalised words may name the body before its leaders ("G7 leaders").
    static let leadersBodyWords = 3

    /// After an ordinal, one to ``leadersBodyWords`` capitalised words, the leaders' word and an
    /// event noun that the sentence's words name a series with ("the 51st G7 leaders’ summit"):
    /// the series and the token after the noun.
    func leadersSeries(after next: Int, sentence: Int) -> (series: SubjectOccurrence, end: Int)? {
        let tokens = document.tokens
        let end = document.sentences[sentence].tokens.upperBound
        func word(_ index: Int) -> String { tokens[index].kind == .word ? folded[index] : "" }
        var index = next
        while index < end, index - next < Self.leadersBodyWords, tokens[index].kind == .word,
            Fold.isCapitalised(tokens[index].text), !Self.leadersWords.contains(word(index))
        {
            index += 1
        }
        guard index > next, index < end, Self.leadersWords.contains(word(index)) else { return nil }
        index += 1
        while index < end, ["'", "’"].contains(tokens[index].text) { index += 1 }
        guard index < end, Self.eventNouns.contains(word(index)),
            let series = seriesNamed(withNoun: index, sentence: sentence)
        else { return nil }
        return (series, index + 1)
    }

    /// The series named by the French event noun at `noun` and the capitalised words `name`
    /// written after it past words of a body's leaders (« sommet des dirigeants du G7 » for the
    /// « sommet du G7 »), or `nil`.
    func complementSeries(noun: Int, name: [Int]) -> SubjectOccurrence? {
        guard document.language == .fr, let first = name.first, first > noun + 1 else { return nil }
        let tokens = document.tokens
        let link = noun + 1..<first
        guard link.allSatisfy({ tokens[$0].kind == .word && Self.bodyLinkWords.contains(folded[$0]) })
        else { return nil }
        let names = name.map { SubjectOccurrences.withoutPossessive(tokens[$0].text) }
        for complement in Self.frenchComplements {
            let words = [tokens[noun].text] + complement + names
            if let match = reference.subjects(namedIn: words, language: document.language).first(where: {
                $0.words == 0..<words.count && $0.subject.kind == .series
            }) {
                return SubjectOccurrence(
                    id: match.subject.id, kind: .series, name: match.subject.name, tokens: first..<name.last! + 1)
            }
        }
        return nil
    }

    /// The words that join a French event noun to the body it is named after.
    static let frenchComplements: [[String]] = [["du"], ["de", "la"], ["de", "l'"], ["des"], ["de"], ["d'"]]
}
