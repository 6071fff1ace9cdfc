import Foundation

/// Words as the date rules' word lists spell them: lowercase, without diacritics, with a
/// straight apostrophe ("Été" → "ete", "aujourd’hui" → "aujourd'hui").
enum WordFolding {
    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// Whether a word starts with a capital letter (a name: "Genève", "INTERPOL").
    static func isCapitalised(_ word: String) -> Bool {
        word.unicodeScalars.first?.properties.isUppercase ?? false
    }
}
