import FactDeskKit
import FactDeskReference

/// Forms of address written between a title and a name: « le ministre de l’Intérieur, M. Karim
/// Benali », « le président de la République, Son Excellence Monsieur X », « S.E.M. X », "Prime
/// Minister Mr X", "President H.E. X", a lawyer's « Me » and « Maître » (« l’avocate de la défense,
/// Me X »).
enum Honorifics {
    /// The forms of address, folded, one word each; an abbreviation's letters are words of their
    /// own (« S.E.M. » is `s`, `e`, `m`).
    private static let forms: [[String]] = [
        ["m"], ["mme"], ["mlle"], ["monsieur"], ["madame"], ["mr"], ["mrs"], ["ms"], ["dr"], ["me"], ["maitre"],
        ["son", "excellence"], ["his", "excellence"], ["her", "excellence"], ["s", "e"], ["s", "e", "m"], ["sem"],
        ["h", "e"],
    ]
    /// The most words of one form of address.
    private static let longestForm = forms.map(\.count).max() ?? 0
    /// The most forms of address written one after the other (« Son Excellence Monsieur »).
    private static let mostInARow = 2

    /// The last token before the forms of address that end at `end`, or `end` itself when none
    /// does. The period of an abbreviation (« M. », "H.E.") is part of it.
    static func start(endingAt end: Int, in tokens: [Token]) -> Int {
        var index = end
        for _ in 0..<mostInARow {
            guard let before = before(index, in: tokens) else { break }
            index = before
        }
        return index
    }

    /// The token before one form of address ending at `end`, or `nil`.
    private static func before(_ end: Int, in tokens: [Token]) -> Int? {
        var words: [String] = []
        var index = end
        while index >= 0, words.count < longestForm {
            let token = tokens[index]
            if token.kind == .punctuation, token.text == ".", !token.followsSpace, index > 0,
                tokens[index - 1].kind == .word
            {
                index -= 1
                continue
            }
            guard token.kind == .word else { break }
            words.insert(NameFolding.key(token.text), at: 0)
            if forms.contains(words) { return index - 1 }
            index -= 1
        }
        return nil
    }
}
