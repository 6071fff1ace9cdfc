import FactDeskKit

/// Lengths in years read as counts, so that a property counted in years meets them: « mandat de
/// quatre ans » states 4 for a term of office given as 4 "ans" in the reference data. The count is
/// the duration's number words, without its unit word, with the unit `year`.
enum DurationCounts {
    /// The unit the counts carry, and reference units that mean it.
    static let unit = "year"
    static let unitWords: Set<String> = ["an", "ans", "annee", "annees", "year", "years"]

    /// The counts of the durations in years among `mentions`, in text order.
    static func counts(in mentions: [Mention], document: Document) -> [Mention] {
        mentions.compactMap { mention in
            guard case .duration(let amount, .year) = mention.value else { return nil }
            let tokens = document.tokenRange(of: mention.span)
            guard tokens.count >= 2, document.tokens[tokens.upperBound - 1].kind == .word,
                unitWords.contains(Fold.word(document.tokens[tokens.upperBound - 1].text))
            else { return nil }
            let span = document.span(ofTokens: tokens.lowerBound..<tokens.upperBound - 1)
            return Mention(kind: .number, text: document.text(in: span), span: span, value: .number(amount), unit: unit)
        }
    }
}
