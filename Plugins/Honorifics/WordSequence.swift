import FactDeskKit

/// A document's word tokens, with what the rules ask of them: folded text, capitals, and
/// whether a name follows.
struct WordSequence {
    let document: Document
    /// The word tokens, in text order.
    let words: [Token]

    init(_ document: Document) {
        self.document = document
        self.words = document.tokens.filter { $0.kind == .word }
    }

    /// A word lowercased, with a final apostrophe removed ("L’" → "l").
    func folded(_ index: Int) -> String {
        var text = words[index].text.lowercased()
        while let last = text.last, last == "’" || last == "'" { text.removeLast() }
        return text
    }

    /// Whether a word starts with a capital letter.
    func isCapitalised(_ index: Int) -> Bool {
        words[index].text.first?.isUppercase == true
    }

    /// Whether a word has more than one letter and every letter is a capital ("INTERPOL", "SM").
    func isAllCapitals(_ index: Int) -> Bool {
        let letters = words[index].text.filter(\.isLetter)
        return letters.count > 1 && letters.allSatisfy(\.isUppercase)
    }

    /// Whether two consecutive words are in the same sentence with only white space between them.
    func areAdjacent(_ first: Int, _ second: Int) -> Bool {
        guard second < words.count, second == first + 1 else { return false }
        let between = document.text(in: Span(start: words[first].span.end, end: words[second].span.start))
        return !between.isEmpty && between.allSatisfy(\.isWhitespace) && !words[second].followsLineBreak
    }

    /// Whether the words from `index` on start a name: a capitalised word right after, once the
    /// articles in `skipping` are passed.
    func nameFollows(from index: Int, skipping articles: Set<String>) -> Bool {
        var next = index
        while next < words.count, articles.contains(folded(next)) { next += 1 }
        return next < words.count && isCapitalised(next) && !articles.contains(folded(next))
    }

    /// The span from the start of one word to the end of another.
    func span(_ words: ClosedRange<Int>) -> Span {
        Span(start: self.words[words.lowerBound].span.start, end: self.words[words.upperBound].span.end)
    }
}
