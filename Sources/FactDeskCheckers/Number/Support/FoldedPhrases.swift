import FactDeskKit

/// A list of folded word sequences ("made up of", « se répartissent entre ») found at a token
/// cheaply: a word that starts with an ASCII letter none of the sequences starts with is passed
/// over without being folded, as most words of a draft are.
struct FoldedPhrases: Sendable {
    /// The sequences, each of folded words.
    let phrases: [[String]]
    /// The first words of the sequences.
    private let firstWords: Set<String>
    /// The ASCII bytes the first words start with, upper and lower case, as bits of two words:
    /// bit `b % 64` of word `b / 64` for byte `b`.
    private let firstLetters: (UInt64, UInt64)
    /// For each ASCII first byte of a first word, the lengths in bytes of the first words that
    /// start with it, as bits (lengths above 63 share bit 63): a folded word of another length
    /// is passed over without being hashed.
    private let firstWordLengths: [UInt64]

    init(_ phrases: [[String]]) {
        self.phrases = phrases
        firstWords = Set(phrases.map { $0[0] })
        var lengths = [UInt64](repeating: 0, count: 128)
        for word in firstWords {
            guard let first = word.utf8.first, first < 0x80 else { continue }
            lengths[Int(first)] |= Self.lengthBit(word)
        }
        firstWordLengths = lengths
        var letters: (UInt64, UInt64) = (0, 0)
        for byte in firstWords.flatMap({ word in [word.utf8.first!, word.utf8.first! & 0xDF] }) where byte < 0x80 {
            if byte < 64 { letters.0 |= 1 << UInt64(byte) } else { letters.1 |= 1 << UInt64(byte - 64) }
        }
        firstLetters = letters
    }

    /// The bit of a word's length in bytes in ``firstWordLengths``.
    private static func lengthBit(_ word: String) -> UInt64 { 1 << UInt64(min(word.utf8.count, 63)) }

    /// Whether a sequence's first word starts with the ASCII byte `byte` (below 0x80).
    private func isFirstLetter(_ byte: UInt8) -> Bool {
        byte < 64 ? firstLetters.0 & (1 << UInt64(byte)) != 0 : firstLetters.1 & (1 << UInt64(byte - 64)) != 0
    }

    /// The token after the sequence that starts at token `index` and ends in `sentence`, or `nil`.
    func end(at index: Int, in folded: FoldedTokens, sentence: Range<Int>) -> Int? {
        let tokens = folded.tokens
        guard tokens[index].kind == .word else { return nil }
        if let first = tokens[index].text.utf8.first, first < 0x80, !isFirstLetter(first) { return nil }
        let word = folded[index]
        if let first = word.utf8.first, first < 0x80, firstWordLengths[Int(first)] & Self.lengthBit(word) == 0 {
            return nil
        }
        guard firstWords.contains(word) else { return nil }
        for phrase in phrases where phrase[0] == word && index + phrase.count <= sentence.upperBound {
            if phrase.indices.dropFirst().allSatisfy({ offset in
                tokens[index + offset].kind == .word && folded[index + offset] == phrase[offset]
            }) {
                return index + phrase.count
            }
        }
        return nil
    }
}
