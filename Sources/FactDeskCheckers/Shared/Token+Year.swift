import FactDeskKit

extension Token {
    /// Whether the token is a year written in four digits, from 1900 to 2099 ("2025", not "1848").
    var isModernYear: Bool {
        kind == .number && text.utf8.count == 4 && (text.hasPrefix("19") || text.hasPrefix("20"))
    }
}
