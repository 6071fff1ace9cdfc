import FactDeskKit

/// The year of an edition that is a series' anniversary: « la 91e édition, celle du centenaire »,
/// "the 60th anniversary edition of the fair": the founding year, in the reference data, of what
/// shares the series' name, and the anniversary's years.
extension EditionNumberClaimBuilder {
    /// The year of the anniversary written in the sentence, when it is the series' own (no
    /// complement, or the series' name as its complement: « le centenaire des 24 Heures du Mans »)
    /// and what the series is named after has a founding year.
    func yearOfAnniversary(_ series: SubjectOccurrence, sentence: Int) -> ClosedRange<Int>? {
        let tokens = document.tokens
        for anniversary in anniversaries.mentions(in: document.sentences[sentence].span) {
            guard case .anniversary(let years) = anniversary.value else { continue }
            let after = document.tokenRange(of: anniversary.span).upperBound
            if after < tokens.count, ClaimWords.complementWords.contains(folded[after]),
                seriesNamed(after: after, in: names.inSentence(sentence)[...])?.id != series.id
            {
                continue
            }
            guard let founded = foundingYear(ofNamesake: series) else { return nil }
            let year = founded + years
            return year...year
        }
        return nil
    }

    /// The founding year of the subject, not a series, that the draft names where it names the
    /// series ("24 Heures du Mans", the race, for the series of its editions).
    private func foundingYear(ofNamesake series: SubjectOccurrence) -> Int? {
        let sentence = document.sentenceIndex(of: document.tokens[series.tokens.lowerBound].span.start)
        let years = Set(
            names.inSentence(sentence).compactMap { named -> Int? in
                guard named.tokens == series.tokens, named.kind != .series else { return nil }
                return reference.founding(of: named.id)?.value.year
            })
        return years.count == 1 ? years.first : nil
    }
}
