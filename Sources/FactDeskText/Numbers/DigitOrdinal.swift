/// Ordinals written with digits and a suffix: "93e", "93ème", "93è", "93ième", "1er", "1re", "1ère",
/// "2nd", "2nde", "93rd", "10th", "21st", the French plurals "26es", "26èmes", "1ers", and the
/// superscript forms "93ᵉ", "1ᵉʳ", "1ʳᵉ".
enum DigitOrdinal {
    /// The suffixes, lowercase.
    static let suffixes: Set<String> = [
        "e", "ème", "eme", "è", "ième", "ieme", "er", "re", "ère", "ere", "nd", "nde", "st", "rd", "th", "ᵉ", "ᵉʳ", "ʳᵉ",
        "es", "èmes", "emes", "ièmes", "iemes", "ers", "res", "ères",
    ]

    /// The value of an ordinal word, or `nil` when the word is not digits and a suffix.
    static func value(of word: String) -> Int? {
        guard let first = word.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        let digits = word.unicodeScalars.prefix { $0.value >= 0x30 && $0.value <= 0x39 }
        guard digits.count <= 9,
            suffixes.contains(String(word.unicodeScalars.dropFirst(digits.count)).lowercased())
        else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    }
}
