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
        // The folded word's UTF-8 bytes, written straight into a buffer: a letter of the table is
        // one or two ASCII bytes, found by its scalar's value.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count + 4)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: folded.append(UInt8(scalar.value + 0x20))
            case ..<0x80: folded.append(UInt8(scalar.value))
            case let value where value < latinLetterEnd && latinLetters[Int(value - 0x80)] != 0:
                let letters = latinLetters[Int(value - 0x80)]
                folded.append(UInt8(letters & 0xFF))
                if letters > 0xFF { folded.append(UInt8(letters >> 8)) }
            default:
                if let base = latin[scalar] {
                    folded.append(contentsOf: base.utf8)
                } else {
                    folded.append(contentsOf: String(scalar).lowercased().utf8)
                }
            }
        }
        return String(decoding: folded, as: UTF8.self)
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

    /// The scalars below this value that ``latinLetters`` holds.
    private static let latinLetterEnd: UInt32 = 0x180

    /// ``latin``'s letters from U+0080 to ``latinLetterEnd``, by value less 0x80: the plain form's
    /// ASCII bytes, the first in the low byte and a second (œ → "oe") in the high one; 0 for a
    /// scalar the table does not hold.
    private static let latinLetters: [UInt16] = {
        var letters = [UInt16](repeating: 0, count: Int(latinLetterEnd - 0x80))
        for (scalar, base) in latin where scalar.value >= 0x80 && scalar.value < latinLetterEnd {
            let bytes = Array(base.utf8)
            letters[Int(scalar.value - 0x80)] = UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
        }
        return letters
    }()
}
