import Foundation

/// Words as the number checker compares them: lowercase, without diacritics, with a straight
/// apostrophe ("États" → "etats", "d’" → "d'").
enum Fold {
    /// A word folded for comparison.
    static func word(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// A word of a property term folded, and without a plural "s" or "x" on words longer than
    /// three letters, so that "État membre" matches "États membres".
    static func termWord(_ text: String) -> String {
        let folded = word(text)
        guard folded.count > 3, let last = folded.last, last == "s" || last == "x" else { return folded }
        return String(folded.dropLast())
    }

    /// Whether a word starts with a capital letter.
    static func isCapitalised(_ word: String) -> Bool {
        word.unicodeScalars.first?.properties.isUppercase ?? false
    }
}
