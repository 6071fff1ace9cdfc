import FactDeskKit

/// Finds numbers, ordinals and percentages in French and English drafts.
///
/// Numbers: "196", "1 234,5" (grouped by a space, U+00A0 or U+202F in French), "1.234,5",
/// "1,234.5" (English), signs ("-5"), "1,5 milliard", "2 millions d’euros", "$3.2bn",
/// "3,2 Md€", numbers in words ("cent quatre-vingt-seize", "ninety-three", "two dozen") and
/// approximate counts ("une centaine de"). Ranges: "entre 150 et 200", "150–200", "between 3
/// and 4 billion". A bound written before a number ("plus de", "environ", "about", "up to") is
/// kept with its mention, as is the currency written with an amount.
/// Ordinals: "93e", "93ème", "93è", "1er", "1re", "93rd", "10th", "dixième", "ninety-third",
/// and Roman numerals with a suffix ("XXIe siècle"; "Louis XIV" is a name).
/// Percentages: "12,5 %", "12.5%", "douze pour cent". Values are exact decimals.
///
/// Digits that belong to a date ("24 novembre 2025", "en 2015") or a duration ("3 jours")
/// are left to those mentions, as are clock times ("10:30"). Single words that are mostly
/// articles or idioms ("un", "one", "premier", "first", "second") are not numbers.
public struct NumberExtractor: Extractor {
    /// Creates the extractor.
    public init() {}

    /// `number`, `number-range`, `ordinal` and `percent`.
    public var kinds: Set<Mention.Kind> { [.number, .numberRange, .ordinal, .percent] }

    /// The numbers, ordinals and percentages of a document, in text order.
    public func extract(from document: Document) -> [Mention] {
        let tokens = document.tokens
        let keys = WordKeys(tokens)
        var claimed = [Bool](repeating: false, count: tokens.count)
        for match in DateScanner(
            tokens: tokens, keys: keys, language: document.language, published: document.published
        ).matches() {
            for index in match.tokens { claimed[index] = true }
        }
        for match in DurationScanner(document: document, keys: keys).matches() {
            for index in match.tokens { claimed[index] = true }
        }
        return extract(from: document, keys: keys, claimed: claimed)
    }

    /// The numbers, ordinals and percentages of a document, leaving alone the words of the
    /// dates and durations the earlier extractors found, when they looked for them; otherwise
    /// as ``extract(from:)``, which finds those itself.
    public func extract(from document: Document, after earlier: [Mention], ofKinds kinds: Set<Mention.Kind>)
        -> [Mention]
    {
        guard Self.claimingKinds.isSubset(of: kinds) else { return extract(from: document) }
        let tokens = document.tokens
        var claimed = [Bool](repeating: false, count: tokens.count)
        for mention in earlier where Self.claimingKinds.contains(mention.kind) {
            var index = Self.firstToken(from: mention.span.start, in: tokens)
            while index < tokens.count, tokens[index].span.start < mention.span.end {
                claimed[index] = true
                index += 1
            }
        }
        return extract(from: document, keys: WordKeys(tokens), claimed: claimed)
    }

    /// The kinds whose words numbers leave alone: those of ``DateExtractor`` but anniversaries
    /// ("10e anniversaire" is an ordinal too), and durations.
    static let claimingKinds: Set<Mention.Kind> = [.date, .dateRange, .weekday, .relativeDate, .duration]

    private func extract(from document: Document, keys: WordKeys, claimed: [Bool]) -> [Mention] {
        let digits = DigitNumberReader(tokens: document.tokens, text: document.normalized, language: document.language)
        let scanner = NumberScanner(tokens: document.tokens, keys: keys, digits: digits, claimed: claimed)
        return scanner.matches().map { mention(for: $0, in: document) }
    }

    /// The index of the first token starting at or after `offset`.
    private static func firstToken(from offset: Int, in tokens: [Token]) -> Int {
        tokens.partitionPoint { $0.span.start >= offset }
    }

    /// The mention of a match: its words, its kind, its bound and its currency.
    private func mention(for match: NumberMatch, in document: Document) -> Mention {
        let tokens = document.tokens
        func span(_ range: Range<Int>) -> Span {
            tokens[range.lowerBound].span.union(tokens[range.upperBound - 1].span)
        }
        let (kind, value): (Mention.Kind, Mention.Value) =
            switch match.value {
            case .number(let number): (.number, .number(number))
            case .percent(let number): (.percent, .percent(number))
            case .ordinal(let ordinal): (.ordinal, .ordinal(ordinal))
            case .range(let low, let high): (.numberRange, .numberRange(low: low, high: high))
            }
        let whole = span(match.tokens)
        return Mention(
            kind: kind, text: document.text(in: whole), span: whole, value: value,
            bound: match.bound.map { NumberBound($0.relation, span: span($0.tokens)) }, unit: match.unit)
    }
}
