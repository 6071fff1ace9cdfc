import FactDeskKit

/// The places an event is held in, counted after the event as the subject of a verb of holding:
/// "the Lakes Cup 2025 will be played in nine host cities", « la Coupe des Lacs 2025 se jouera
/// dans dix stades », "the tournament is being held at 12 venues". The count is all of them
/// when it ends its clause; "in three host cities in Lakeland" or "Group matches will be played
/// in six stadiums", "Group matches of the Lakes Cup 2025 will be played in six stadiums" (the
/// event in a complement, not the subject) are some of them.
extension ClaimBuilder {
    /// Prepositions before the count, folded.
    static let venuePrepositions: Set<String> = ["in", "at", "across", "dans"]
    /// Words of holding between the event and the preposition, folded.
    static let holdingWords: Set<String> = [
        "will", "be", "is", "are", "was", "were", "being", "been", "played", "held", "staged", "hosted", "take",
        "takes", "taking", "took", "place", "se", "s'", "jouera", "joueront", "joue", "jouent", "deroulera",
        "deroule", "disputera", "dispute", "disputee", "tiendra", "tient", "sera", "tenue", "tenu", "jouee",
    ]
    /// Words before an event's name, or its article, that make it a complement, folded.
    static let complementOpeners: Set<String> = ["of", "at", "in", "for", "de", "du", "des", "d'", "a", "au", "aux", "pour"]
    /// How many words of holding may stand between the event and the preposition ("will be played").
    static let holdingReach = 4
    /// Marks that end the clause of a count of venues.
    static let clauseEnds: Set<String> = [".", ",", ";", ":", "!", "?"]

    /// Whether the count at token `start`, whose words end before token `termEnd`, counts the
    /// places its event is held in: a venue preposition before it, words of holding before that
    /// back to the event's name or a description of an event ("the tournament"), and the end
    /// of its clause after the words.
    func isVenueCountOfEvent(before start: Int, termEnd: Int, in sentence: Range<Int>, sentence sentenceIndex: Int)
        -> Bool
    {
        guard start - 1 > sentence.lowerBound, isWord(start - 1, in: Self.venuePrepositions),
            termEnd >= sentence.upperBound || Self.clauseEnds.contains(tokens[termEnd].text)
        else { return false }
        var index = start - 2
        while index >= sentence.lowerBound, start - 2 - index < Self.holdingReach, isWord(index, in: Self.holdingWords) {
            index -= 1
        }
        guard index >= sentence.lowerBound, index < start - 2 else { return false }
        if let named = subjects.named(endingAt: index, sentence: sentenceIndex) {
            // "Group matches of the Lakes Cup 2025 will be played in": the event is no subject there.
            return named.kind == .event && !isWord(named.tokens.lowerBound - 1, in: Self.complementOpeners)
                && !isWord(named.tokens.lowerBound - 2, in: Self.complementOpeners)
        }
        return tokens[index].kind == .word && Descriptions.nouns[Fold.word(tokens[index].text)]?.contains(.event) == true
            && isWord(index - 1, in: Descriptions.determiners)
    }
}
