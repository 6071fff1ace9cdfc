import FactDeskKit
import FactDeskReference

/// A title written right before a name, as the reference data's roles name titles: "le
/// Secrétaire général Ahmed Naser Al-Raisi", "INTERPOL President Ahmed Naser Al-Raisi", "Le
/// président, Valdecy Urquiza".
struct WrittenTitle {
    /// Where the title is.
    var span: Span
    /// Its words as written.
    var words: [String]
    /// Whether one of the two words before it says the role is not current: "l’ancien
    /// président", "former Portuguese prime minister", "le futur secrétaire général".
    var isQualified: Bool

    /// Words that make a title past or future rather than current.
    private static let qualifiers: Set<String> = [
        "ancien", "ancienne", "futur", "future", "former", "then", "alors", "incoming", "outgoing", "sortant",
        "sortante", "late", "feu", "ex", "next", "prochain", "prochaine", "designe", "designee", "elect",
    ]

    /// The longest known title among the words right before a token (a comma between allowed),
    /// or `nil` when there is none.
    init?(before nameToken: Int, in document: Document, titles: RoleTitles) {
        let tokens = document.tokens
        var end = nameToken - 1
        if end >= 0, tokens[end].text == "," { end -= 1 }
        var start = end
        while start >= 0, end - start < titles.maximumWords, tokens[start].kind == .word { start -= 1 }
        var first = start + 1
        while first <= end {
            let words = tokens[first...end].map(\.text)
            if titles.contains(words) {
                self.span = tokens[first].span.union(tokens[end].span)
                self.words = words
                let before = (max(0, first - 2)..<first).filter { tokens[$0].kind == .word }
                self.isQualified = before.contains { Self.qualifiers.contains(NameFolding.key(tokens[$0].text)) }
                return
            }
            first += 1
        }
        return nil
    }
}
