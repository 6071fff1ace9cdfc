import FactDeskKit

/// Weekdays listed before the dates they name, in the same order: « samedi et dimanche, 28
/// février et 1er mars », "on Saturday and Sunday, February 28 and March 1". The extractor joins
/// the last weekday to the first date; each weekday is read against its own date instead.
extension WeekdayMismatchRule {
    /// Words between two listed weekdays or two listed dates.
    private static let listJoiners: Set<String> = ["et", "and", "ou", "or", ",", "&"]

    /// The weekdays written alone and listed right before the weekday of `mention`, in text order
    /// (« samedi » in « samedi et dimanche, 28 février »), or none.
    static func weekdaysListed(before mention: Mention, check: DateCheck) -> [(Mention, Weekday)] {
        var listed: [(Mention, Weekday)] = []
        var joiner = check.document.tokenIndex(from: mention.span.start) - 1
        while joiner >= 1, listJoiners.contains(check.tokens[joiner].text.lowercased()),
            let weekday = check.weekdays.last(where: { $0.span.end == check.tokens[joiner - 1].span.end }),
            case .weekday(let written) = weekday.value
        {
            listed.insert((weekday, written), at: 0)
            joiner = check.document.tokenIndex(from: weekday.span.start) - 1
        }
        return listed
    }

    /// The finding for weekdays listed before as many dates (`mention`, the first date with the
    /// last weekday, and the dates listed after it), when one of them falls on another day; `nil`
    /// when they agree or the lists do not have the same length.
    func listedFinding(_ mention: Mention, listed: [(Mention, Weekday)], check: DateCheck) -> Finding? {
        guard case .date(let first, let last?) = mention.value else { return nil }
        var dates = [first]
        var end = mention
        for next in check.dates where next.span.start >= mention.span.end {
            let gap = check.document.tokenRange(of: end.span).upperBound..<check.document.tokenIndex(from: next.span.start)
            guard !gap.isEmpty, gap.count <= 2,
                gap.allSatisfy({ Self.listJoiners.contains(check.tokens[$0].text.lowercased()) }),
                case .date(let date, nil) = next.value
            else { break }
            dates.append(date)
            end = next
        }
        let weekdays = listed.map(\.1) + [last]
        guard dates.count == weekdays.count else { return nil }
        var mismatches: [CalendarDate] = []
        var replacements: [String?] = []
        // « 28 février et 1er mars 2026 »: the year written last is the list's.
        let lastYear = dates.last?.year
        for (date, written) in zip(dates, weekdays) {
            guard let day = (date.year == nil ? date.with(year: lastYear) : date).calendarDate else { return nil }
            if day.weekday != written {
                mismatches.append(day)
                replacements.append(check.wording.weekday(day.weekday))
            } else {
                replacements.append(nil)
            }
        }
        guard !mismatches.isEmpty, let start = listed.first?.0 else { return nil }
        let span = start.span.union(end.span)
        return finding(
            check, quoted: check.document.text(in: span), span: span, mismatches: mismatches,
            replacements: replacements)
    }
}
