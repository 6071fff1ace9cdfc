import FactDeskKit

/// Currencies written next to amounts, as ISO 4217 codes: symbols ("$", "€", "£"), codes
/// ("EUR", "CHF") and words ("euros", "dollars"), by ``Folding/key(_:)`` for words.
enum CurrencyLexicon {
    /// The code of a currency symbol.
    static func symbol(_ mark: Unicode.Scalar?) -> String? {
        switch mark {
        case "$": "USD"
        case "€": "EUR"
        case "£": "GBP"
        case "¥": "JPY"
        default: nil
        }
    }

    /// Codes written as words, uppercase only ("EUR", not "eur").
    static let codes: Set<String> = ["EUR", "USD", "GBP", "CHF", "JPY", "CAD", "CNY"]

    /// Currency words after an amount: "euros", "dollars", "francs suisses" is left out (the
    /// word "francs" alone names several currencies).
    static let words: [UInt64: String] = Dictionary(
        uniqueKeysWithValues: [
            ("euro", "EUR"), ("euros", "EUR"), ("dollar", "USD"), ("dollars", "USD"), ("yen", "JPY"),
            ("yens", "JPY"),
        ].map { (Folding.key($0.0)!, $0.1) })

    /// The code a word token names as a currency: a code, or a currency word.
    static func word(_ token: Token, key: UInt64?) -> String? {
        if isCode(token.text) { return token.text }
        return key.flatMap { words[$0] }
    }

    /// Whether a word is one of ``codes``, testing its length and first letter before hashing it.
    static func isCode(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count == 3, let first = bytes.first, first >= 0x41 && first <= 0x5A else { return false }
        return codes.contains(word)
    }
}
