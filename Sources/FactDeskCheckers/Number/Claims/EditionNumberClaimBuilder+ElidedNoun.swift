import FactDeskKit

/// Ordinals whose noun « édition », "edition" is left out before the series' name: « La 26e du
/// Festival de Valmont se tiendra du 3 au 9 mars », "The 26th of the Valmont Festivals opens on
/// Friday". A ranking (« elle a terminé 3e du Tour ») is no edition.
extension EditionNumberClaimBuilder {
    /// Articles that open an ordinal standing for an edition, folded.
    static let elidedNounArticles: Set<String> = ["la", "le", "the"]
    /// Words before the article that leave the ordinal a noun phrase of its own, folded: the
    /// sentence's opening, or a preposition (« pour la 26e du festival », "at the 26th of").
    static let elidedNounOpeners: Set<String> = [
        "pour", "lors", "de", "a", "depuis", "durant", "pendant", "for", "at", "during", "since", "before", "after",
    ]
    /// Words of a ranking, folded: the ordinal is a place in a standing, not an edition.
    static let rankingWords: Set<String> = [
        "termine", "terminee", "finit", "fini", "finie", "classe", "classee", "arrive", "arrivee", "place", "placee",
        "rang", "position", "finished", "ranked", "came", "placed", "position", "seeded", "tete",
    ]

    /// The series whose name follows the ordinal at `ordinal` after « du », « de la », "of the",
    /// when an article opens the ordinal at the start of its sentence or after a preposition and
    /// no word of a ranking stands in the sentence.
    func elidedNounSeries(of ordinal: Range<Int>, next: Int, sentence: Int, named: ArraySlice<SubjectOccurrence>)
        -> SubjectOccurrence?
    {
        let tokens = document.tokens
        let range = document.sentences[sentence].tokens
        func word(_ index: Int) -> String { tokens[index].kind == .word ? folded[index] : "" }
        guard next == ordinal.upperBound, ordinal.lowerBound > range.lowerBound,
            Self.elidedNounArticles.contains(word(ordinal.lowerBound - 1)),
            ordinal.lowerBound - 1 == range.lowerBound || Self.elidedNounOpeners.contains(word(ordinal.lowerBound - 2)),
            let series = seriesNamed(after: next, in: named),
            !range.contains(where: { Self.rankingWords.contains(word($0)) })
        else { return nil }
        return series
    }
}
