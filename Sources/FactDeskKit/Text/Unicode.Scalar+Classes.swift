/// The character classes the text analysis needs, with fast paths for ASCII.
extension Unicode.Scalar {
    /// LF or CR.
    var isLineBreak: Bool { self == "\n" || self == "\r" }

    /// White space, line breaks included (U+00A0 and U+202F too).
    var isSpace: Bool {
        if isASCII { return self == " " || (value >= 0x09 && value <= 0x0D) }
        if isLatinLetter { return false }
        return properties.isWhitespace
    }

    /// A scalar that takes no room and separates nothing: controls and format characters
    /// (U+200B, U+FEFF…). The tokenizer treats them like white space.
    var isInvisible: Bool {
        if isASCII { return value < 0x20 || value == 0x7F }
        let category = properties.generalCategory
        return category == .format || category == .control
    }

    /// `0`…`9`.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// `A`…`Z` or `a`…`z`.
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

    /// À…ɏ without × and ÷: the Latin letters of French and most European languages, all
    /// letters, tested without a Unicode table look-up.
    var isLatinLetter: Bool { value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7 }

    /// A scalar that can be part of a word: a letter, a combining mark, or a digit.
    var isWordScalar: Bool {
        if isASCII { return isASCIILetter || isASCIIDigit }
        if isLatinLetter { return true }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber:
            return true
        default:
            return false
        }
    }

    /// A letter (not a digit or mark).
    var isLetter: Bool {
        if isASCII { return isASCIILetter }
        if isLatinLetter { return true }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return false
        }
    }

    /// An uppercase or titlecase letter.
    var isUppercaseLetter: Bool {
        if isASCII { return value >= 0x41 && value <= 0x5A }
        let category = properties.generalCategory
        return category == .uppercaseLetter || category == .titlecaseLetter
    }

    /// A hyphen that can join the parts of a word: `-`, U+2010 or U+2011 (not a dash).
    var isWordHyphen: Bool { self == "-" || self == "\u{2010}" || self == "\u{2011}" }

    /// An apostrophe that can sit inside a word: `'`, U+2019 or U+02BC.
    var isApostrophe: Bool { self == "'" || self == "\u{2019}" || self == "\u{02BC}" }

    /// A mark that only decorates the scalar before it: a combining mark, a variation selector,
    /// an emoji modifier, or a zero-width joiner.
    var isExtender: Bool {
        if isASCII { return false }
        if value == 0x200D || (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value) {
            return true
        }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Unicode punctuation (`P*`), except the signs FactDesk reads as symbols (`%`, `‰`, `#`, `&`, `@`).
    var isPunctuation: Bool {
        switch self {
        case "%", "\u{2030}", "\u{2031}", "#", "&", "@": return false
        default: break
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
