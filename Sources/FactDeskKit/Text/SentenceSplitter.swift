/// Splits tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any end marks and closing quotes or brackets
/// right after it) when what follows starts a new sentence: white space, then neither a
/// lowercase word nor `,` `;` `:`. A period after an abbreviation or an initial ("M.", "Dr.",
/// "J. K. Rowling", "U.S.", "av. J.-C.") ends nothing. A blank line always ends a sentence.
enum SentenceSplitter {
    /// The sentences of a document, in order; every token belongs to exactly one.
    static func split(_ tokens: [Token], in text: NormalizedText, language: Language) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            let span = Span(start: tokens[start].span.start, end: tokens[end - 1].span.end)
            sentences.append(Sentence(span: span, tokens: start..<end))
            start = end
        }
        var index = 0
        while index < tokens.count {
            if index > start, startsParagraph(index, tokens, text) { close(index) }
            guard isEndMark(tokens[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count, !startsParagraph(end, tokens, text),
                (isEndMark(tokens[end]) && !tokens[end].followsSpace) || isCloser(tokens[end])
            {
                end += 1
            }
            if endsSentence(markAt: index, nextAt: end, tokens, language) { close(end) }
            index = end
        }
        close(tokens.count)
        return sentences
    }

    private static func isEndMark(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.text {
        case ".", "!", "?", "…", "‼", "⁉", "⁈", "⁇": return true
        default: return false
        }
    }

    /// A closing quote or bracket that belongs to the sentence before it. French closing
    /// guillemets and curly quotes may follow a space; ambiguous marks must be attached.
    private static func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.text {
        case "»", "”", "›": return true
        case "\"", "'", "’", ")", "]": return !token.followsSpace
        default: return false
        }
    }

    /// Whether the end mark at `markAt`, whose group of marks and closers ends before `nextAt`,
    /// ends a sentence.
    private static func endsSentence(markAt: Int, nextAt: Int, _ tokens: [Token], _ language: Language) -> Bool {
        guard nextAt < tokens.count else { return true }
        let next = tokens[nextAt]
        guard next.followsSpace else { return false }  // "1.5", "U.S", "fin.»"
        if next.kind == .punctuation, [",", ";", ":"].contains(next.text) { return false }
        if next.kind == .word, let first = next.text.unicodeScalars.first, first.isLetter,
            !first.isUppercaseLetter
        {
            return false
        }
        let mark = tokens[markAt]
        if mark.text == ".", markAt > 0, !mark.followsSpace, tokens[markAt - 1].kind == .word,
            Abbreviations.isAbbreviation(
                tokens[markAt - 1].text, language: language, beforeNumber: next.kind == .number)
        {
            return false
        }
        return true
    }

    /// Whether a blank line separates token `index` from the one before it.
    private static func startsParagraph(_ index: Int, _ tokens: [Token], _ text: NormalizedText) -> Bool {
        guard index > 0, tokens[index].followsLineBreak else { return false }
        var lineBreaks = 0
        var position = tokens[index - 1].normalizedRange.upperBound
        let end = tokens[index].normalizedRange.lowerBound
        while position < end {
            let scalar = text.scalars[position]
            let isCRBeforeLF = scalar == "\r" && position + 1 < end && text.scalars[position + 1] == "\n"
            if scalar.isLineBreak, !isCRBeforeLF { lineBreaks += 1 }
            if lineBreaks >= 2 { return true }
            position += 1
        }
        return false
    }
}
