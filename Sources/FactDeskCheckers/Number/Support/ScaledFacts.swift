import FactDeskKit
import Foundation

/// Reference facts with their units read as the extractor reads amounts: a fact of 86.2
/// "milliards d'euros" is 86 200 000 000 `EUR`, one of 22.1 "billion USD" is 22 100 000 000
/// `USD`, so that "82,6 milliards d'euros" and "$21.2 billion" compare with them; "ans",
/// "years" are the unit of ``DurationCounts``. A scale word that opens a unit of other words
/// applies too ("million US gallons": 4 is 4 000 000, the gallons being the property's terms);
/// a unit with other words and no scale ("euros par action") is left as written. The facts of a ``YearsSince`` property are the years elapsed since their start.
struct ScaledFacts: NumericFacts {
    let base: any NumericFacts
    /// The publication date, from which years since a start are counted.
    let published: CalendarDate?

    /// Scale words, folded.
    static let scales: [String: Decimal] = [
        "billion": 1_000_000_000, "billions": 1_000_000_000, "bn": 1_000_000_000, "milliard": 1_000_000_000,
        "milliards": 1_000_000_000, "md": 1_000_000_000, "million": 1_000_000, "millions": 1_000_000,
        "m": 1_000_000, "thousand": 1_000, "mille": 1_000, "milliers": 1_000,
    ]
    /// Currency words and codes, folded.
    static let currencies: [String: String] = [
        "eur": "EUR", "euro": "EUR", "euros": "EUR", "€": "EUR", "usd": "USD", "dollar": "USD", "dollars": "USD",
        "$": "USD", "gbp": "GBP", "£": "GBP", "chf": "CHF", "jpy": "JPY", "yen": "JPY",
    ]

    func propertyTerms(in language: Language) -> [PropertyTerm] { base.propertyTerms(in: language) }

    func numericFacts(_ property: String, of subjectID: String) -> [NumericFact] {
        let facts = base.numericFacts(property, of: subjectID)
        return YearsSince.isYearsSince(property) ? YearsSince.elapsed(facts, published: published) : facts.map(Self.scaled)
    }

    /// The fact with a scale and a currency in its unit applied to its value.
    static func scaled(_ fact: NumericFact) -> NumericFact {
        guard let unit = fact.unit else { return fact }
        if DurationCounts.unitWords.contains(Fold.word(unit)) {
            var years = fact
            years.unit = DurationCounts.unit
            return years
        }
        var scale: Decimal = 1
        var currency: String?
        let words = unit.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" })
        for word in words {
            let folded = Fold.word(String(word))
            if let factor = scales[folded], scale == 1 {
                scale = factor
            } else if let code = currencies[folded], currency == nil {
                currency = code
            } else if folded != "d" && folded != "de" && folded != "of" {
                return Self.leadingScaleApplied(to: fact, words: words)
            }
        }
        guard scale != 1 || currency != nil else { return fact }
        var scaled = fact
        scaled.value = fact.value * scale
        scaled.unit = currency
        return scaled
    }

    /// The fact with the scale word that opens its unit applied ("4 million US gallons" is 4 000
    /// 000), its other words left to the property's terms, which find the claims; the fact as it is
    /// when no scale opens its unit.
    private static func leadingScaleApplied(to fact: NumericFact, words: [Substring]) -> NumericFact {
        guard let first = words.first, let factor = scales[Fold.word(String(first))], words.count > 1 else { return fact }
        var scaled = fact
        scaled.value = fact.value * factor
        scaled.unit = nil
        return scaled
    }
}
