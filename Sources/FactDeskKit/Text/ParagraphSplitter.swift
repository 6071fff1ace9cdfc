/// Splits a text into paragraphs: runs of lines separated by one or more blank lines.
enum ParagraphSplitter {
    /// The paragraphs, trimmed of surrounding white space, in offsets of the text as read.
    ///
    /// A line holding only white space is blank; masked-out regions (front matter, code) are all
    /// spaces, so they make no paragraph.
    static func split(_ text: NormalizedText) -> [Span] {
        let scalars = text.scalars
        var paragraphs: [Span] = []
        var paragraphStart: Int?  // first non-space scalar of the current paragraph
        var paragraphEnd = 0  // one past its last non-space scalar
        var lineIsBlank = true
        var index = 0
        while index <= scalars.count {
            let atEnd = index == scalars.count
            let scalar: Unicode.Scalar = atEnd ? "\n" : scalars[index]
            if scalar.isLineBreak {
                let isSecondHalfOfCRLF = scalar == "\n" && index > 0 && !atEnd && scalars[index - 1] == "\r"
                if (lineIsBlank && !isSecondHalfOfCRLF) || atEnd, let start = paragraphStart {
                    paragraphs.append(text.originalSpan(start..<paragraphEnd))
                    paragraphStart = nil
                }
                if !isSecondHalfOfCRLF { lineIsBlank = true }
            } else if !scalar.isSpace && !scalar.isInvisible {
                if paragraphStart == nil { paragraphStart = index }
                paragraphEnd = index + 1
                lineIsBlank = false
            }
            index += 1
        }
        return paragraphs
    }
}
