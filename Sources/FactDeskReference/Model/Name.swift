import FactDeskKit

/// One accepted spelling of an entity or series, with the language it belongs to when it is
/// specific to one.
public struct Name: Hashable, Sendable, CustomStringConvertible {
    /// The spelling, as written in the reference data.
    public var text: String
    /// The language of this spelling, or `nil` when it is used in every language.
    public var language: Language?

    /// Creates a spelling.
    public init(_ text: String, language: Language? = nil) {
        self.text = text
        self.language = language
    }

    /// The spelling, with its language after it when it has one: `Marrakesh (en)`.
    public var description: String {
        language.map { "\(text) (\($0.rawValue))" } ?? text
    }
}
