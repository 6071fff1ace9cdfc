import FactDeskKit
import Foundation

/// The text a pack's rules read: the document's NFC view with non-prose blanked, folded for
/// case, diacritics, spaces and apostrophes where literal rules compare words, and mapped back
/// to spans of the text as read.
struct PackText {
    let document: Document
    /// The NFC scalars (front matter, code and URLs blanked).
    let scalars: [Unicode.Scalar]
    /// One folded scalar per scalar: lowercase, without diacritics, every space a plain space,
    /// every apostrophe `'`.
    let folded: [Unicode.Scalar]

    init(_ document: Document) {
        self.document = document
        self.scalars = document.normalized.scalars
        self.folded = scalars.map(Self.fold)
    }

    /// The NFC text as a string, for regular expressions.
    var string: String { String(String.UnicodeScalarView(scalars)) }

    /// The span of the text as read for a range of NFC scalars.
    func span(_ range: Range<Int>) -> Span { document.normalized.originalSpan(range) }

    /// The NFC text of a range.
    func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }

    /// Where a phrase is written as whole words, in any case and with or without diacritics.
    func occurrences(of phrase: String) -> [Range<Int>] {
        let key = phrase.precomposedStringWithCanonicalMapping.unicodeScalars.map(Self.fold)
        guard let first = key.first, key.count <= folded.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + key.count <= folded.count {
            if folded[start] == first, folded[start..<start + key.count].elementsEqual(key),
                !isWordScalar(start - 1), !isWordScalar(start + key.count)
            {
                found.append(start..<start + key.count)
                start += key.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether two spellings are the same once spaces and apostrophes are made plain: the
    /// comparison of `required-spelling`, where case and accents count.
    static func sameSpelling(_ first: String, _ second: String) -> Bool {
        first.precomposedStringWithCanonicalMapping.unicodeScalars.map(plain)
            == second.precomposedStringWithCanonicalMapping.unicodeScalars.map(plain)
    }

    private func isWordScalar(_ index: Int) -> Bool {
        guard index >= 0, index < scalars.count else { return false }
        let properties = scalars[index].properties
        return properties.isAlphabetic || properties.numericType != nil
    }

    private static func plain(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.properties.isWhitespace { return " " }
        if scalar == "\u{2019}" || scalar == "\u{02BC}" { return "'" }
        return scalar
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return scalar.properties.isUppercase ? Unicode.Scalar(scalar.value | 0x20)! : plain(scalar)
        }
        let plain = plain(scalar)
        guard plain == scalar else { return plain }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
        return base.properties.lowercaseMapping.unicodeScalars.first ?? base
    }
}
