import FactDeskKit

/// One name as the draft writes it, with what the reference data says about it.
struct NameOccurrence {
    /// Where it is.
    var span: Span
    /// The words as written.
    var text: String
    /// Its first and last word tokens.
    var tokens: ClosedRange<Int>
    /// What the reference data says, or what an earlier full name says of a short form.
    var resolution: NameResolution
    /// The text compared with spellings: ``text`` with look-alike letters made Latin when it
    /// mixes scripts ("Mаrrakech" with a Cyrillic а).
    var comparedText: String
    /// ``comparedText``'s folded words (``NameFolding/tokens(_:)``), particles included.
    var folded: [String]
    /// A lone word where any word takes a capital: only an exact spelling makes it a name.
    var positional: Bool
    /// Whether it names an administrative area (``PlaceNounContext``): never a family name.
    var namesArea = false

    /// The subject it names, resolved or linked.
    var subject: String? { resolution.subject }

    /// Whether the misspelled-name rule flags it.
    var isMisspelled: Bool {
        if case .misspelled = resolution { return true }
        return false
    }
}
