import FactDeskReference
import Foundation

/// How a name as written differs from an accepted spelling with the same letters once folded.
///
/// Case never matters ("AL-RAISI" is "Al-Raisi"), nor the kind of apostrophe (’ ' ʼ) or of
/// hyphen, nor the spaces around the periods of initials. An accent missing on a capital, on
/// either side, is French typography, not a misspelling ("Etats-Unis" for "États-Unis",
/// "ASSEMBLEE" for "Assemblée"); an accent added or changed on a lowercase letter is one
/// ("Urquizá", "Raïsi"), and so is one changed on a capital ("Èric" for "Éric"), as is a space for a hyphen or a glued particle ("Al Raisi",
/// "Alraisi"); accents left out on lowercase letters ("Sebastien") are told apart
/// (``Difference/foldedAccents``), since the name checker accepts them unless asked not to.
enum SpellingComparison {
    /// What differs.
    enum Difference: Equatable {
        /// Nothing that matters: the written name is the accepted spelling.
        case same
        /// Accents on lowercase letters added, changed, or missing on one side and not only that.
        case accents
        /// Accents on lowercase letters missing, and nothing else: the written name is the
        /// accepted spelling without its accents ("Francois Hollande" for "François Hollande"),
        /// as much real copy writes names.
        case foldedAccents
        /// Spaces, hyphens or apostrophes between the letters.
        case separators
    }

    /// How `written` differs from reference data's `accepted` spelling, the periods of initials
    /// aside ("U.N. General Assembly" is the accepted "UN General Assembly"): a style of
    /// abbreviation, not a misspelling. A draft writing both ways is still inconsistent.
    static func compareToReference(written: String, accepted: String) -> Difference? {
        compare(written: withoutInitialPeriods(written), accepted: withoutInitialPeriods(accepted))
    }

    /// How `written` differs from `accepted`, or `nil` when their letters differ once folded.
    static func compare(written: String, accepted: String) -> Difference? {
        if written == accepted { return .same }
        let mine = Spelling(withoutMarkup(written))
        let theirs = Spelling(withoutMarkup(accepted))
        guard mine.folded == theirs.folded else { return nil }
        if mine.skeleton != theirs.skeleton { return .separators }
        guard mine.letters.count == theirs.letters.count else { return .accents }
        var folded = false
        for (letter, other) in zip(mine.letters, theirs.letters) where letter != other {
            if letter.properties.lowercaseMapping == other.properties.lowercaseMapping { continue }
            let isCapital = letter.properties.isUppercase || other.properties.isUppercase
            if isCapital, NameFolding.key(String(letter)) == NameFolding.key(String(other)) {
                // "Ètienne" for "Étienne": an accent changed, not left out, on a capital.
                if !letter.isASCII, !other.isASCII { return .accents }
                continue
            }
            guard letter.isASCII, !other.isASCII else { return .accents }
            folded = true
        }
        return folded ? .foldedAccents : .same
    }

    /// The text with the periods of initials left out ("U.N. General Assembly" → "UN General
    /// Assembly"): two or more capital letters, each with a period glued on (the last one's may
    /// be cut off: "U.S"), are one acronym however written.
    private static func withoutInitialPeriods(_ text: String) -> String {
        guard text.contains(".") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            var end = index
            let isWordStart = index == 0 || !characters[index - 1].isLetter
            while isWordStart, end + 1 < characters.count, characters[end].isUppercase, characters[end].isLetter,
                characters[end + 1] == ".", end + 2 >= characters.count || !characters[end + 2].isLowercase
            {
                end += 2
            }
            // "U.S" cut from "U.S. Senate": the last initial's period left with the sentence's.
            let cutLast =
                end - index >= 2 && end < characters.count && characters[end].isUppercase
                && (end + 1 == characters.count || !characters[end + 1].isLetter)
            if end - index >= 4 || cutLast {
                result += stride(from: index, to: end, by: 2).map { String(characters[$0]) }.joined()
                index = end
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// The text with each HTML tag ("<br>", "</em>") a space: copy pasted from a web page keeps
    /// them inside names ("World Economic<br>Forum").
    private static func withoutMarkup(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let tag = rest[open...].prefix(24)
            if let close = tag.firstIndex(of: ">"), tag.dropFirst().first.map({ $0.isLetter || $0 == "/" }) == true,
                !tag[..<close].dropFirst().contains("<")
            {
                result += " "
                rest = rest[rest.index(after: close)...]
            } else {
                result += "<"
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// Whether two spellings differ only in accents one of them leaves out, either way round:
    /// "Ministere" and "Ministère" are one spelling written with and without its accents.
    static func differOnlyByFoldedAccents(_ one: String, _ other: String) -> Bool {
        compare(written: one, accepted: other) == .foldedAccents
            || compare(written: other, accepted: one) == .foldedAccents
    }

    /// Whether two spellings are one name in the singular and in the plural: the same letters
    /// (case aside) but a final "s" after a letter that is not one ("Springbok" and
    /// "Springboks", "CHOGM" and "CHOGMs"). "Vas" and "Vass" differ in a letter of the name.
    static func differOnlyByPluralS(_ one: String, _ other: String) -> Bool {
        let (shorter, longer) = one.count < other.count ? (one.lowercased(), other.lowercased()) : (other.lowercased(), one.lowercased())
        guard longer.count == shorter.count + 1, longer.hasSuffix("s"), let last = shorter.last, last.isLetter,
            last != "s"
        else { return false }
        return longer.hasPrefix(shorter)
    }

    /// Whether two spellings differ only where British English writes "s" and American English
    /// "z" after an "i" or a "y" ("Organisation", "ORGANIZATION"; "Analysed", "Analyzed"): one
    /// name in two accepted spellings of the language, case aside.
    static func differOnlyByEnglishSZ(_ one: String, _ other: String) -> Bool {
        let (mine, theirs) = (Array(one.lowercased().unicodeScalars), Array(other.lowercased().unicodeScalars))
        guard mine.count == theirs.count, mine != theirs else { return false }
        return mine.indices.allSatisfy { index in
            guard mine[index] != theirs[index] else { return true }
            return index > 0 && "sz".unicodeScalars.contains(mine[index]) && "sz".unicodeScalars.contains(theirs[index])
                && "iy".unicodeScalars.contains(mine[index - 1])
        }
    }

    /// A spelling's letters (NFC), folded key, and separators.
    private struct Spelling {
        var letters: [Unicode.Scalar] = []
        /// Each run of letters as 1, of white space, periods and invisible characters as 2, each
        /// hyphen as 3, each apostrophe as 4, anything else as itself; spaces around hyphens and
        /// at the ends left out.
        var skeleton: [UInt32] = []
        let folded: String

        init(_ text: String) {
            folded = NameFolding.key(text)
            let scalars =
                text.unicodeScalars.contains(where: Self.isMark)
                ? text.precomposedStringWithCanonicalMapping.unicodeScalars : text.unicodeScalars
            for scalar in scalars {
                let mark: UInt32
                if Self.isLetter(scalar) {
                    letters.append(scalar)
                    mark = 1
                } else if Self.isSpace(scalar) {
                    mark = 2
                } else if scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
                    mark = 3
                } else if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" {
                    mark = 4
                } else {
                    mark = scalar.value + 16
                }
                if mark <= 2, skeleton.last == mark { continue }
                if mark == 3, skeleton.last == 2 { skeleton.removeLast() }
                if mark == 2, skeleton.last == 3 || skeleton.isEmpty { continue }
                skeleton.append(mark)
            }
            if skeleton.last == 2 { skeleton.removeLast() }
        }

        private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
            guard scalar.value >= 0x300 else { return false }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }

        private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let value = scalar.value | 0x20
                return (0x61...0x7A).contains(value) || (0x30...0x39).contains(scalar.value)
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }

        /// White space, a period, or a control or format character (which the tokenizer reads
        /// as white space).
        private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            if scalar == " " || scalar == "." || scalar.properties.isWhitespace { return true }
            let category = scalar.properties.generalCategory
            return category == .control || category == .format
        }
    }
}
