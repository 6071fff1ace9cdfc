import FactDeskKit

/// Finds date expressions in a document's tokens, left to right, longest form first.
///
/// Forms tried at each token, in order: ranges and lists of days ("24-27 novembre", "du 30
/// novembre au 2 décembre", "November 24–27, 2025", "les 24 et 25 novembre"), a day with its
/// month ("lundi 24 novembre 2025", "Monday, November 24"), numeric dates ("2025-11-24",
/// "24/11/2025"), a month with its year ("novembre 2025"), years ("2015-2020", "en 2015"), dates
/// told from the publication date ("hier", "lundi prochain", "next week"), and last a weekday
/// alone. A match's tokens are skipped, so matches never overlap.
struct DateScanner {
    let words: DateTokens
    let language: Language
    /// Counts the scanner's steps when a test asks: one per position tried, one per item of a
    /// list of days read. The count bounds the work, whatever the text.
    let steps: StepCounter?

    init(
        tokens: [Token], keys: WordKeys, language: Language, published: CalendarDate? = nil, steps: StepCounter? = nil
    ) {
        self.words = DateTokens(tokens, keys: keys, language: language, publishedMonth: published?.month)
        self.language = language
        self.steps = steps
    }

    /// Every date expression, in text order.
    func matches() -> [DateMatch] {
        var matches: [DateMatch] = []
        var index = 0
        while index < words.count {
            steps?.count()
            var found = self.matches(at: index)
            if let last = found.last {
                // A range's opening word ("du", "from") comes before `index`; never before the
                // previous match's end.
                let floor = matches.last?.tokens.upperBound ?? 0
                if found[0].tokens.lowerBound < floor { found[0].tokens = floor..<found[0].tokens.upperBound }
                matches.append(contentsOf: found)
                index = last.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The expressions that start at `index` (several for a list of days), or none.
    private func matches(at index: Int) -> [DateMatch] {
        switch words.tokens[index].kind {
        case .word:
            if let weekday = words.weekday(index) {
                var next = index + 1
                // "Thursday, July 7", "Friday (July 7)"
                if words.isPunctuation(next, [",", "("]) { next += 1 }
                return dayMonthMatches(at: next, from: index, weekday: weekday)
                    ?? numericDate(at: next, from: index, weekday: weekday).map { [$0] }
                    ?? relative(at: index).map { [$0] }
                    ?? [DateMatch(expression: .weekday(weekday), tokens: index..<index + 1)]
            }
            // « mer. 12 mars », "Thu, 12 March 2026", « sam. 14/03/2026 »: never alone.
            if let abbreviation = words.abbreviatedWeekday(index, language: language),
                let found = dayMonthMatches(at: abbreviation.next, from: index, weekday: abbreviation.weekday)
                    ?? numericDate(at: abbreviation.next, from: index, weekday: abbreviation.weekday).map({ [$0] })
            {
                return found
            }
            if words.month(index) != nil || words.mistypedDay(index) != nil {
                if let found = dayMonthMatches(at: index, from: index, weekday: nil) { return found }
                return monthYear(at: index).map { [$0] } ?? []
            }
            guard words.mayStartRelativeDate(index) else { return [] }
            return relative(at: index).map { [$0] } ?? []
        case .number:
            guard !words.continuesNumber(index) else { return [] }
            if let found = dayMonthMatches(at: index, from: index, weekday: nil) { return found }
            let found =
                numericRange(at: index, from: index) ?? numericDate(at: index, from: index, weekday: nil)
                ?? yearRange(at: index) ?? yearAlone(at: index)
            return found.map { [$0] } ?? []
        case .punctuation, .symbol:
            return []
        }
    }

    /// Ranges, lists and single dates whose first day (or English month) is at `index`.
    /// - Parameters:
    ///   - index: where the day or month is.
    ///   - from: where the match starts (a weekday before the day belongs to it).
    ///   - weekday: the weekday written before the day, if any.
    private func dayMonthMatches(at index: Int, from: Int, weekday: Weekday?) -> [DateMatch]? {
        if let range = range(at: index, from: from) {
            let start = words.separatorWord(range.separator).flatMap { rangeOpener(before: from, closedBy: $0) } ?? from
            let expression = DateMatch.Expression.range(
                range.start, range.end, startWeekday: weekday, endWeekday: range.endWeekday)
            return directed([DateMatch(expression: expression, tokens: start..<range.next)])
        }
        if let list = dayList(at: index, from: from, weekday: weekday) { return directed(list) }
        if let date = dayFirst(at: index) ?? monthFirst(at: index) {
            return directed([
                DateMatch(expression: .date(date.date, weekday: weekday), tokens: from..<closing(after: from, at: date.next))
            ])
        }
        return nil
    }

    /// The matches with the French word right after the last one that puts their year on one side
    /// of the publication: "le 3 mars dernier", « du 16 au 18 octobre prochains », « les lundi 5
    /// et mardi 6 octobre derniers »; the word joins the last match.
    private func directed(_ matches: [DateMatch]) -> [DateMatch] {
        guard language == .fr, let last = matches.last,
            let offset = words.key(last.tokens.upperBound).flatMap({ RelativeLexicon.frenchFollowers[$0] }),
            matches.allSatisfy({ $0.hasNoYear })
        else { return matches }
        var directed = matches
        for index in directed.indices { directed[index].yearDirection = offset < 0 ? .past : .future }
        directed[directed.count - 1].tokens = last.tokens.lowerBound..<last.tokens.upperBound + 1
        return directed
    }

    /// A date in digits at `index` ("2026-03-14", "14/03/2026"), its mention starting at `from`
    /// with the weekday written there ("mardi 14/03/2026"); after a weekday, a day and month
    /// alone too (« mardi 14/3 », "Tuesday 14.3.", "Tuesday 14/3" when only one order is possible).
    private func numericDate(at index: Int, from: Int, weekday: Weekday?) -> DateMatch? {
        let iso = isoDate(at: index)
        if var match = iso ?? slashDate(at: index), case .date(var date, _) = match.expression {
            // "Tuesday (5/3/2024)": day and month either way round are read in the order the weekday fits.
            if iso == nil, let weekday, let other = Self.otherOrder(of: date, fitting: weekday) { date = other }
            match.expression = .date(date, weekday: weekday)
            match.tokens = from..<closing(after: from, at: match.tokens.upperBound)
            return match
        }
        guard weekday != nil, let end = numericEnd(at: index) ?? englishSlashedDay(at: index), end.date.year == nil,
            !words.isPunctuation(end.next, DateLexicon.rangeDashes)
        else { return nil }
        return DateMatch(expression: .date(end.date, weekday: weekday), tokens: from..<end.next)
    }

    /// The date with its day and month swapped, when both could be either and only the swapped
    /// reading falls on `weekday`.
    private static func otherOrder(of date: PartialDate, fitting weekday: Weekday) -> PartialDate? {
        guard let day = date.day, let month = date.month, day <= 12, day != month,
            date.calendarDate?.weekday != weekday
        else { return nil }
        let swapped = PartialDate(year: date.year, month: day, day: month)
        return swapped.calendarDate?.weekday == weekday ? swapped : nil
    }

    /// The index of the word that opens a range closed by `separator`, just before `index`
    /// ("du", "from", "entre (le)", "between (the)"), if the text has one.
    func rangeOpener(before index: Int, closedBy separator: String) -> Int? {
        guard let opener = DateLexicon.rangeOpeners[separator] else { return nil }
        var lead = index - 1
        if words.isConnector(lead, DateLexicon.articles) { lead -= 1 }
        return words.connector(lead) == opener ? lead : nil
    }
}
