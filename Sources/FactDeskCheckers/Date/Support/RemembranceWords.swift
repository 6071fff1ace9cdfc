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
        tokens.contains { index in
            guard check.tokens[index].kind == .word, let first = check.tokens[index].text.lowercased().first,
                "acmj".contains(first)
            else { return false }
            let word = check.word(index)
            return stems.contains(where: word.hasPrefix)
        }
    }

    /// ``occur(in:check:)`` for a document not yet checked.
    static func occur(in tokens: Range<Int>, document: Document) -> Bool {
        tokens.contains { index in
            let token = document.tokens[index]
            guard token.kind == .word, let first = token.text.lowercased().first, "acmj".contains(first) else {
                return false
            }
            let word = WordFolding.fold(token.text)
            return stems.contains(where: word.hasPrefix)
        }
    }
}
