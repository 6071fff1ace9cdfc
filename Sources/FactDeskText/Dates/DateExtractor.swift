import FactDeskKit

/// Finds dates, date ranges, weekdays, relative dates and anniversaries in French and English
/// drafts.
///
/// Reads "lundi 24 novembre 2025", "le 1er décembre", "24-27 novembre", "du lundi 24 au jeudi 27
/// novembre 2025", "Monday, November 24, 2025", "Nov. 24", "24 November 2025", "November
/// 24–27", "24/11/2025", "2025-11-24", "novembre 2025", "en 2015", weekdays alone, dates told
/// from the publication date ("hier", "lundi prochain", "la semaine dernière", "next Monday",
/// "last year") and anniversaries ("10e anniversaire", "its tenth anniversary", "le
/// centenaire"). A weekday written next to a date (or a range's end) is part of the mention and
/// value. A date without a year takes the year nearest to the publication date — the last one
/// before it for "le 3 mars dernier", the next one for "le 3 mars prochain" — when there is a
/// publication date, and otherwise stays partial (`--11-24`).
///
/// Dates that do not exist ("31 avril 2025", "2025-02-30") are still reported, with the
/// impossible day, so that a checker can flag them; a day outside 1–31 or a month outside 1–12
/// is not a date at all.
public struct DateExtractor: Extractor {
    /// Creates the extractor.
    public init() {}

    /// `date`, `date-range`, `weekday`, `relative-date` and `anniversary`.
    public var kinds: Set<Mention.Kind> { [.date, .dateRange, .weekday, .relativeDate, .anniversary] }

    /// The mentions of a document, in text order.
    public func extract(from document: Document) -> [Mention] {
        let tokens = document.tokens
        let keys = WordKeys(tokens)
        func span(_ range: Range<Int>) -> Span {
            tokens[range.lowerBound].span.union(tokens[range.upperBound - 1].span)
        }
        let scanner = DateScanner(
            tokens: tokens, keys: keys, language: document.language, published: document.published)
        let dates = scanner.matches().map { match in
            let span = span(match.tokens)
            let text = document.text(in: span)
            // « 9 juillet 20024 »: a mistyped year is no year to infer.
            let mistyped = scanner.words.mistypedYear(match.tokens.upperBound - 1) != nil
            switch YearInference.resolve(
                match.expression, published: mistyped ? nil : document.published, direction: match.yearDirection)
            {
            case .date(let date, let weekday):
                return Mention(kind: .date, text: text, span: span, value: .date(date, weekday: weekday))
            case .range(let start, let end, let startWeekday, let endWeekday):
                return Mention(
                    kind: .dateRange, text: text, span: span,
                    value: .dateRange(start: start, end: end, startWeekday: startWeekday, endWeekday: endWeekday))
            case .weekday(let weekday):
                return Mention(kind: .weekday, text: text, span: span, value: .weekday(weekday))
            case .relative(let relative):
                return Mention(kind: .relativeDate, text: text, span: span, value: .relativeDate(relative))
            }
        }
        let anniversaries = AnniversaryScanner(tokens: tokens, keys: keys).matches().map { match in
            let span = span(match.tokens)
            return Mention(
                kind: .anniversary, text: document.text(in: span), span: span, value: .anniversary(match.ordinal))
        }
        return anniversaries.isEmpty ? dates : (dates + anniversaries).sorted { $0.span < $1.span }
    }
}
