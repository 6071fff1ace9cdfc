import FactDeskKit

extension Token {
    /// The scalar of a punctuation mark or symbol made of one scalar ("%", "€", "–"), else `nil`:
    /// marks compared this way cost no string comparison on the hot paths of the scanners.
    var mark: Unicode.Scalar? {
        guard kind == .punctuation || kind == .symbol else { return nil }
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }
}
