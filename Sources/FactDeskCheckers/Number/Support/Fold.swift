/// Words as the number checker compares them: lowercase, without diacritics, with a straight
/// apostrophe ("États" → "etats", "d’" → "d'").
///
/// Folding is a table look-up per scalar for the Latin letters of French and English, so that
/// comparing the words around every number of a long draft stays cheap.
enum Fold {
    /// A word folded for comparison.
    static func word(_ text: String) -> String {
        // One pass over the bytes: lowercase ASCII is the word folded already, and the standard
        // library lowercases ASCII with capitals without a scalar view.
        var hasCapital = false
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= 0x41 && byte <= 0x5A { hasCapital = true }
        }
        if isASCII { return hasCapital ? text.lowercased() : text }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: folded.append(Unicode.Scalar(scalar.value + 0x20)!)
            case ..<0x80: folded.append(scalar)
            default:
                if let base = latin[scalar] {
                    folded.append(contentsOf: base.unicodeScalars)
                } else {
                    folded.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
        }
        return String(folded)
    }

    /// A word of a property term folded, and without a plural "s" or "x" on words longer than
    /// three letters, so that "État membre" matches "États membres".
    static func termWord(_ text: String) -> String {
        let folded = word(text)
        guard folded.utf8.count > 3, let last = folded.utf8.last, last == 0x73 || last == 0x78 else { return folded }
        return String(folded.dropLast())
    }

    /// Whether a word starts with a capital letter.
    static func isCapitalised(_ word: String) -> Bool {
        word.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Latin letters with diacritics, and typographic apostrophes, as their plain lowercase form.
    private static let latin: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [
            "’": "'", "ʼ": "'", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss",
        ]
        let groups = [
            ("a", "àâäáãåÀÂÄÁÃÅ"), ("e", "éèêëÉÈÊË"), ("i", "îïíìÎÏÍÌ"), ("o", "ôöóòõÔÖÓÒÕ"), ("u", "ùûüúÙÛÜÚ"),
            ("c", "çÇ"), ("y", "ÿýŸÝ"), ("n", "ñÑ"),
        ]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
