/// Splits a normalised text into words, numbers, punctuation and symbols.
///
/// One left-to-right pass over the scalars; each token's text is built once, straight from its
/// scalars. White space is not a token, but each token records whether white space or a line
/// break came before it.
enum Tokenizer {
    /// The tokens of a text, in order.
    static func tokenize(_ text: NormalizedText) -> [Token] {
        var scanner = TokenScanner(text: text)
        scanner.scanAll()
        return scanner.tokens
    }
}

/// The state of one tokenisation pass.
private struct TokenScanner {
    let text: NormalizedText
    let scalars: [Unicode.Scalar]
    var tokens: [Token] = []
    var followsSpace = true
    var followsLineBreak = false

    init(text: NormalizedText) {
        self.text = text
        self.scalars = text.scalars
    }

    mutating func scanAll() {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isWordScalar {
                index = scanWord(from: index)
            } else if scalar.isLineBreak {
                followsSpace = true
                followsLineBreak = true
                index += 1
            } else if scalar.isSpace || scalar.isInvisible {
                followsSpace = true
                index += 1
            } else if scalar.isPunctuation {
                emit(.punctuation, index..<index + 1)
                index += 1
            } else {
                index = scanSymbol(from: index)
            }
        }
    }

    /// Scans a word or a number starting at `start`; returns where the next token may start.
    ///
    /// A run of word scalars with at least one letter (or a non-ASCII digit) is a word; a run of
    /// ASCII digits alone is a number. A word goes on across a hyphen followed by a letter
    /// ("Al-Raisi") and across an apostrophe between letters ("aujourd’hui"), except after a
    /// French elision, which ends the word just after its apostrophe ("l’", "qu’").
    mutating func scanWord(from start: Int) -> Int {
        var end = start
        var isNumber = true
        while true {
            while end < scalars.count, scalars[end].isWordScalar {
                if !scalars[end].isASCIIDigit { isNumber = false }
                end += 1
            }
            guard end + 1 < scalars.count, !isNumber, scalars[end + 1].isLetter else { break }
            let joiner = scalars[end]
            if joiner.isWordHyphen {
                end += 1
            } else if joiner.isApostrophe, scalars[end - 1].isWordScalar {
                if Elision.endsElision(scalars[start..<end], before: scalars[end + 1]) {
                    emit(.word, start..<end + 1)
                    return end + 1
                }
                end += 1
            } else {
                break
            }
        }
        emit(isNumber ? .number : .word, start..<end)
        return end
    }

    /// Scans a symbol with the scalars that decorate it (variation selectors, skin tones,
    /// zero-width-joined emoji, the second half of a flag).
    mutating func scanSymbol(from start: Int) -> Int {
        var end = start + 1
        if isRegionalIndicator(scalars[start]), end < scalars.count, isRegionalIndicator(scalars[end]) {
            end += 1
        }
        while end < scalars.count, scalars[end].isExtender {
            let joinsNext = scalars[end] == "\u{200D}"
            end += 1
            if joinsNext, end < scalars.count, !scalars[end].isSpace { end += 1 }
        }
        emit(.symbol, start..<end)
        return end
    }

    private func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    mutating func emit(_ kind: Token.Kind, _ range: Range<Int>) {
        tokens.append(
            Token(
                kind: kind, text: String(scalars[range]), span: text.originalSpan(range),
                normalizedRange: range, followsSpace: followsSpace, followsLineBreak: followsLineBreak))
        followsSpace = false
        followsLineBreak = false
    }
}
