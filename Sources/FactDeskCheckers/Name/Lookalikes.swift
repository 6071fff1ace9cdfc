/// Cyrillic and Greek letters that look like Latin ones, the classic copy-paste and spoofing
/// error in names ("Mаrrakech" with a Cyrillic а).
enum Lookalikes {
    /// The Latin letter each look-alike stands for.
    private static let latin: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            // Cyrillic
            ("А", "A"), ("В", "B"), ("Е", "E"), ("К", "K"), ("М", "M"), ("Н", "H"), ("О", "O"), ("Р", "P"),
            ("С", "C"), ("Т", "T"), ("Х", "X"), ("У", "Y"), ("І", "I"), ("Ј", "J"), ("Ѕ", "S"), ("Ԁ", "D"),
            ("а", "a"), ("е", "e"), ("о", "o"), ("р", "p"), ("с", "c"), ("у", "y"), ("х", "x"), ("і", "i"),
            ("ј", "j"), ("ѕ", "s"), ("ԁ", "d"), ("һ", "h"), ("ԛ", "q"), ("ԝ", "w"), ("ё", "ë"), ("ї", "ï"),
            // Greek
            ("Α", "A"), ("Β", "B"), ("Ε", "E"), ("Ζ", "Z"), ("Η", "H"), ("Ι", "I"), ("Κ", "K"), ("Μ", "M"),
            ("Ν", "N"), ("Ο", "O"), ("Ρ", "P"), ("Τ", "T"), ("Υ", "Y"), ("Χ", "X"), ("ο", "o"), ("ν", "v"),
            ("α", "a"), ("ι", "i"), ("κ", "k"), ("ρ", "p"), ("τ", "t"), ("υ", "u"), ("χ", "x"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.unicodeScalars.first!, $0.1.unicodeScalars.first!) })
    }()

    /// The scripts a letter may belong to, for the purpose of spotting mixtures.
    enum Script {
        case latin, cyrillic, greek, other
    }

    /// The script of a letter.
    static func script(of scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: .latin
        case 0x400...0x52F, 0x1C80...0x1C8F: .cyrillic
        case 0x370...0x3FF, 0x1F00...0x1FFF: .greek
        default: .other
        }
    }

    /// The phrase with each word that mixes Latin with Cyrillic or Greek letters written in
    /// Latin letters only, and the foreign letters found; `nil` when no word mixes scripts.
    static func latinised(_ phrase: String) -> (text: String, foreign: [Unicode.Scalar])? {
        guard phrase.unicodeScalars.contains(where: { script(of: $0) == .cyrillic || script(of: $0) == .greek })
        else { return nil }
        var result = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        var foreign: [Unicode.Scalar] = []
        func flush() {
            let scripts = Set(word.map(script(of:)))
            if scripts.contains(.latin), scripts.contains(.cyrillic) || scripts.contains(.greek) {
                for scalar in word {
                    if let replacement = latin[scalar] {
                        result.append(replacement)
                        foreign.append(scalar)
                    } else {
                        if script(of: scalar) != .latin, script(of: scalar) != .other { foreign.append(scalar) }
                        result.append(scalar)
                    }
                }
            } else {
                result.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in phrase.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                word.append(scalar)
            } else {
                flush()
                result.append(scalar)
            }
        }
        flush()
        return foreign.isEmpty ? nil : (String(result), foreign)
    }
}
