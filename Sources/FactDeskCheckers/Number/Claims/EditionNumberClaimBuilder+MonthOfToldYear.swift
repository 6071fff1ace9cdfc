import FactDeskKit

/// A month written before a year told from the publication date: "at the 31st meeting in March
/// last year", « lors de la 31e réunion, en mars de l’année dernière ». The month's days tell
/// apart two editions of that year (a meeting in February and one in July).
extension EditionNumberClaimBuilder {
    /// The days of the month written right before (or before « de », "of") the year told from the
    /// publication date nearest the ordinal, when no date stands nearer to it; a month spelt
    /// like a common word ("May", « mars ») only capitalised in English.
    func monthOfToldYear(near mention: Mention, within window: Range<Int>) -> ClosedRange<CalendarDate>? {
        guard let published = document.published else { return nil }
        let span = document.span(ofTokens: window)
        func distance(_ other: Mention) -> Int { abs(other.span.start - mention.span.start) }
        guard
            let told = relativeDates.mentions(in: span).filter({ mention in
                if case .relativeDate(.years) = mention.value { return true }
                return false
            }).min(by: { distance($0) < distance($1) }),
            case .relativeDate(let relative) = told.value, let year = relative.year(from: published),
            !dates.mentions(in: span).contains(where: { distance($0) < distance(told) })
        else { return nil }
        let tokens = document.tokens
        var before = document.tokenIndex(from: told.span.start) - 1
        if before > window.lowerBound, ["of", "de"].contains(folded[before]) { before -= 1 }
        guard before >= window.lowerBound, tokens[before].kind == .word, let month = MonthNames.numbers[folded[before]],
            document.language == .fr || Fold.isCapitalised(tokens[before].text)
        else { return nil }
        guard let first = CalendarDate(year: year, month: month, day: 1),
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else { return nil }
        return first...last
    }
}
