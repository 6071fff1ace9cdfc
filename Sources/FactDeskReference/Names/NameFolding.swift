/// How spellings are compared: folded for case, diacritics, hyphens, apostrophes and spaces.
///
/// `Al-Raisi`, `al Raisi` and `ALRAISI` have the same ``key(_:)``; `Côte d'Ivoire` has the tokens
/// `cote`, `d`, `ivoire`. Letters lose their accents (`é` → `e`) and ligatures open (`œ` → `oe`,
/// `ß` → `ss`); letters of other scripts are kept, lowercased.
public enum NameFolding {
    /// The folded words of a spelling, in order.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                switch scalar {
                case "a"..."z", "0"..."9": current.append(scalar)
                case "A"..."Z": current.append(Unicode.Scalar(scalar.value + 32)!)
                default: flush()
                }
            } else if let folded = fold(scalar) {
                current.append(contentsOf: folded)
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
    /// `al-`, `el-`, `ben`, `bin`, `de`, `van`, `von`, `der`, `la`…
    public static let particles: Set<String> = [
        "al", "el", "ul", "ben", "bin", "ibn", "bint", "abu", "abou", "de", "del", "della", "der", "den", "di",
        "da", "das", "do", "dos", "du", "des", "d", "l", "la", "le", "van", "von", "ter", "zu", "af", "av",
    ]

    /// Particles that drafts glue to the next word (`Alraisi`, `Benali`, `Vanderbilt`).
    static let gluedParticles = ["al", "el", "ben", "bin", "abu", "abou", "de", "van", "von", "der", "la", "le"]

    /// The letters and digits a non-ASCII scalar folds to, or `nil` for a separator.
    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch scalar {
        case "ß", "ẞ": return ["s", "s"]
        case "æ", "Æ": return ["a", "e"]
        case "œ", "Œ": return ["o", "e"]
        case "ø", "Ø": return ["o"]
        case "ł", "Ł": return ["l"]
        case "đ", "Đ", "ð", "Ð": return ["d"]
        case "þ", "Þ": return ["t", "h"]
        case "ı": return ["i"]
        default: break
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        var folded: [Unicode.Scalar] = []
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars where !isMark(part) {
            if part.isASCII {
                guard let letter = tokens(String(part)).first?.unicodeScalars else { continue }
                folded.append(contentsOf: letter)
            } else {
                folded.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
            }
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
