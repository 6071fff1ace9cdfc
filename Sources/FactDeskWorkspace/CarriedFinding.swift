import FactDeskKit

/// Places a previous finding that was not re-checked (its checker failed) in the text of the
/// new revision.
///
/// The finding is carried over unchanged when its quoted words still stand at its span, as
/// they do when the text did not change. When the text changed around them, it moves with its
/// words to the place nearest its old one, as ``FindingMatcher`` follows findings by their
/// words; when the words are gone from the text, nothing is left to carry.
enum CarriedFinding {
    /// The finding as the revision holds it, or `nil` when its words are no longer in `text`.
    /// - Parameter text: the draft's text as checked (a leading byte order mark is not counted).
    static func place(_ finding: Finding, in text: String) -> Finding? {
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let scalars = Array(body.unicodeScalars)
        let words = Array(finding.quote.exact.unicodeScalars)
        if finding.span.end <= scalars.count, Array(scalars[finding.span.start..<finding.span.end]) == words {
            return finding
        }
        guard !words.isEmpty, let start = nearestOccurrence(of: words, in: scalars, near: finding.span.start) else {
            return nil
        }
        let document = Document(path: "", text: body)
        var moved = finding
        moved.span = Span(start: start, end: start + words.count)
        moved.location = document.location(of: start)
        moved.quote = document.quote(moved.span)
        return moved
    }

    /// The start of the occurrence of `words` closest to `offset`.
    private static func nearestOccurrence(of words: [Unicode.Scalar], in scalars: [Unicode.Scalar], near offset: Int)
        -> Int?
    {
        guard words.count <= scalars.count else { return nil }
        var best: Int?
        for start in 0...(scalars.count - words.count) where scalars[start] == words[0] {
            guard scalars[start..<(start + words.count)].elementsEqual(words) else { continue }
            if best.map({ abs($0 - offset) > abs(start - offset) }) ?? true { best = start }
        }
        return best
    }
}
