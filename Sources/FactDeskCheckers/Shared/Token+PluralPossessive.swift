import FactDeskKit

extension Array where Element == Token {
    /// Whether the token at `index` is the apostrophe of a plural possessive inside a name,
    /// "Workers'" of "the Northern Rail Workers' Guild": attached to a word ending in "s" and
    /// followed by a capitalised word. A run of name words goes on past it.
    func isPluralPossessiveMark(at index: Int) -> Bool {
        guard index > 0, index + 1 < count, self[index].kind == .punctuation, ["'", "’"].contains(self[index].text)
        else { return false }
        let (word, next) = (self[index - 1], self[index + 1])
        return word.kind == .word && word.span.end == self[index].span.start
            && (word.text.hasSuffix("s") || word.text.hasSuffix("S"))
            && next.kind == .word && next.text.first?.isUppercase == true
    }
}
