import FactDeskKit

/// Days listed before their month, as the extractor gives them (one date each): « les 4 et 5
/// octobre 2024 », « les 3, 4 et 5 juin », "June 27 and 28": dates next to one another, joined
/// by a comma or "et" / "and", in one month and year.
struct DayList {
    /// The first date mention of the list.
    var mention: Mention
    /// The days, in text order, when the dates have years.
    var days: [CalendarDate]

    var first: CalendarDate? { days.first }
    var last: CalendarDate? { days.last }

    /// Words that may join the days of a list.
    static let joiners: Set<String> = [",", "et", "and", "le", "the"]

    /// The lists of two days or more of a document.
    static func all(in check: DateCheck) -> [DayList] {
        var lists: [DayList] = []
        var current: DayList?
        var previous: Mention?
        func close() {
            if let list = current, list.days.count > 1 { lists.append(list) }
            current = nil
        }
        for mention in check.dates {
            guard case .date(let date, _) = mention.value, date.day != nil, let day = date.calendarDate else {
                close()
                previous = nil
                continue
            }
            if let last = current?.last, let before = previous, Self.joins(before, mention, check: check),
                last.month == day.month, last.year == day.year
            {
                current?.days.append(day)
            } else {
                close()
                current = DayList(mention: mention, days: [day])
            }
            previous = mention
        }
        close()
        return lists
    }

    /// Whether only a joiner or two stand between two date mentions.
    static func joins(_ first: Mention, _ second: Mention, check: DateCheck) -> Bool {
        let gap = check.document.tokenRange(of: first.span).upperBound..<check.document.tokenIndex(from: second.span.start)
        return !gap.isEmpty && gap.count <= 2
            && gap.allSatisfy { joiners.contains(check.word($0).isEmpty ? check.tokens[$0].text : check.word($0)) }
    }
}
