import FactDeskKit

/// The lexicon key (``Folding/key(_:)``) of every word token of a document, computed once and
/// shared by the scanners of one extraction.
struct WordKeys {
    /// One key per token; 0 (never a word's key) for tokens that are not words or have no key.
    private let keys: [UInt64]

    init(_ tokens: [Token]) {
        keys = tokens.map { token in
            token.kind == .word ? Folding.key(token.text) ?? 0 : 0
        }
    }

    /// The key of token `index`, or `nil` when it has none or does not exist.
    subscript(index: Int) -> UInt64? {
        guard index >= 0, index < keys.count, keys[index] != 0 else { return nil }
        return keys[index]
    }
}
