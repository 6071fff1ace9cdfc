import FactDeskKit

/// Two dates of one month, each with its weekday, that no year gives (no year written, no
/// publication date, no reference event named): their weekdays must still be as many days apart
/// as their days (« jeudi 12 et samedi 13 août », "Thursday, August 12, and Saturday, August 13").
/// The finding spans both, since either may be the wrong one.
extension WeekdayMismatchRule {
    func yearlessPairFindings(in check: DateCheck) -> [Finding] {
        var findings: [Finding] = []
        for (first, second) in zip(check.dates, check.dates.dropFirst()) {
            guard let firstDay = Self.yearlessDay(first, check: check),
                let secondDay = Self.yearlessDay(second, check: check),
                firstDay.month == secondDay.month,
                check.document.paragraphIndex(of: first.span.start) == check.document.paragraphIndex(of: second.span.start)
            else { continue }
            let apart = secondDay.day - firstDay.day
            guard (1...Self.pairReach).contains(apart) else { continue }
            let expected = Self.weekday(firstDay.weekday, plus: apart)
            guard expected != secondDay.weekday else { continue }
            let span = first.span.union(second.span)
            findings.append(
                check.finding(
                    descriptor, at: span,
                    message: check.wording.dayOfMonthPair(
                        quoted: check.document.text(in: span), first: first.text, day: secondDay.day,
                        expected: expected),
                    evidence: [
                        Evidence(
                            statement:
                                "\(apart) days after a \(firstDay.weekday.englishName) is a \(expected.englishName), not a \(secondDay.weekday.englishName)"
                        )
                    ]))
        }
        return findings
    }

    /// The month, day and written weekday of a date that no year gives, or `nil`.
    private static func yearlessDay(_ mention: Mention, check: DateCheck) -> (month: Int, day: Int, weekday: Weekday)? {
        guard case .date(let date, let written?) = mention.value, date.year == nil, date.calendarDate == nil,
            let month = date.month, let day = date.day, dayOfYearlessDate(date, in: mention, check: check) == nil
        else { return nil }
        return (month, day, written)
    }
}
