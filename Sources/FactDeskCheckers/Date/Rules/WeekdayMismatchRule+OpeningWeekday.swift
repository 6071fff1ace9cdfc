import FactDeskKit

/// Two weekdays written before a range of days, one for each end: "Friday through Sunday, Sept.
/// 6-8", "Saturday and Sunday, Sept. 7-8", « du vendredi au dimanche 6-8 septembre ». The
/// extractor joins the second weekday to the range's first day; the first weekday is read
/// against the first day and the second against the last one instead.
extension WeekdayMismatchRule {
    /// Words between the two weekdays that name the ends of a range.
    private static let rangeWeekdayJoiners: Set<String> = [
        "and", "&", "through", "thru", "to", "until", "till", "-", "–", "et", "au", "à",
    ]

    /// The weekday written alone right before the weekday that opens `mention` and joined to it
    /// ("Friday" in "Friday through Sunday, Sept. 6-8"), when the range names no weekday of its own
    /// for its last day; `nil` otherwise.
    static func openingWeekday(of mention: Mention, check: DateCheck) -> (mention: Mention, written: Weekday)? {
        let first = check.document.tokenIndex(from: mention.span.start)
        guard case .dateRange(_, _, _?, nil) = mention.value, WeekdayNames.weekday(check.word(first)) != nil
        else { return nil }
        let joiner = first - 1
        guard joiner >= 1, rangeWeekdayJoiners.contains(check.tokens[joiner].text.lowercased()),
            let weekday = check.weekdays.last(where: { $0.span.end == check.tokens[joiner - 1].span.end }),
            case .weekday(let written) = weekday.value
        else { return nil }
        return (weekday, written)
    }
}
