/// How spellings are compared: folded for case, diacritics, hyphens, apostrophes and spaces.
///
/// `Al-Raisi`, `al Raisi` and `ALRAISI` have the same ``key(_:)``; `Côte d'Ivoire` has the tokens
/// `cote`, `d`, `ivoire`. Letters lose their accents (`é` → `e`) and ligatures open (`œ` → `oe`,
/// `ß` → `ss`); letters of other scripts are kept, lowercased.
public enum NameFolding {
    /// The folded words of a spelling, in order.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch UInt8(value) {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    current.append(UInt8(value))
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(UInt8(value) + 32)
                default: flush()
                }
            } else if value < latinEnd {
                if let folded = latin[Int(value) - 0x80] { current += folded } else { flush() }
            } else if generalPunctuation.contains(value) {
                // « d’INTERPOL »: the curly apostrophe and the other marks of the block separate.
                flush()
            } else if let folded = fold(scalar) {
                current += folded
            } else if !isMark(scalar) {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The folded spelling with no separators: equal keys name alike.
    public static func key(_ text: String) -> String {
        tokens(text).joined()
    }

    /// Words that join a name to a family or place and that drafts add, drop or glue on:
    /// `al-`, `el-`, `ben`, `bin`, `ould`, `de`, `van`, `von`, `der`, `la`…
    public static let particles: Set<String> = [
        "al", "el", "ul", "ben", "bin", "ibn", "bint", "ould", "abu", "abou", "de", "del", "della", "der", "den", "di",
        "da", "das", "do", "dos", "du", "des", "d", "l", "la", "le", "van", "von", "ter", "zu", "af", "av",
    ]

    /// Particles that drafts glue to the next word (`Alraisi`, `Benali`, `Vanderbilt`).
    static let gluedParticles = ["al", "el", "ben", "bin", "abu", "abou", "de", "van", "von", "der", "la", "le"]

    /// The General Punctuation block (spaces, dashes, quotation marks, joiners): all separators.
    private static let generalPunctuation: ClosedRange<UInt32> = 0x2000...0x206F

    /// The end of the Latin blocks folded through ``latin``, a table built once.
    private static let latinEnd: UInt32 = 0x250

    /// What each scalar from U+0080 to U+024F folds to, as UTF-8 (`nil`: a separator), so that
    /// the accented letters of European names do not go through Unicode decomposition each time.
    private static let latin: [[UInt8]?] = (0x80..<latinEnd).map { fold(Unicode.Scalar($0)!) }

    /// The UTF-8 of the letters and digits a non-ASCII scalar folds to, or `nil` for a separator.
    private static func fold(_ scalar: Unicode.Scalar) -> [UInt8]? {
        switch scalar {
        case "ß", "ẞ": return Array("ss".utf8)
        case "æ", "Æ": return Array("ae".utf8)
        case "œ", "Œ": return Array("oe".utf8)
        case "ø", "Ø": return Array("o".utf8)
        case "ł", "Ł": return Array("l".utf8)
        case "đ", "Đ", "ð", "Ð": return Array("d".utf8)
        case "þ", "Þ": return Array("th".utf8)
        case "ı": return Array("i".utf8)
        default: break
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        var folded: [UInt8] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars where !isMark(part) {
            guard part.properties.isAlphabetic || part.properties.numericType != nil else { continue }
            folded += Array(part.properties.lowercaseMapping.utf8)
        }
        return folded
    }

    /// Combining marks: accents, dropped when folding.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
