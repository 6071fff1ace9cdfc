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
    /// Whether it is a head word and a complement no role may have (« ministre des Armées »),
    /// rather than a title some role has.
    var isComplementForm = false
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
        guard let head = Self.complementTitleStart(endingAt: end, in: tokens, titles: titles) else { return nil }
        self.span = tokens[head].span.union(tokens[end].span)
        self.words = tokens[head...end].map(\.text)
        self.isComplementForm = true
        let before = (max(0, head - 2)..<head).filter { tokens[$0].kind == .word }
        self.isQualified = before.contains { Self.qualifiers.contains(NameFolding.key(tokens[$0].text)) }
    }

    /// The start of a French title written as a head word, a complement word and one to three
    /// capitalised words, ending at `end`: « ministre des Armées », « ministre de l’Intérieur ».
    private static func complementTitleStart(endingAt end: Int, in tokens: [Token], titles: RoleTitles) -> Int? {
        var index = end
        var capitalised = 0
        while index >= 0, capitalised < 3, tokens[index].kind == .word,
            tokens[index].text.first?.isUppercase == true
        {
            capitalised += 1
            index -= 1
        }
        var connectors = 0
        while index >= 0, connectors < 2, tokens[index].kind == .word,
            RoleTitles.complementWords.contains(NameFolding.key(tokens[index].text))
        {
            connectors += 1
            index -= 1
        }
        guard capitalised > 0, connectors > 0, index >= 0, tokens[index].kind == .word,
            titles.isHead(tokens[index].text)
        else { return nil }
        return index
    }
}
