extension MarkdownMask {
    /// How bare URLs start, lowercase; matched without regard to case, at the start of a word.
    private static let urlPrefixes: [[Unicode.Scalar]] = ["https://", "http://", "www.", "mailto:"]
        .map { Array($0.unicodeScalars) }

    /// Blanks bare URLs (`https://…`, `http://…`, `www.…`, `mailto:…`). A URL ends at white
    /// space, a quote or an angle bracket; trailing punctuation and an unbalanced `)` are left
    /// to the sentence, as GitHub Flavored Markdown does.
    static func maskURLs(_ scalars: inout [Unicode.Scalar]) {
        var index = 0
        while index < scalars.count {
            guard index == 0 || !scalars[index - 1].isWordScalar,
                let prefixLength = urlPrefixLength(scalars, at: index)
            else {
                index += 1
                continue
            }
            let end = urlEnd(scalars, bodyStart: index + prefixLength)
            if end > index + prefixLength { blank(&scalars, index..<end) }
            index = max(end, index + 1)
        }
    }

    /// The length of the URL prefix at `index`, when one starts there and a word scalar follows.
    private static func urlPrefixLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        let first = scalars[index].value | 0x20
        guard first == 0x68 || first == 0x77 || first == 0x6D else { return nil }  // h, w, m
        prefixes: for prefix in urlPrefixes {
            let bodyStart = index + prefix.count
            guard bodyStart < scalars.count, scalars[bodyStart].isWordScalar else { continue }
            for (offset, expected) in prefix.enumerated() {
                let scalar = scalars[index + offset]
                let folded = scalar.isASCIILetter ? scalar.value | 0x20 : scalar.value
                if folded != expected.value { continue prefixes }
            }
            return prefix.count
        }
        return nil
    }

    /// Where the URL whose body starts at `bodyStart` ends, trailing punctuation excluded.
    private static func urlEnd(_ scalars: [Unicode.Scalar], bodyStart: Int) -> Int {
        var end = bodyStart
        var unbalancedClosings = 0
        var openings = 0
        while end < scalars.count, !scalars[end].isSpace, !endsURL(scalars[end]) {
            if scalars[end] == "(" { openings += 1 }
            if scalars[end] == ")" {
                if openings > 0 { openings -= 1 } else { unbalancedClosings += 1 }
            }
            end += 1
        }
        while end > bodyStart {
            let last = scalars[end - 1]
            if last == ")", unbalancedClosings > 0 {
                unbalancedClosings -= 1
            } else if !isTrailingPunctuation(last) {
                break
            }
            end -= 1
        }
        return end
    }

    private static func endsURL(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "<", ">", "\"", "`", "«", "»", "“", "”": true
        default: false
        }
    }

    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", "'", "’", "*", "_", "]", "}", "…": true
        default: false
        }
    }
}
