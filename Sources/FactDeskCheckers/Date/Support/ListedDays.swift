import FactDeskKit

/// Days of one month listed one after the other in a sentence, years written or not: « les 2, 3
/// et 4 juillet », "on 2, 3 and 4 July" — three days.
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
                if let list = list(run) { return list }
                run = []
                continue
            }
            if let last = run.last, DayList.joins(last.mention, mention, check: check), last.date.month == date.month,
                last.date.day.map({ $0 + 1 }) == day
            {
                run.append((mention, date))
            } else {
                if let list = list(run) { return list }
                run = [(mention, date)]
            }
        }
        return list(run)
    }

    private static func list(_ run: [(mention: Mention, date: PartialDate)]) -> ListedDays? {
        guard run.count > 1, let first = run.first, let last = run.last else { return nil }
        return ListedDays(span: first.mention.span.union(last.mention.span), count: run.count)
    }
}
