/// Roman numerals used as French ordinals: "XXIe siècle", "IIIe République", "Ier".
///
/// A Roman numeral alone ("Louis XIV", "World War II") is a name, not a quantity, and is not
/// read. With an ordinal suffix it is read when written in canonical form (uppercase, at most
/// 3 999), except single letters that also spell words with the suffix ("Le", "De", "Ce", "Me")
/// or a chemical symbol ("Xe"): those need a word of context after them ("Xe siècle").
public enum RomanNumeral {
    /// The French ordinal suffixes a Roman numeral takes.
    static let suffixes: Set<String> = ["e", "er", "re", "ère", "ème", "eme", "è", "ᵉ", "ᵉʳ", "ʳᵉ"]
    /// The plural suffixes (« les XXXIIIes Jeux », « les XXVes Jeux d’hiver », « les Ves Jeux »),
    /// not after one of ``ambiguousLetters`` alone: they spell words (« Les », « Des », « Ces »).
    static let pluralSuffixes: Set<String> = ["es", "èmes", "emes", "ᵉˢ"]

    /// Single-letter numerals that need a context word: with a suffix they spell common words.
    static let ambiguousLetters: Set<Character> = ["C", "D", "L", "M", "X"]

    /// Words after which an ambiguous single-letter numeral is an ordinal, lowercase.
    static let contextWords: Set<String> = [
        "siècle", "siècles", "millénaire", "arrondissement", "république", "législature", "empire", "dynastie",
        "congrès", "édition", "session", "assemblée",
    ]

    /// Whether a word is one of ``contextWords``, in any case.
    static func isContextWord(_ word: String) -> Bool {
        contextWords.contains(word.lowercased())
    }

    /// Whether a byte is one of the letters of numerals: a cheap first test on every word of a draft.
    private static func isNumeral(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"),
            UInt8(ascii: "D"), UInt8(ascii: "M"):
            true
        default: false
        }
    }

    /// The numeral and suffix of a word such as "XXIe", or `nil`.
    static func ordinal(_ word: String) -> (value: Int, isSingleLetter: Bool, letter: Character)? {
        let bytes = word.utf8
        let letterCount = bytes.prefix(while: isNumeral).count
        // A suffix is one to three letters: at most six bytes.
        guard letterCount > 0, bytes.count - letterCount <= 6 else { return nil }
        let letters = word.prefix(letterCount)
        let suffix = String(word.dropFirst(letterCount))
        guard suffixes.contains(suffix)
                || ((letterCount > 1 || !ambiguousLetters.contains(word.first!)) && pluralSuffixes.contains(suffix)),
            let value = value(of: letters)
        else { return nil }
        return (value, letterCount == 1, letters.first!)
    }

    /// The value of a canonical uppercase Roman numeral, or `nil` ("IIII", "VX", "IC").
    public static func value(of letters: Substring) -> Int? {
        var total = 0
        var previous = 0
        for letter in letters.reversed() {
            let value = letterValue(letter)
            if value < previous { total -= value } else { total += value }
            previous = value
        }
        guard (1...3_999).contains(total), canonical(total) == letters else { return nil }
        return total
    }

    /// The canonical spelling of 1…3 999.
    static func canonical(_ value: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }

    private static func letterValue(_ letter: Character) -> Int {
        switch letter {
        case "I": 1
        case "V": 5
        case "X": 10
        case "L": 50
        case "C": 100
        case "D": 500
        default: 1000
        }
    }
}
