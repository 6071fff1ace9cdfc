/// Folds words into compact look-up keys: lowercase, without diacritics, one apostrophe.
///
/// "Décembre", "DECEMBRE" and "décembre" share a key, as do "jusqu’" and "jusqu'". A key packs
/// up to 13 letters into a `UInt64` (base 28: a–z, the apostrophe), so lexicon look-ups on
/// millions of tokens hash an integer and build no string.
enum Folding {
    /// The longest word a key holds.
    static let maximumLength = 13

    /// The key of a word, or `nil` when it is longer than ``maximumLength`` or holds anything
    /// but letters and apostrophes.
    static func key(_ word: String) -> UInt64? {
        // ASCII fast path, straight from the UTF-8 bytes.
        var key: UInt64 = 0
        var length = 0
        for byte in word.utf8 {
            let digit: UInt8
            switch byte {
            case 0x41...0x5A: digit = byte - 0x40
            case 0x61...0x7A: digit = byte - 0x60
            case 0x27: digit = 27
            case 0x80...: return Self.key(word.unicodeScalars)
            default: return nil
            }
            length += 1
            guard length <= maximumLength else { return nil }
            key = key * 28 + UInt64(digit)
        }
        return length == 0 ? nil : key
    }

    /// The key of a word given as scalars.
    static func key(_ scalars: some Sequence<Unicode.Scalar>) -> UInt64? {
        var key: UInt64 = 0
        var length = 0
        for scalar in scalars {
            guard extend(&key, length: &length, with: scalar) else { return nil }
        }
        return length == 0 ? nil : key
    }

    /// Adds one scalar to a key being built, letter by letter.
    /// - Returns: `false` when the scalar has no place in a key or the word grows longer than
    ///   ``maximumLength``; the key is then meaningless.
    static func extend(_ key: inout UInt64, length: inout Int, with scalar: Unicode.Scalar) -> Bool {
        let (first, second) = fold(scalar)
        guard first != 0 else { return false }
        length += second == 0 ? 1 : 2
        guard length <= maximumLength else { return false }
        key = key * 28 + UInt64(first)
        if second != 0 { key = key * 28 + UInt64(second) }
        return true
    }

    /// A scalar as one or two base-28 digits (1–26 for a–z, 27 for an apostrophe; 0 pads),
    /// or `(0, 0)` when it has no place in a key.
    private static func fold(_ scalar: Unicode.Scalar) -> (first: UInt8, second: UInt8) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return (UInt8(value - 0x40), 0)  // A–Z
        case 0x61...0x7A: return (UInt8(value - 0x60), 0)  // a–z
        case 0x27: return (27, 0)  // '
        case ..<0x80: return (0, 0)
        default: break
        }
        switch scalar {
        case "à", "â", "ä", "á", "À", "Â", "Ä", "Á": return (letter("a"), 0)
        case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë": return (letter("e"), 0)
        case "î", "ï", "í", "Î", "Ï", "Í": return (letter("i"), 0)
        case "ô", "ö", "ó", "Ô", "Ö", "Ó": return (letter("o"), 0)
        case "ù", "û", "ü", "ú", "Ù", "Û", "Ü", "Ú": return (letter("u"), 0)
        case "ç", "Ç": return (letter("c"), 0)
        case "ÿ", "Ÿ": return (letter("y"), 0)
        case "ñ", "Ñ": return (letter("n"), 0)
        case "œ", "Œ": return (letter("o"), letter("e"))
        case "æ", "Æ": return (letter("a"), letter("e"))
        case "’", "ʼ": return (27, 0)
        default: return (0, 0)
        }
    }

    private static func letter(_ ascii: Unicode.Scalar) -> UInt8 { UInt8(ascii.value - 0x60) }
}
