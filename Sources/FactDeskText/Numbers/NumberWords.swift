import FactDeskKit

/// Reads cardinal and ordinal numbers written in French or English words.
///
/// "quatre", "quatre-vingt-treize", "soixante-et-onze", "quatre-vingts", "deux cent mille",
/// "septante", "nonante", "ninety-three", "a hundred and ninety-six", "dixième",
/// "ninety-third". Words may be joined by hyphens or spaces, in any case, with or without
/// accents. Reading looks words up in a lexicon built once, so it is fast enough to try on
/// every word of a draft.
public enum NumberWords {
    /// A number read from words.
    public struct Reading: Hashable, Sendable {
        /// The value.
        public var value: Int
        /// Whether the words are an ordinal ("quatre-vingt-treizième", "ninety-third").
        public var isOrdinal: Bool

        /// Creates a reading.
        public init(value: Int, isOrdinal: Bool) {
            self.value = value
            self.isOrdinal = isOrdinal
        }
    }

    /// Reads a text that is entirely a number in words.
    /// - Parameter text: words separated by spaces or hyphens ("deux cent mille").
    /// - Returns: the number, or `nil` when any word is not part of it.
    public static func read(_ text: String) -> Reading? {
        // One pass, folding each word's key as its letters come.
        var grammar = NumberWordsGrammar()
        var word = WordKey()
        for scalar in text.unicodeScalars {
            if isHyphen(scalar) || isSpace(scalar) {
                guard word.isEmpty || word.atom.map({ grammar.accept($0) }) == true else { return nil }
                word = WordKey()
            } else {
                word.append(scalar)
            }
        }
        guard word.isEmpty || word.atom.map({ grammar.accept($0) }) == true else { return nil }
        return grammar.reading
    }

    /// The lexicon key of a word, built letter by letter.
    private struct WordKey {
        private var key: UInt64 = 0
        private var length = 0
        private var isFoldable = true
        /// Whether no letter was added.
        private(set) var isEmpty = true

        mutating func append(_ scalar: Unicode.Scalar) {
            isEmpty = false
            if isFoldable { isFoldable = Folding.extend(&key, length: &length, with: scalar) }
        }

        /// The number word the letters spell, if any.
        var atom: NumberAtom? { isFoldable ? NumberWordsLexicon.atoms[key] : nil }
    }

    /// Reads the longest number in words at the start of a run of tokens.
    /// - Parameter tokens: tokens of a document, from where the number may start.
    /// - Returns: the number and how many tokens it covers, or `nil` when the first token does
    ///   not start one. A token is taken whole ("quatre-vingt-treize") or not at all.
    public static func read(_ tokens: ArraySlice<Token>) -> (reading: Reading, tokenCount: Int)? {
        read(tokens) { Folding.key(tokens[$0].text) }
    }

    /// Reads the longest number in words at the start of `tokens`, with each token's
    /// ``Folding/key(_:)`` given by `key` (a hyphenated word has none).
    static func read(
        _ tokens: ArraySlice<Token>, key: (Int) -> UInt64?
    ) -> (reading: Reading, tokenCount: Int)? {
        var grammar = NumberWordsGrammar()
        var best: (reading: Reading, tokenCount: Int)?
        tokens: for index in tokens.indices {
            guard tokens[index].kind == .word else { break }
            var candidate = grammar
            if let key = key(index) {
                guard let atom = NumberWordsLexicon.atoms[key], candidate.accept(atom) else { break }
            } else {
                // Only a hyphenated word can still be a number ("quatre-vingt-treize").
                let scalars = tokens[index].text.unicodeScalars
                guard scalars.contains(where: isHyphen) else { break }
                for part in scalars.split(whereSeparator: isHyphen) {
                    guard let atom = NumberWordsLexicon.atom(part), candidate.accept(atom) else { break tokens }
                }
            }
            grammar = candidate
            if let reading = grammar.reading { best = (reading, index - tokens.startIndex + 1) }
        }
        return best
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
