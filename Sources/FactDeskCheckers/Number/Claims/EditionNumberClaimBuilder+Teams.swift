import FactDeskKit

/// Places that name a side rather than a venue: a team in a match (« la finale qui a opposé
/// Tonga aux Fidji », "Fiji against Tonga", « Tonga-Fidji ») or
/// its winner (« les joueurs des Fidji ont remporté »). They do not tell which
/// edition a sentence speaks of.
extension EditionNumberClaimBuilder {
    /// Words before a side of a match, folded: « contre », "against", « face à », "beat".
    static let matchWords: Set<String> = [
        "contre", "face", "against", "versus", "vs", "beat", "beats", "bat", "battu", "defeated", "affronte",
        "affrontent", "affronter", "affrontera",
    ]
    /// How many words before a place a word of a match may stand (« opposé Tonga aux Fidji »).
    static let matchReach = 5
    /// Verbs of winning after a side, folded: « les Fidji ont remporté », "Fiji won", "Tonga beat".
    static let winningWords: Set<String> = [
        "remporte", "remportent", "gagne", "gagnent", "won", "wins", "win", "clinched", "claimed", "sacre", "sacres",
        "beat", "beats", "defeated",
    ]
    /// How many words after a place a verb of winning may stand (« des Fidji ont remporté »).
    static let winReach = 3

    /// Whether the place written from token `first` to token `last` names a side, not a venue.
    func isSide(from first: Int, to last: Int, sentence: Int) -> Bool {
        let tokens = document.tokens
        let start = document.sentences[sentence].tokens.lowerBound
        func word(_ index: Int) -> String { tokens[index].kind == .word ? folded[index] : "" }
        // « Tonga-Fidji », "Fiji-Tonga": two sides joined by a hyphen.
        if last + 2 < tokens.count, tokens[last + 1].text == "-", !tokens[last + 1].followsSpace,
            !tokens[last + 2].followsSpace, Fold.isCapitalised(tokens[last + 2].text)
        {
            return true
        }
        if first - 2 >= start, tokens[first - 1].text == "-", !tokens[first - 1].followsSpace,
            !tokens[first].followsSpace, Fold.isCapitalised(tokens[first - 2].text)
        {
            return true
        }
        for index in max(start, first - Self.matchReach)..<first {
            let folded = word(index)
            if Self.matchWords.contains(folded) || folded.hasPrefix("oppos") { return true }
        }
        // « les joueurs des Fidji ont remporté la 11e édition », "Fiji won the 11th".
        for index in last + 1..<min(document.sentences[sentence].tokens.upperBound, last + 1 + Self.winReach)
        where Self.winningWords.contains(word(index)) {
            return true
        }
        return false
    }
}
