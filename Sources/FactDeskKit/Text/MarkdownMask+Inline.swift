extension MarkdownMask {
    /// Blanks code spans: a run of backticks up to the next run of the same length in the same
    /// paragraph, as in CommonMark. A run with no partner stays as it is.
    static func maskCodeSpans(_ scalars: inout [Unicode.Scalar]) {
        let runs = backtickRuns(scalars)
        var runsByLength: [Int: [Int]] = [:]
        for (index, run) in runs.enumerated() { runsByLength[run.length, default: []].append(index) }
        // For each length, how far the search for a closing run has got; it only moves forward.
        var cursors: [Int: Int] = [:]
        var index = 0
        while index < runs.count {
            let opening = runs[index]
            let candidates = runsByLength[opening.length]!
            var cursor = cursors[opening.length] ?? 0
            while cursor < candidates.count, candidates[cursor] <= index { cursor += 1 }
            cursors[opening.length] = cursor
            if cursor < candidates.count, runs[candidates[cursor]].paragraph == opening.paragraph {
                let closing = runs[candidates[cursor]]
                blank(&scalars, opening.start..<closing.start + closing.length)
                index = candidates[cursor] + 1
            } else {
                index += 1
            }
        }
    }

    /// A run of backticks and the paragraph (counted by blank lines) it stands in.
    private struct BacktickRun {
        var start: Int
        var length: Int
        var paragraph: Int
    }

    private static func backtickRuns(_ scalars: [Unicode.Scalar]) -> [BacktickRun] {
        var runs: [BacktickRun] = []
        var paragraph = 0
        var lineIsBlank = true
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "`" {
                let start = index
                while index < scalars.count, scalars[index] == "`" { index += 1 }
                runs.append(BacktickRun(start: start, length: index - start, paragraph: paragraph))
                lineIsBlank = false
                continue
            }
            let isSecondHalfOfCRLF = scalar == "\n" && index > 0 && scalars[index - 1] == "\r"
            if scalar.isLineBreak, !isSecondHalfOfCRLF {
                if lineIsBlank { paragraph += 1 }
                lineIsBlank = true
            } else if !scalar.isSpace {
                lineIsBlank = false
            }
            index += 1
        }
        return runs
    }

    /// Blanks, in one line: a reference definition (`[id]: url`) entirely; link markup and
    /// targets (`[text](target)`, `[text][id]`), keeping the link text; images (`![alt](src)`)
    /// entirely; autolinks and HTML tags (`<https://…>`, `<br/>`, `</em>`).
    static func maskLinksAndTags(_ scalars: inout [Unicode.Scalar], line: Range<Int>) {
        if isReferenceDefinition(scalars[line]) {
            blank(&scalars, line)
            return
        }
        maskLinks(&scalars, line: line)
        maskTags(&scalars, line: line)
    }

    /// `[id]: …` indented at most three spaces; footnotes (`[^1]: …`) are prose and do not count.
    private static func isReferenceDefinition(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        guard indent <= 3, rest.first == "[", let close = rest.firstIndex(of: "]") else { return false }
        let label = rest[rest.startIndex + 1..<close]
        guard !label.isEmpty, label.first != "^" else { return false }
        let afterLabel = rest[close...].dropFirst()
        return afterLabel.first == ":" && afterLabel.dropFirst().contains { !$0.isSpace }
    }

    private static func maskLinks(_ scalars: inout [Unicode.Scalar], line: Range<Int>) {
        let closingParens = matchingParentheses(scalars[line])
        var openBrackets: [Int] = []
        var index = line.lowerBound
        while index < line.upperBound {
            defer { index += 1 }
            switch scalars[index] {
            case "[":
                openBrackets.append(index)
            case "]":
                guard let opening = openBrackets.popLast(), index + 1 < line.upperBound else { continue }
                let next = index + 1
                var targetEnd: Int?
                if scalars[next] == "(" {
                    targetEnd = closingParens[next].map { $0 + 1 }
                } else if scalars[next] == "[" {
                    targetEnd = scalars[next + 1..<line.upperBound].firstIndex { $0 == "]" || $0 == "[" }
                        .flatMap { scalars[$0] == "]" ? $0 + 1 : nil }
                }
                guard let end = targetEnd else { continue }
                if opening > line.lowerBound, scalars[opening - 1] == "!" {
                    blank(&scalars, opening - 1..<end)
                } else {
                    blank(&scalars, opening..<opening + 1)
                    blank(&scalars, index..<end)
                }
                index = end - 1
            default:
                break
            }
        }
    }

    /// For each `(` of a line that has a partner, the offset of its `)`.
    private static func matchingParentheses(_ line: ArraySlice<Unicode.Scalar>) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var open: [Int] = []
        for index in line.indices {
            if line[index] == "(" {
                open.append(index)
            } else if line[index] == ")", let opening = open.popLast() {
                pairs[opening] = index
            }
        }
        return pairs
    }

    /// Blanks `<` + letter (or `/` + letter) up to the next `>` on the line, unless another `<`
    /// comes first: HTML tags and autolinks.
    private static func maskTags(_ scalars: inout [Unicode.Scalar], line: Range<Int>) {
        var index = line.lowerBound
        while index + 1 < line.upperBound {
            guard scalars[index] == "<" else {
                index += 1
                continue
            }
            let first =
                scalars[index + 1] == "/" && index + 2 < line.upperBound ? scalars[index + 2] : scalars[index + 1]
            guard first.isASCIILetter else {
                index += 1
                continue
            }
            var end = index + 1
            while end < line.upperBound, scalars[end] != ">", scalars[end] != "<" { end += 1 }
            if end < line.upperBound, scalars[end] == ">" {
                blank(&scalars, index..<end + 1)
                index = end + 1
            } else {
                index = end
            }
        }
    }
}
