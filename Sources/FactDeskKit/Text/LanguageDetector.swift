/// Tells French from English by counting stop words and accented words.
enum LanguageDetector {
    /// How many words to look at; the opening of a draft is enough.
    static let wordLimit = 2_000

    /// Frequent French words that are rare in English.
    static let frenchStopWords: Set<String> = [
        "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "qui",
        "que", "au", "aux", "sur", "pas", "avec", "a", "à", "ce", "cette", "ces", "il", "elle",
        "ils", "elles", "nous", "vous", "se", "sont", "ont", "été", "son", "sa", "ses", "leur",
        "leurs", "par", "plus", "mais", "ou", "où", "ne", "en", "l’", "d’", "qu’", "n’", "s’",
        "c’", "j’", "l'", "d'", "qu'", "n'", "s'", "c'", "j'",
    ]

    /// Frequent English words that are rare in French.
    static let englishStopWords: Set<String> = [
        "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by", "at",
        "as", "it", "are", "were", "be", "been", "from", "this", "which", "an", "have", "has",
        "had", "not", "but", "or", "its", "their", "they", "he", "she", "we", "will", "would",
    ]

    /// French or English, whichever the first ``wordLimit`` words look more like; a tie is French.
    ///
    /// Each stop word counts one point for its language; each word with a French diacritic
    /// (é, è, ê, à, ç, ù, û, ô, î, ï, ë, â, œ) counts half a point for French.
    static func detect(_ tokens: [Token]) -> Language {
        var french = 0.0
        var english = 0.0
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if words > wordLimit { break }
            let word = token.text.lowercased()
            if frenchStopWords.contains(word) { french += 1 }
            if englishStopWords.contains(word) { english += 1 }
            if word.unicodeScalars.contains(where: isFrenchDiacritic) { french += 0.5 }
        }
        return english > french ? .en : .fr
    }

    private static func isFrenchDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "é", "è", "ê", "à", "ç", "ù", "û", "ô", "î", "ï", "ë", "â", "œ": true
        default: false
        }
    }
}
