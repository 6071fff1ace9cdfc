import FactDeskKit

extension Document {
    /// Whether the word at token `index` opens its sentence, a line or what follows a colon, a
    /// quotation mark or a parenthesis: where any word takes a capital.
    func opensSentence(tokenAt index: Int) -> Bool {
        let sentence = sentences[sentenceIndex(of: tokens[index].span.start)]
        guard index > sentence.tokens.lowerBound else { return true }
        let previous = tokens[index - 1]
        return previous.kind == .punctuation && previous.text != ","
    }
}
