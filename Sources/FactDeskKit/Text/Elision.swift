/// French elisions: the article, pronoun or conjunction that loses its vowel before another
/// word and keeps an apostrophe ("l’Assemblée", "qu’il", "jusqu’à").
enum Elision {
    /// The elided forms, lowercase, without their apostrophe.
    static let forms: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    /// Letters that, capitalised before a capital, start a name rather than an elision:
    /// "N’Djamena", "M’Bala". "L’" and "D’" are left out, since a sentence that opens on
    /// "L’Assemblée" or "D’INTERPOL" elides.
    private static let namePrefixes: Set<Unicode.Scalar> = ["N", "M", "S", "T", "J", "C"]

    /// Whether `word`, followed by an apostrophe and then `next`, is an elision to split off.
    /// - Parameters:
    ///   - word: the scalars of the word before the apostrophe.
    ///   - next: the letter right after the apostrophe.
    static func endsElision(_ word: ArraySlice<Unicode.Scalar>, before next: Unicode.Scalar) -> Bool {
        guard word.count <= 7 else { return false }
        if word.count == 1, let letter = word.first, namePrefixes.contains(letter),
            next.isUppercaseLetter
        {
            return false
        }
        var lowercased = ""
        for scalar in word {
            guard scalar.isASCIILetter else { return false }
            lowercased.unicodeScalars.append(Unicode.Scalar(scalar.value | 0x20)!)
        }
        return forms.contains(lowercased)
    }
}
