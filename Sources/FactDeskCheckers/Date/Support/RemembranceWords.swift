import FactDeskKit

/// Words that make a sentence remember an earlier event rather than tell it: "anniversary",
/// "commemorate", "memorial", « anniversaire », « commémorer », « centenaire », « jubilé ».
/// Such a sentence speaks of a day in a later year than the event it names.
enum RemembranceWords {
    /// Starts of folded words of remembrance.
    static let stems = ["anniversa", "commemor", "memorial", "centenai", "centenar", "centennial", "jubile"]

    /// Whether a word of remembrance occurs among `tokens`; words are tested by their first
    /// letter first.
    static func occur(in tokens: Range<Int>, check: DateCheck) -> Bool {
        occur(in: tokens, of: check.document) { check.word($0) }
    }

    /// ``occur(in:check:)`` for a document not yet checked.
    static func occur(in tokens: Range<Int>, document: Document) -> Bool {
        occur(in: tokens, of: document) { WordFolding.fold(document.tokens[$0].text) }
    }

    /// Whether a word of remembrance occurs among `tokens` of `document`, `folded` giving a
    /// token's folded word.
    private static func occur(in tokens: Range<Int>, of document: Document, folded: (Int) -> String) -> Bool {
        tokens.contains { index in
            let token = document.tokens[index]
            guard token.kind == .word, let first = token.text.lowercased().first, "acmj".contains(first) else {
                return false
            }
            return stems.contains(where: folded(index).hasPrefix)
        }
    }
}
