import FactDeskKit

/// A list of folded word sequences ("made up of", « se répartissent entre ») found at a token
/// cheaply: a word that starts with an ASCII letter none of the sequences starts with is passed
/// over without being folded, as most words of a draft are.
struct FoldedPhrases: Sendable {
    /// The sequences, each of folded words.
    let phrases: [[String]]
    /// The first words of the sequences.
    private let firstWords: Set<String>
    /// The ASCII letters the first words start with, upper and lower case.
    private let firstLetters: Set<UInt8>

    init(_ phrases: [[String]]) {
        self.phrases = phrases
        firstWords = Set(phrases.map { $0[0] })
        firstLetters = Set(firstWords.flatMap { word in [word.utf8.first!, word.utf8.first! & 0xDF] })
    }

    /// The token after the sequence that starts at token `index` and ends in `sentence`, or `nil`.
    func end(at index: Int, in tokens: [Token], sentence: Range<Int>) -> Int? {
        guard tokens[index].kind == .word else { return nil }
        if let first = tokens[index].text.utf8.first, first < 0x80, !firstLetters.contains(first) { return nil }
        let word = Fold.word(tokens[index].text)
        guard firstWords.contains(word) else { return nil }
        for phrase in phrases where phrase[0] == word && index + phrase.count <= sentence.upperBound {
            if phrase.indices.dropFirst().allSatisfy({ offset in
                tokens[index + offset].kind == .word && Fold.word(tokens[index + offset].text) == phrase[offset]
            }) {
                return index + phrase.count
            }
        }
        return nil
    }
}
