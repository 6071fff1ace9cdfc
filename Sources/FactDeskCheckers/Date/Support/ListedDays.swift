import FactDeskKit

/// Days of one month listed one after the other in a sentence, years written or not: « les 2, 3
/// et 4 juillet », "on 2, 3 and 4 July" — three days; "on June 12 and 13", the last day alone
/// after its month (as ``RangeOrderRule/monthFirstListFindings(_:)`` reads it) — two days.
struct ListedDays {
    /// From the first listed day to the month after the last.
    var span: Span
    /// How many days are listed.
    var count: Int

    /// The first list of consecutive days of sentence `index`, of two days or more.
    static func consecutive(inSentence index: Int, check: DateCheck) -> ListedDays? {
        let dates = check.mentions(check.dates, in: check.document.sentences[index].span)
        var run: [(mention: Mention, date: PartialDate)] = []
        for mention in dates {
            guard case .date(let date, _) = mention.value, let day = date.day, date.month != nil else {
                if let list = list(run, check: check) { return list }
                run = []
                continue
            }
            if let last = run.last, DayList.joins(last.mention, mention, check: check), last.date.month == date.month,
                last.date.day.map({ $0 + 1 }) == day
            {
                run.append((mention, date))
            } else {
                if let list = list(run, check: check) { return list }
                run = [(mention, date)]
            }
        }
        return list(run, check: check)
    }

    private static func list(_ run: [(mention: Mention, date: PartialDate)], check: DateCheck) -> ListedDays? {
        guard let first = run.first, let last = run.last else { return nil }
        var list = ListedDays(span: first.mention.span.union(last.mention.span), count: run.count)
        if let next = dayAfterMonth(following: last.mention, day: last.date.day, check: check) {
            list.span = list.span.union(next)
            list.count += 1
        }
        return list.count > 1 ? list : nil
    }

    /// "June 12 and 13": the next day alone after "and", when the date ends with its day (its
    /// month first) and the day ends the list.
    private static func dayAfterMonth(following mention: Mention, day: Int?, check: DateCheck) -> Span? {
        let tokens = check.document.tokenRange(of: mention.span)
        guard let day, RangeOrderRule.dayNumber(check.tokens[tokens.upperBound - 1].text) != nil,
            ["and", "&"].contains(check.tokens[safe: tokens.upperBound]?.text.lowercased() ?? ""),
            let next = check.tokens[safe: tokens.upperBound + 1], let (value, ordinal) = RangeOrderRule.dayNumber(next.text),
            value == day + 1, RangeOrderRule.endsList(at: tokens.upperBound + 1, ordinal: ordinal, check: check)
        else { return nil }
        return next.span
    }
}
