import Foundation

/// The NFC view of a document that extractors read, with non-prose parts blanked by spaces.
///
/// Normalisation may merge scalars ("e" + U+0301 → "é"), so offsets in this view differ from
/// offsets in the text as read; ``originalSpan(_:)`` maps back. Blanking keeps lengths, so
/// masking never moves an offset.
public struct NormalizedText: Sendable {
    /// The NFC scalars, with front matter, code, URLs and link targets replaced by spaces
    /// (line breaks kept).
    public let scalars: [Unicode.Scalar]
    /// For each normalised offset (and one past the end), the offset in the text as read;
    /// `nil` when the text was already NFC and offsets are the same.
    private let originalOffsets: [Int]?

    /// Normalises and masks a text given as scalars.
    init(_ original: [Unicode.Scalar]) {
        var (scalars, offsets) = NormalizedText.nfc(original)
        MarkdownMask.mask(&scalars)
        self.scalars = scalars
        self.originalOffsets = offsets
    }

    /// Maps a range of normalised offsets to a span of the text as read.
    public func originalSpan(_ range: Range<Int>) -> Span {
        guard let originalOffsets else { return Span(start: range.lowerBound, end: range.upperBound) }
        return Span(start: originalOffsets[range.lowerBound], end: originalOffsets[range.upperBound])
    }

    /// The normalised text of a range, as a string.
    public func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// NFC of the scalars, with the offset map when normalisation changed anything.
    ///
    /// Each grapheme cluster is normalised on its own (canonical equivalence never crosses a
    /// cluster boundary), so every normalised scalar maps to the start of its cluster.
    private static func nfc(_ original: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]?) {
        if isCertainlyNFC(original) { return (original, nil) }
        let text = String(String.UnicodeScalarView(original))
        let whole = text.precomposedStringWithCanonicalMapping
        if whole.unicodeScalars.elementsEqual(original) { return (original, nil) }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(original.count)
        offsets.reserveCapacity(original.count + 1)
        var position = 0
        for character in text {
            let originalCount = character.unicodeScalars.count
            let isASCII = originalCount == 1 && character.unicodeScalars.first!.isASCII
            let normalizedScalars =
                isASCII ? Array(character.unicodeScalars)
                : Array(String(character).precomposedStringWithCanonicalMapping.unicodeScalars)
            if normalizedScalars.count == originalCount {
                for index in 0..<originalCount { offsets.append(position + index) }
            } else {
                offsets.append(contentsOf: repeatElement(position, count: normalizedScalars.count))
            }
            scalars.append(contentsOf: normalizedScalars)
            position += originalCount
        }
        offsets.append(position)
        return (scalars, offsets)
    }
}
