/// Blanks the parts of a Markdown draft that are not prose, so extractors never read them.
///
/// Front matter, fenced code, HTML comments, code spans, link targets, reference definitions,
/// autolinks, HTML tags and bare URLs are replaced by spaces. Line breaks stay, so offsets,
/// lines and paragraphs do not move. Each pass is one left-to-right scan; the passes run from
/// the widest construct to the narrowest, and each skips what earlier ones blanked.
enum MarkdownMask {
    /// Blanks the non-prose parts of `scalars` in place.
    static func mask(_ scalars: inout [Unicode.Scalar]) {
        let lines = lineRanges(scalars)
        let bodyStart = maskFrontMatter(&scalars, lines: lines)
        maskFencedCode(&scalars, lines: lines[bodyStart...])
        maskHTMLComments(&scalars)
        maskCodeSpans(&scalars)
        for line in lines[bodyStart...] { maskLinksAndTags(&scalars, line: line) }
        maskURLs(&scalars)
    }

    /// Replaces every scalar of `range` except line breaks with a space.
    static func blank(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        for index in range where !scalars[index].isLineBreak {
            scalars[index] = " "
        }
    }

    /// The ranges of the lines (without their line breaks), in order.
    private static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\n" || scalars[index] == "\r" {
                ranges.append(start..<index)
                if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        ranges.append(start..<scalars.count)
        return ranges
    }

    /// Blanks YAML front matter: a first line `---`, up to the next line `---` or `...`.
    /// - Returns: the index of the first line after the front matter (0 when there is none).
    private static func maskFrontMatter(_ scalars: inout [Unicode.Scalar], lines: [Range<Int>]) -> Int {
        var first = lines[0]
        if first.lowerBound < first.upperBound, scalars[first.lowerBound] == "\u{FEFF}" {
            first = first.dropFirst()
        }
        guard isLine(scalars[first], made: "-", count: 3) else { return 0 }
        for (number, line) in lines.enumerated().dropFirst()
        where isLine(scalars[line], made: "-", count: 3) || isLine(scalars[line], made: ".", count: 3) {
            blank(&scalars, 0..<line.upperBound)
            return number + 1
        }
        return 0
    }

    /// Whether a line is exactly `count` times `mark`, with trailing white space allowed.
    private static func isLine(_ line: ArraySlice<Unicode.Scalar>, made mark: Unicode.Scalar, count: Int) -> Bool {
        let content = line.prefix { !$0.isSpace }
        guard content.count == count, content.allSatisfy({ $0 == mark }) else { return false }
        return line.dropFirst(count).allSatisfy(\.isSpace)
    }

    /// Blanks fenced code blocks (``` or ~~~, indented at most three spaces), fences included.
    /// An unclosed fence runs to the end of the text, as in CommonMark.
    private static func maskFencedCode(_ scalars: inout [Unicode.Scalar], lines: ArraySlice<Range<Int>>) {
        var open: (mark: Unicode.Scalar, length: Int, start: Int)?
        for line in lines {
            guard let fence = fence(in: scalars[line]) else { continue }
            if let current = open {
                let closes =
                    fence.mark == current.mark && fence.length >= current.length
                    && scalars[line].dropFirst(fence.indent + fence.length).allSatisfy(\.isSpace)
                if closes {
                    blank(&scalars, current.start..<line.upperBound)
                    open = nil
                }
            } else {
                let info = scalars[line].dropFirst(fence.indent + fence.length)
                if fence.mark == "~" || !info.contains("`") {
                    open = (fence.mark, fence.length, line.lowerBound)
                }
            }
        }
        if let current = open { blank(&scalars, current.start..<scalars.count) }
    }

    /// The fence that starts a line, if any: its mark, run length and indentation.
    private static func fence(in line: ArraySlice<Unicode.Scalar>) -> (mark: Unicode.Scalar, length: Int, indent: Int)?
    {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3, let mark = line.dropFirst(indent).first, mark == "`" || mark == "~" else {
            return nil
        }
        let length = line.dropFirst(indent).prefix { $0 == mark }.count
        return length >= 3 ? (mark, length, indent) : nil
    }

    /// Blanks `<!-- … -->`, across lines; an unclosed comment runs to the end of the text.
    private static func maskHTMLComments(_ scalars: inout [Unicode.Scalar]) {
        var index = 0
        while index + 3 < scalars.count {
            guard scalars[index] == "<", scalars[index + 1] == "!", scalars[index + 2] == "-",
                scalars[index + 3] == "-"
            else {
                index += 1
                continue
            }
            var end = index + 4
            while end + 2 < scalars.count,
                !(scalars[end] == "-" && scalars[end + 1] == "-" && scalars[end + 2] == ">")
            {
                end += 1
            }
            end = end + 2 < scalars.count ? end + 3 : scalars.count
            blank(&scalars, index..<end)
            index = end
        }
    }
}
