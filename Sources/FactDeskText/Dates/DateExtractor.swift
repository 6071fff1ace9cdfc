import FactDeskKit

/// Finds dates, date ranges and weekdays in French and English drafts.
///
/// Reads "lundi 24 novembre 2025", "le 1er décembre", "24-27 novembre", "du 30 novembre au
/// 2 décembre 2025", "Monday, November 24, 2025", "Nov. 24", "24 November 2025", "November
/// 24–27", "24/11/2025", "2025-11-24", "novembre 2025", "en 2015", and weekdays alone. A weekday
/// written next to a date is part of the date's mention and value. A date without a year takes
/// the year nearest to the publication date, when there is one, and otherwise stays partial
/// (`--11-24`).
///
/// Dates that do not exist ("31 avril 2025", "2025-02-30") are still reported, with the
/// impossible day, so that a checker can flag them; a day outside 1–31 or a month outside 1–12
/// is not a date at all.
public struct DateExtractor: Extractor {
    /// Creates the extractor.
    public init() {}

    /// `date`, `date-range` and `weekday`.
    public var kinds: Set<Mention.Kind> { [.date, .dateRange, .weekday] }

    /// The date mentions of a document, in text order.
    public func extract(from document: Document) -> [Mention] {
        let tokens = document.tokens
        let scanner = DateScanner(tokens: tokens, keys: WordKeys(tokens), language: document.language)
        return scanner.matches().map { match in
            let span = tokens[match.tokens.lowerBound].span.union(tokens[match.tokens.upperBound - 1].span)
            let text = document.text(in: span)
            switch YearInference.resolve(match.expression, published: document.published) {
            case .date(let date, let weekday):
                return Mention(kind: .date, text: text, span: span, value: .date(date, weekday: weekday))
            case .range(let start, let end):
                return Mention(kind: .dateRange, text: text, span: span, value: .dateRange(start: start, end: end))
            case .weekday(let weekday):
                return Mention(kind: .weekday, text: text, span: span, value: .weekday(weekday))
            }
        }
    }
}
