import FactDeskKit

/// A weekday and a date with a part of the day between them: « mardi soir 9 juillet »,
/// « dimanche matin, 24 mars », "Tuesday night, July 9", "Saturday afternoon 10 June".
extension WeekdayMismatchRule {
    /// Parts of the day, folded.
    static let partsOfDay: Set<String> = [
        "soir", "matin", "apres-midi", "midi", "nuit", "soiree", "matinee", "morning", "afternoon", "evening",
        "night",
    ]

    func partOfDayFindings(in check: DateCheck) -> [Finding] {
        check.weekdays.compactMap { mention -> Finding? in
            guard case .weekday(let written) = mention.value else { return nil }
            var next = check.document.tokenRange(of: mention.span).upperBound
            guard Self.partsOfDay.contains(check.word(next)) else { return nil }
            next += 1
            if next < check.tokens.count, check.tokens[next].text == "," { next += 1 }
            guard next < check.tokens.count else { return nil }
            let start = check.tokens[next].span.start
            let found = check.dates.partitionPoint { $0.span.start >= start }
            guard found < check.dates.count, case let dated = check.dates[found], dated.span.start == start,
                case .date(let date, nil) = dated.value, date.day != nil, date.month != nil,
                let day = date.calendarDate, day.weekday != written
            else { return nil }
            let span = mention.span.union(dated.span)
            return finding(
                check, quoted: check.document.text(in: span), span: span, mismatches: [day],
                replacements: [check.wording.weekday(day.weekday)])
        }
    }
}
