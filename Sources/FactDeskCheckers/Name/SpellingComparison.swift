import FactDeskReference
import Foundation

/// How a name as written differs from an accepted spelling with the same letters once folded.
///
/// Case never matters ("AL-RAISI" is "Al-Raisi"), nor the kind of apostrophe (’ ' ʼ) or of
/// hyphen, nor the spaces around the periods of initials. An accent missing on a capital, on
/// either side, is French typography, not a misspelling ("Etats-Unis" for "États-Unis",
/// "ASSEMBLEE" for "Assemblée"); an accent missing, added or changed on a lowercase letter is one ("Urquizá", "Raïsi"), as is a space
/// for a hyphen or a glued particle ("Al Raisi", "Alraisi").
enum SpellingComparison {
    /// What differs.
    enum Difference: Equatable {
        /// Nothing that matters: the written name is the accepted spelling.
        case same
        /// Accents on lowercase letters.
        case accents
        /// Spaces, hyphens or apostrophes between the letters.
        case separators
    }

    /// How `written` differs from `accepted`, or `nil` when their letters differ once folded.
    static func compare(written: String, accepted: String) -> Difference? {
        let writtenLetters = letters(of: written)
        let acceptedLetters = letters(of: accepted)
        guard writtenLetters.map(\.folded).joined() == acceptedLetters.map(\.folded).joined() else { return nil }
        if skeleton(of: written) != skeleton(of: accepted) { return .separators }
        guard writtenLetters.count == acceptedLetters.count else { return .accents }
        for (mine, theirs) in zip(writtenLetters, acceptedLetters) where mine.lowercased != theirs.lowercased {
            if !((mine.isUppercase || theirs.isUppercase) && mine.folded == theirs.folded) { return .accents }
        }
        return .same
    }

    /// Each letter or digit: lowercase, folded, and whether it was a capital.
    private static func letters(of text: String) -> [(lowercased: String, folded: String, isUppercase: Bool)] {
        text.precomposedStringWithCanonicalMapping.compactMap { character in
            guard character.isLetter || character.isNumber else { return nil }
            return (character.lowercased(), NameFolding.key(String(character)), character.isUppercase)
        }
    }

    /// Control and format characters, which the tokenizer reads as white space.
    private static func isInvisible(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            let category = scalar.properties.generalCategory
            return category == .control || category == .format
        }
    }

    /// The separators between letters: each run of letters as `a`, white space, periods and
    /// invisible characters as one space, every hyphen as `-`, every apostrophe as `’`.
    private static func skeleton(of text: String) -> String {
        var skeleton = ""
        for character in text.precomposedStringWithCanonicalMapping {
            let mark: Character
            if character.isLetter || character.isNumber {
                mark = "a"
            } else if character.isWhitespace || character == "." || isInvisible(character) {
                mark = " "
            } else if character == "-" || character == "\u{2010}" || character == "\u{2011}" {
                mark = "-"
            } else if character == "'" || character == "\u{2019}" || character == "\u{02BC}" {
                mark = "’"
            } else {
                mark = character
            }
            if mark == "a" || mark == " ", skeleton.last == mark { continue }
            skeleton.append(mark)
        }
        return skeleton.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " -", with: "-")
            .replacingOccurrences(of: "- ", with: "-")
    }
}
