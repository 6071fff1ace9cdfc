import FactDeskKit
import Foundation

/// A sum written out: « 8 + 8 + 8 = 26 concurrents », "12 + 9 = 22 seats". The total after
/// "=" must be the sum of the plain counts joined by "+" before it.
struct ArithmeticSums {
    let check: NumberCheck

    /// The written sums whose total is not the sum of their terms, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        let numbers = check.numbers
        let tokens = check.document.tokens
        var found: [BreakdownSums.Mismatch] = []
        var index = 0
        while index < numbers.count {
            defer { index += 1 }
            // The terms: plain counts each followed by "+" and the next one.
            var terms: [Decimal] = []
            var last = index
            while last < numbers.count, let value = plainCount(numbers[last]) {
                terms.append(value)
                let end = check.document.tokenRange(of: numbers[last].span).upperBound
                guard last + 1 < numbers.count, end < tokens.count,
                    check.document.tokenRange(of: numbers[last + 1].span).lowerBound == end + 1
                else { break }
                if tokens[end].text == "+" {
                    last += 1
                    continue
                }
                if tokens[end].text == "=", terms.count >= 2, let total = BreakdownSums.plainValue(
                    numbers[last + 1], language: check.document.language)
                {
                    if !total.contains(terms.reduce(0, +)) {
                        found.append(
                            BreakdownSums.Mismatch(
                                span: numbers[index].span.union(numbers[last + 1].span), whole: numbers[last + 1],
                                parts: terms))
                    }
                    last += 1
                }
                break
            }
            index = max(index, last)
        }
        return found
    }

    private func plainCount(_ mention: Mention) -> Decimal? {
        guard case .number(let value) = mention.value, mention.unit == nil, mention.bound == nil else { return nil }
        return value
    }
}
