import FactDeskKit

/// What one token can be to a name: how the name scanner reads it.
enum NameWord: Equatable {
    /// A capitalised word, an acronym, or a lowercase particle glued by a hyphen to a capital
    /// ("Urquiza", "INTERPOL", "OIPC-INTERPOL", "al-Sissi", "O’Neill", "N’Djamena").
    case capitalised
    /// A lowercase particle that may join two capitalised words ("von", "de", "bin").
    case particle
    /// A lowercase elision that may join two capitalised words ("d’" in "Côte d’Ivoire").
    case elision
    /// A single capital followed by a period: an initial ("J. K. Rowling") or "M.".
    case initial
    /// Anything else: a lowercase word, a number, punctuation.
    case other

    /// How a token reads, given whether the token after it is an attached period.
    static func classify(_ token: Token, beforeAttachedPeriod: Bool) -> NameWord {
        guard token.kind == .word, let first = firstLetter(of: token.text) else { return .other }
        if isCapital(first) {
            if beforeAttachedPeriod, token.text.unicodeScalars.count == 1 { return .initial }
            if isElision(token.text), !isCapitalisedName(token.text) { return .elision }
            return .capitalised
        }
        if token.text.utf8.count <= 5, let key = Folding.key(token.text), NameLexicon.particles.contains(key) {
            return .particle
        }
        if isElision(token.text) { return token.text.unicodeScalars.first == "d" ? .elision : .other }
        return hasHyphenParticle(token.text) ? .capitalised : .other
    }

    /// The first letter of a word (a word may open with a digit: "93e").
    private static func firstLetter(of text: String) -> Unicode.Scalar? {
        guard let first = text.unicodeScalars.first else { return nil }
        if first.isASCII { return first.properties.isAlphabetic ? first : nil }
        return text.unicodeScalars.first { $0.properties.isAlphabetic }
    }

    /// An uppercase or titlecase letter, ASCII first.
    private static func isCapital(_ letter: Unicode.Scalar) -> Bool {
        if letter.isASCII { return letter.value >= 0x41 && letter.value <= 0x5A }
        return letter.properties.isUppercase || letter.properties.generalCategory == .titlecaseLetter
    }

    /// Whether a word ends with an apostrophe: the tokenizer's French elisions ("d’", "L’").
    static func isElision(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return last == "'" || last == "\u{2019}" || last == "\u{02BC}"
    }

    /// "N’" and "M’" before a capital stay in one token with it ("N’Djamena"), so a capital
    /// elision on its own ("L’", "D’") is never a name.
    private static func isCapitalisedName(_ text: String) -> Bool {
        text.unicodeScalars.count > 2
    }

    /// Whether a lowercase word is a particle, a hyphen and a capitalised part ("al-Sissi").
    private static func hasHyphenParticle(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let hyphen = scalars.firstIndex(where: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }),
            hyphen + 1 < scalars.count, scalars[hyphen + 1].properties.isUppercase,
            let key = Folding.key(scalars[..<hyphen])
        else { return false }
        return NameLexicon.hyphenParticles.contains(key)
    }
}
