import FactDeskKit

/// The first of two ordinals joined by "and", « et » before the series' name in the plural:
/// "the 44th and 45th Reef Bloc Summits", « les 44e et 45e sommets du Bloc récifal »; both number
/// editions of that series.
extension EditionNumberClaimBuilder {
    /// Words joining two ordinals, folded.
    static let pairJoiners: Set<String> = ["and", "et", "&"]
    /// How many words after the second ordinal may spell the series' name.
    static let pairedNameReach = 7

    /// The series named after the second ordinal when the words from `next` are a joiner and an
    /// ordinal: a name of the series there, read with its noun in the singular ("Reef Bloc
    /// Summits", « sommets du Bloc récifal »), the name's first word right after the ordinal
    /// or after an adjective of editions.
    func pairedSeries(after next: Int, ordinalEnds: [Int: Int], sentenceEnd: Int, named: ArraySlice<SubjectOccurrence>)
        -> SubjectOccurrence?
    {
        let tokens = document.tokens
        guard next + 1 < sentenceEnd, Self.pairJoiners.contains(folded[next]),
            var start = ordinalEnds[next + 1]
        else { return nil }
        while start < sentenceEnd, start - ordinalEnds[next + 1]! < 2,
            Self.editionAdjectives.contains(folded[start])
        {
            start += 1
        }
        guard start < sentenceEnd else { return nil }
        if let direct = named.filter({ $0.tokens.lowerBound == start }).lazy.compactMap(asSeries).first {
            return direct
        }
        let span = start..<min(sentenceEnd, start + Self.pairedNameReach)
        let words = span.map { index -> String in
            let text = tokens[index].text
            let folded = Fold.word(text)
            let isPluralNoun =
                folded.count > 2 && folded.hasSuffix("s") && Self.eventNouns.contains(String(folded.dropLast()))
            return isPluralNoun ? String(text.dropLast()) : text
        }
        guard
            let match = reference.subjects(namedIn: words, language: document.language).first(where: {
                $0.words.lowerBound == 0 && $0.subject.kind == .series
            })
        else { return nil }
        return SubjectOccurrence(
            id: match.subject.id, kind: .series, name: match.subject.name,
            tokens: start..<(start + match.words.upperBound))
    }
}
