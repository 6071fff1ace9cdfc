import FactDeskKit

/// Dates written with a month word: one date, a range, or a list of days.
extension DateScanner {
    /// A date and the index of the token after it.
    typealias DateAndNext = (date: PartialDate, next: Int)

    /// Day, month, optional year: "24 novembre 2025", "1er décembre", "24 nov. 2025",
    /// "24th of November", "the 26th of this month" (the publication month); a mistyped day up to 39 too, where the words around make it a date
    /// ("32nd of October", "32 December 2016", « ce 32 décembre », ``mistypedDayStands(before:year:)``).
    func dayFirst(at index: Int) -> DateAndNext? {
        var monthIndex = index + 1
        let hasOf = words.connector(monthIndex) == "of"
        if hasOf { monthIndex += 1 }
        let mistyped = words.day(index) == nil ? words.mistypedDay(index) : nil
        guard let day = words.day(index) ?? mistyped, let month = words.monthAfterDays(monthIndex) else { return nil }
        let year = optionalYear(at: month.next, afterComma: false)
        // "he is 32 in October", « Le 32 novembre. »: a mistyped day needs an ordinal before
        // "of", a year after the month, or a word of dates before it.
        if mistyped != nil, !(hasOf && words.tokens[index].kind == .word),
            !mistypedDayStands(before: index, year: year.year)
        {
            return nil
        }
        return (PartialDate(year: year.year, month: month.month, day: day), year.next)
    }

    /// English month, day, optional year: "November 24, 2025", "Nov. 24", "November 24th"; a
    /// mistyped day up to 39 too, with a year after it or a word of dates before the month
    /// ("October 32, 2020", "on Jan. 32"; not "in May 32 people").
    func monthFirst(at index: Int) -> DateAndNext? {
        guard let month = words.month(index), month.isEnglish,
            let day = words.day(month.next) ?? words.mistypedDay(month.next),
            !words.continuesCode(month.next + 1) || isDayRangeHyphen(month.next + 1),
            !words.isUnitOfTime(month.next + 1)
        else { return nil }
        let year = optionalYear(at: month.next + 1, afterComma: true)
        if words.day(month.next) == nil, !mistypedDayStands(before: index, year: year.year) { return nil }
        return (PartialDate(year: year.year, month: month.month, day: day), year.next)
    }

    /// Words before a date that make a day number a day ("on", "since", « du », « ce », a weekday);
    /// not an article alone (« Le 32 novembre. » is no date).
    static let mistypedDayLeads: Set<String> = [
        "du", "au", "ce", "à", "on", "of", "since", "until", "till", "by", "from", "before", "after", "ended",
        "today", "depuis", "demain", "hier", "jusqu'au", "jusqu’au",
    ]
    /// Words and dashes between two days that make the second a day too: "les 3 et 32 juillet", "4-32 octobre".
    static let mistypedDaySeparators: Set<String> = ["et", "and", "au", "to", "-", "–"]

    /// Whether a day too high for any month, at the start of the date at `index`, is still a
    /// date: a year follows; a weekday or a word of ``mistypedDayLeads`` comes right before; a
    /// day and a separator (« les 3 et 32 juillet »); or a dateline's place in capitals and a
    /// comma ("NAIROBI, March 32").
    private func mistypedDayStands(before index: Int, year: Int?) -> Bool {
        if year != nil { return true }
        let before = index - 1
        guard before >= 0 else { return false }
        let text = words.tokens[before].text.lowercased()
        if Self.mistypedDaySeparators.contains(text), words.day(before - 1) != nil { return true }
        if words.isPunctuation(before, ","), before >= 1, words.tokens[before - 1].kind == .word {
            let place = words.tokens[before - 1].text
            if place.unicodeScalars.count >= 3, place.allSatisfy({ $0.isUppercase || $0 == "-" }) { return true }
        }
        var lead = before
        if words.isPunctuation(lead, ",") || words.isPunctuation(lead, "(") { lead -= 1 }
        guard lead >= 0, words.tokens[lead].kind == .word else { return false }
        return words.weekday(lead) != nil || Self.mistypedDayLeads.contains(words.tokens[lead].text.lowercased())
    }

    /// Whether the hyphen at `index` joins two days of a range ("March 3-7", or reversed, "August
    /// 29-27"), not the parts of a code ("3-7-2026"): another day follows, and nothing continues it.
    private func isDayRangeHyphen(_ index: Int) -> Bool {
        guard words.isPunctuation(index, "-"), let first = words.day(index - 1), let second = words.day(index + 1)
        else { return false }
        return second != first && !words.continuesCode(index + 2)
    }

    /// A four-digit year at `index` (after an attached comma when `afterComma`), or none. A
    /// mistyped five-digit year (« 9 juillet 20024 ») belongs to the date, which keeps no year.
    func optionalYear(at index: Int, afterComma: Bool) -> (year: Int?, next: Int) {
        var yearIndex = index
        if afterComma, words.isPunctuation(yearIndex, ","), words.isAttached(yearIndex) { yearIndex += 1 }
        if words.mistypedYear(yearIndex) != nil, !words.continuesCode(yearIndex + 1) { return (nil, yearIndex + 1) }
        guard let year = words.year(yearIndex), !words.continuesCode(yearIndex + 1)
        else { return (nil, index) }
        return (year, yearIndex + 1)
    }

    /// The two ends of a range as ``range(at:from:)`` reads them.
    struct RangeEnds {
        var start: PartialDate
        var end: PartialDate
        /// The weekday written before the second end ("au jeudi 27"), if any.
        var endWeekday: Weekday?
        /// The index after the range.
        var next: Int
        /// The index of the separator between the ends.
        var separator: Int
    }

    /// A range of dates starting at `index`, with the years the text gives shared between the
    /// two ends: "24-27 novembre 2025", "du 24 au 27 novembre", "du 30 novembre au 2 décembre
    /// 2025", "November 24–27, 2025", "November 30 – December 2", "entre le 24 et le 27 novembre",
    /// "du lundi 24 au jeudi 27 novembre".
    func range(at index: Int, from: Int) -> RangeEnds? {
        if var first = dayFirst(at: index) ?? monthFirst(at: index) {
            first.next = closing(after: from, at: first.next)
            guard let second = secondEnd(after: first.next, rangeFrom: from) else { return nil }
            if let end = dayFirst(at: second.index) ?? monthFirst(at: second.index) {
                let ends = sharingYear(first.date, end.date)
                return RangeEnds(
                    start: ends.start, end: ends.end, endWeekday: second.weekday,
                    next: closing(after: second.index - 2, at: end.next), separator: first.next)
            }
            // "November 24–27, 2025": the month before the first day serves both.
            if words.month(index) != nil, first.date.year == nil, let day = words.day(second.index),
                words.month(second.index + 1) == nil
            {
                let year = optionalYear(at: second.index + 1, afterComma: true)
                let start = first.date.with(year: year.year)
                return RangeEnds(
                    start: start, end: PartialDate(year: year.year, month: start.month, day: day),
                    endWeekday: second.weekday, next: year.next, separator: first.next)
            }
            // « du 20 juin au 12 », "from 20 June to 12": the first end's month serves both,
            // between an opening word and its separator word, the day closing the clause.
            if words.month(index) == nil, let day = words.day(second.index), words.endsClause(second.index + 1),
                words.separatorWord(first.next).flatMap({ rangeOpener(before: from, closedBy: $0) }) != nil
            {
                return RangeEnds(
                    start: first.date, end: PartialDate(year: first.date.year, month: first.date.month, day: day),
                    endWeekday: second.weekday, next: second.index + 1, separator: first.next)
            }
        }
        // "24-27 novembre": the month after the second day serves both.
        if let day = words.day(index), let second = secondEnd(after: index + 1, rangeFrom: from),
            let end = dayFirst(at: second.index)
        {
            let start = PartialDate(year: end.date.year, month: end.date.month, day: day)
            return RangeEnds(
                start: start, end: end.date, endWeekday: second.weekday, next: end.next, separator: index + 1)
        }
        return nil
    }

    /// Where the second end of a range starts, after the separator at `index` ("-", "au", "to",
    /// or "et"/"and" when "entre"/"between" comes before `rangeFrom`), an article and a weekday;
    /// and that weekday.
    private func secondEnd(after index: Int, rangeFrom: Int) -> (index: Int, weekday: Weekday?)? {
        var next: Int
        if let afterSeparator = words.rangeSeparator(index) {
            next = afterSeparator
        } else if let word = words.connector(index), DateLexicon.listWords.contains(word),
            rangeOpener(before: rangeFrom, closedBy: word) != nil
        {
            next = index + 1
        } else {
            return nil
        }
        if words.isConnector(next, DateLexicon.articles) { next += 1 }
        if let weekday = words.weekday(next) {
            next += 1
            if words.isPunctuation(next, [",", "("]) { next += 1 }
            return (next, weekday)
        }
        if let abbreviation = words.abbreviatedWeekday(next, language: language) {
            return (abbreviation.next, abbreviation.weekday)
        }
        return (next, nil)
    }

    /// Where a date ending at `next` ends with its closing bracket when a weekday at `weekday`
    /// opened one before it ("Friday (July 7)"): past the bracket; else `next`.
    func closing(after weekday: Int, at next: Int) -> Int {
        weekday >= 0 && words.weekday(weekday) != nil && words.isPunctuation(weekday + 1, "(")
            && words.isPunctuation(next, ")") ? next + 1 : next
    }

    /// The two ends of a range, each given the other's year when it has none; a range that
    /// wraps the new year ("du 30 décembre au 2 janvier 2026") puts its start a year earlier.
    private func sharingYear(_ start: PartialDate, _ end: PartialDate) -> (start: PartialDate, end: PartialDate) {
        let wraps = start.wrapsNewYear(before: end)
        switch (start.year, end.year) {
        case (nil, let endYear?): return (start.with(year: endYear - (wraps ? 1 : 0)), end)
        case (let startYear?, nil): return (start, end.with(year: startYear + (wraps ? 1 : 0)))
        default: return (start, end)
        }
    }

    /// The most days a list may hold: a month's. A longer run of numbers is not a list of days,
    /// and the bound keeps a long run without a month from being read again from each number.
    static let longestDayList = 31

    /// Days listed before one month, each its own date: "les 24 et 25 novembre", "3, 4 et 5
    /// décembre 2025", "lundi 24 et mardi 25 novembre", "the 8th and the 9th of May". A list starts at the first number of a
    /// run ("3" in "3, 4 et 5"), never inside it.
    func dayList(at index: Int, from: Int, weekday: Weekday?) -> [DateMatch]? {
        guard let firstDay = words.day(index), !(words.isPunctuation(index - 1, ",") && words.day(index - 2) != nil)
        else { return nil }
        var items: [(day: Int, weekday: Weekday?, tokens: Range<Int>)] = [(firstDay, weekday, from..<index + 1)]
        var next = index + 1
        var closed = false
        while !closed {
            guard items.count < Self.longestDayList else { return nil }
            steps?.count()
            if words.isConnector(next, DateLexicon.listWords) {
                closed = true
            } else if !words.isPunctuation(next, ",") {
                return nil
            }
            var itemStart = next + 1
            if words.isConnector(itemStart, DateLexicon.articles) { itemStart += 1 }
            var dayIndex = itemStart
            var itemWeekday = words.weekday(dayIndex)
            if itemWeekday != nil {
                dayIndex += 1
            } else if let abbreviation = words.abbreviatedWeekday(dayIndex, language: language) {
                (itemWeekday, dayIndex) = (abbreviation.weekday, abbreviation.next)
            }
            guard let day = words.day(dayIndex) else { return nil }
            items.append((day, itemWeekday, itemStart..<dayIndex + 1))
            next = dayIndex + 1
        }
        // "the 8th and the 9th of May"
        if words.connector(next) == "of", words.monthAfterDays(next + 1) != nil { next += 1 }
        guard let month = words.monthAfterDays(next) else { return nil }
        let year = optionalYear(at: month.next, afterComma: false)
        items[items.count - 1].tokens = items[items.count - 1].tokens.lowerBound..<year.next
        return items.map { item in
            DateMatch(
                expression: .date(
                    PartialDate(year: year.year, month: month.month, day: item.day), weekday: item.weekday),
                tokens: item.tokens)
        }
    }
}
