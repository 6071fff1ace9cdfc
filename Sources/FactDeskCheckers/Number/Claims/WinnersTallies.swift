import FactDeskKit

/// A holder's tally after a verb of winning: "Harbour Lights won five awards", « le film a
/// remporté cinq trophées », when the term ends its clause or brings in the event or some of
/// the awards ("…, including best film", "at the 2026 Lakes Awards", « dont »): all the
/// holder won there, a total. A complement of place or kind after the term ("won five seats in
/// the north", "two awards for its music") makes it some of them.
extension ClaimBuilder {
    /// Verbs of winning right before the count, folded.
    static let winningVerbs: Set<String> = [
        "won", "wins", "win", "scooped", "bagged", "claimed", "remporte", "decroche", "rafle", "obtient", "remportent",
    ]
    /// Words after the term that close the tally, folded: it counts everything won there.
    static let tallyClosers: Set<String> = [
        ",", ".", ";", "including", "among", "at", "dont", "lors", "parmi", "notamment",
    ]

    /// Whether a verb of winning stands right before the count ("took home", « a obtenu » too)
    /// and what follows the term closes the tally (``tallyClosers``).
    func isWinnersTally(before start: Int, termEnd: Int, in sentence: Range<Int>) -> Bool {
        let verb = start - 1
        guard verb >= sentence.lowerBound else { return false }
        let isWinning =
            isWord(verb, in: Self.winningVerbs)
            || (isWord(verb, in: ["home"]) && isWord(verb - 1, in: ["took", "takes"]))
            || (isWord(verb, in: ["obtenu"]) && isWord(verb - 1, in: ["a", "ont", "avait"]))
        guard isWinning else { return false }
        guard termEnd < sentence.upperBound else { return true }
        let next = tokens[termEnd].kind == .word ? folded[termEnd] : tokens[termEnd].text
        return Self.tallyClosers.contains(next)
    }
}
