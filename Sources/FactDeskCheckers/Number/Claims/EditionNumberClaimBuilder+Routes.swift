import FactDeskKit

/// Places on a moving event's route rather than its venue: the town a race starts from and the
/// one it finishes in (« la course partira de Gênes, en Italie, et arrivera à Lyon », "the race
/// will start in Genoa and finish in Lyon"). They do not place the edition elsewhere than where
/// the series met.
extension EditionNumberClaimBuilder {
    /// Words of a start, folded: « partira de », « s’élancera de », « le départ de », "start in".
    static let departureWords: Set<String> = [
        "partira", "partiront", "part", "partent", "elancera", "elanceront", "elance", "depart", "departs", "starts",
        "start",
    ]
    /// Words of a finish, folded, which make a route only after a word of start in the sentence:
    /// « et arrivera à Lyon », "and finish in Lyon".
    static let finishWords: Set<String> = ["arrivera", "arriveront", "arrivee", "finish", "finishes", "terminera"]
    /// Words right after a word of start that link it to its town, folded: « partira de », "start in".
    static let departureLinks: Set<String> = ["de", "d'", "du", "from", "in"]
    /// How many words after a word of start or finish a town of the route may stand (« partira
    /// de Gênes en Italie »).
    static let routeReach = 4

    /// Whether the place at token `index` is a town of the route the sentence gives.
    func isRoutePlace(_ index: Int, sentence: Int) -> Bool {
        let tokens = document.tokens
        let start = document.sentences[sentence].tokens.lowerBound
        var hasDeparture = false
        var lastRouteWord: Int?
        for position in start..<index where tokens[position].kind == .word {
            let word = folded[position]
            if Self.departureWords.contains(word), position + 1 < index,
                Self.departureLinks.contains(folded[position + 1])
            {
                hasDeparture = true
                lastRouteWord = position
            } else if hasDeparture, Self.finishWords.contains(word) {
                lastRouteWord = position
            }
        }
        guard let lastRouteWord, index - lastRouteWord <= Self.routeReach else { return false }
        return !(lastRouteWord + 1..<index).contains { tokens[$0].text == "," }
    }
}
