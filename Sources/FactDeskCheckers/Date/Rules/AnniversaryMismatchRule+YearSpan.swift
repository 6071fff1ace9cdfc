import FactDeskKit

extension AnniversaryMismatchRule {
    /// How many tokens after the anniversary its span of years may open.
    static let yearSpanReach = 12

    /// « le 51e anniversaire de l’indépendance (1962-2012) »: an Nth anniversary followed, in its
    /// sentence, by a span of two years in parentheses counts the years between them.
    func yearSpanFindings(in check: DateCheck) -> [Finding] {
        check.anniversaries.compactMap { anniversary in
            guard case .anniversary(let ordinal) = anniversary.value,
                let span = Self.yearSpan(after: anniversary, check: check), span.last - span.first != ordinal
            else { return nil }
            let expected = span.last - span.first
            guard expected >= 1 else { return nil }
            let whole = anniversary.span.union(span.closing)
            let quote = check.document.text(in: whole)
            return check.finding(
                descriptor, at: whole,
                message: check.wording.anniversaryMismatch(
                    quoted: quote, founded: span.first, year: span.last, expected: expected),
                suggestions: [Self.corrected(quote, anniversary: anniversary.text, expected: expected, check.wording)],
                evidence: [Evidence(statement: "the text gives the years \(span.first) to \(span.last)")])
        }
    }

    /// The span of two bare years in parentheses that follows the anniversary in its sentence,
    /// with its closing parenthesis.
    private static func yearSpan(after anniversary: Mention, check: DateCheck) -> (
        first: Int, last: Int, closing: Span
    )? {
        let sentence = check.sentence(of: anniversary)
        let end = check.document.tokenRange(of: anniversary.span).upperBound
        for mention in check.mentions(check.ranges, in: sentence.span) where mention.span.start >= anniversary.span.end {
            let tokens = check.document.tokenRange(of: mention.span)
            guard tokens.lowerBound - end <= yearSpanReach else { return nil }
            guard case .dateRange(let start, let stop, _, _) = mention.value, start.month == nil, stop.month == nil,
                let first = start.year, let last = stop.year,
                check.tokens[safe: tokens.lowerBound - 1]?.text == "(",
                let closing = check.tokens[safe: tokens.upperBound], closing.text == ")"
            else { continue }
            return (first, last, closing.span)
        }
        return nil
    }
}
