import FactDeskKit

/// Finds durations in days, weeks, months and years, in French and English.
///
/// Reads an amount in digits or words followed by a unit ("quatre jours durant", "pendant
/// trois jours", "3 semaines", "cinq prochaines années", "for five days") and English
/// compounds ("a four-day meeting", "a 4-day meeting"). "un", "une", "a", "an" and "one"
/// count as an amount only after a preposition of time ("pendant un an", "for a year"), since
/// "un jour" and "one day" mostly mean "some day". The mention covers the amount and the unit.
public struct DurationExtractor: Extractor {
    /// Creates the extractor.
    public init() {}

    /// `duration`.
    public var kinds: Set<Mention.Kind> { [.duration] }

    /// The durations of a document, in text order.
    public func extract(from document: Document) -> [Mention] {
        let tokens = document.tokens
        return DurationScanner(document: document, keys: WordKeys(tokens)).matches().map { match in
            let span = tokens[match.tokens.lowerBound].span.union(tokens[match.tokens.upperBound - 1].span)
            return Mention(
                kind: .duration, text: document.text(in: span), span: span,
                value: .duration(amount: match.amount, unit: match.unit))
        }
    }
}
