import Foundation

extension RuleExample {
    /// Ways of writing the same text that move its offsets: a checker's findings must still fall
    /// exactly on the marked words. Applied to the marked text, so the expected spans move with
    /// it; FactDesk's tests run every rule example of every kind of checker in each.
    public enum Variant: String, CaseIterable, Sendable {
        /// The text as written.
        case asWritten
        /// After a paragraph of emoji and accented letters: many UTF-8 bytes and UTF-16 units
        /// per Unicode scalar.
        case multiBytePrefix
        /// After a title, with Windows line endings.
        case crlf
        /// Decomposed (NFD): accents as combining marks.
        case nfd
        /// With French typography's narrow no-break spaces before « : ; ? ! » and in numbers.
        case frenchTypography

        /// The text written this way.
        public func apply(to text: String) -> String {
            switch self {
            case .asWritten: text
            case .multiBytePrefix: "🧭 Été 👩🏽‍💻 — \n\n" + text
            case .crlf: "Titre\r\n\r\n" + text.replacingOccurrences(of: "\n", with: "\r\n")
            case .nfd: text.decomposedStringWithCanonicalMapping
            case .frenchTypography:
                text.replacingOccurrences(of: " :", with: "\u{202F}:")
                    .replacingOccurrences(of: " ;", with: "\u{202F};")
                    .replacingOccurrences(of: " ?", with: "\u{202F}?")
                    .replacingOccurrences(of: " !", with: "\u{202F}!")
                    .replacingOccurrences(of: "« ", with: "«\u{202F}")
                    .replacingOccurrences(of: " »", with: "\u{202F}»")
                    .replacing(/(\d) (\d{3})/) { "\($0.1)\u{202F}\($0.2)" }
            }
        }
    }
}
