import FactDeskKit

/// Places that locate a venue rather than name it: a city the venue lies north of, near or some
/// kilometres from (« au château de Brennac, au nord de Lyon », "at Glenmoor, north of Leeds",
/// "near Leeds", « à 40 km de Lyon »). They do not tell which edition a sentence speaks of.
extension EditionNumberClaimBuilder {
    /// Nouns of a direction, a nearness or a distance before « de », "of", folded.
    static let landmarkNouns: Set<String> = [
        "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
        "pres", "proximite", "environs", "banlieue", "portes", "km", "kilometres", "kilometers", "miles", "outskirts",
    ]
    /// Words right before a landmark, folded: "near Leeds", "outside Leeds".
    static let landmarkLeads: Set<String> = ["near", "outside", "nearby"]
    /// Words between a noun of ``landmarkNouns`` and its landmark, folded.
    static let landmarkLinks: Set<String> = ["de", "d'", "du", "of", "from"]

    /// Whether the place written from token `first` is a landmark the venue is located by.
    func isLandmark(from first: Int, sentence: Int) -> Bool {
        let start = document.sentences[sentence].tokens.lowerBound
        func word(_ index: Int) -> String {
            index >= start && document.tokens[index].kind == .word ? folded[index] : ""
        }
        if Self.landmarkLeads.contains(word(first - 1)) { return true }
        return Self.landmarkLinks.contains(word(first - 1)) && Self.landmarkNouns.contains(word(first - 2))
    }
}
