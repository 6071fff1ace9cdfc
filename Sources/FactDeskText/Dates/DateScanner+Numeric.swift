import FactDeskKit

/// Dates written with digits only, months with a year, and years.
extension DateScanner {
    /// ISO 8601: "2025-11-24", with every part attached; or year first with slashes,
    /// "2025/11/24" (a day up to 39 read as a mistyped one).
    func isoDate(at index: Int) -> DateMatch? {
        guard let year = words.year(index) else { return nil }
        let dashed = attachedNumber(after: index, separator: "-", digits: 2).flatMap { month in
            attachedNumber(after: index + 2, separator: "-", digits: 2).map { (month, $0) }
        }
        let slashed = attachedNumber(after: index, separator: "/", digits: 1...2).flatMap { month in
            attachedNumber(after: index + 2, separator: "/", digits: 1...2).map { (month, $0) }
        }
        guard let (month, day) = dashed ?? slashed, (1...12).contains(month),
            (1...(dashed != nil ? 31 : DateTokens.highestMistypedDay)).contains(day), !words.continuesCode(index + 5)
        else { return nil }
        return DateMatch(
            expression: .date(PartialDate(year: year, month: month, day: day), weekday: nil),
            tokens: index..<index + 5)
    }

    /// "24/11/2025", "24.11.2025" or "24-11-2025". French reads day first; English reads day
    /// first only when the first number is above 12, and month first otherwise ("11/24/2025",
    /// and the US reading of the ambiguous "03/04/2025"). A mistyped day up to 39 is read
    /// ("32/07/2024"). Dots always read day first ("2.3.2026"). `dayFirst` imposes an order:
    /// the one the other end of a range shows. With slashes or dashes the year may have two
    /// digits ("31/04/24", "31-4-26", "4/31/26"), when day or month has two digits and no code
    /// goes on before or after.
    func slashDate(at index: Int, dayFirst imposed: Bool? = nil) -> DateMatch? {
        guard let (first, firstDigits) = words.number(index), firstDigits <= 2 else { return nil }
        for separator: Unicode.Scalar in ["/", ".", "-"] {
            let shortYear = separator != "." ? words.twoDigitYear(index + 4) : nil
            // "14-03-2026" with two digits each, "31-4-26"; "3-7-2026" is a code.
            let digits = separator == "-" && shortYear == nil ? 2...2 : 1...2
            guard separator != "-" || firstDigits == 2,
                let second = attachedNumber(after: index, separator: separator, digits: digits),
                // "1/2/24" may be a score or a fraction; "4/31/26" is a date.
                shortYear == nil || firstDigits + (words.number(index + 2)?.digits ?? 0) >= 3,
                words.isAttached(index + 3), words.isPunctuation(index + 3, separator),
                words.isAttached(index + 4), let year = words.year(index + 4) ?? shortYear,
                !words.continuesCode(index + 5), shortYear == nil || !continuesCodeBefore(index)
            else { continue }
            let dayFirst = imposed ?? (language == .fr || separator == "." || first > 12)
            let (day, month) = dayFirst ? (first, second) : (second, first)
            guard (1...DateTokens.highestMistypedDay).contains(day), (1...12).contains(month) else { return nil }
            return DateMatch(
                expression: .date(PartialDate(year: year, month: month, day: day), weekday: nil),
                tokens: index..<index + 5)
        }
        return nil
    }

    /// A range of dates in digits: "27/02/2026 - 02/03/2026", "du 2026-03-03 au 2026-03-07",
    /// "27.2.–2.3.2026", « du 27.2. au 2.3.2026 », « du 14.06 au 19.06.2026 », « du 7/03 au
    /// 12/03 ». A first end without a year takes the second's (the year before when the range
    /// wraps the new year); two ends without a year must be joined by a word (« au », "to"),
    /// not a dash.
    func numericRange(at index: Int, from: Int) -> DateMatch? {
        guard words.isAttached(index + 1), words.isPunctuation(index + 1, Self.numericSeparators),
            var first = numericEnd(at: index) ?? unclosedDottedStart(at: index),
            let afterSeparator = words.rangeSeparator(first.next),
            var second = numericEnd(at: afterSeparator),
            first.date.year != nil || second.date.year != nil || words.separatorWord(first.next) != nil
        else { return nil }
        let separator = first.next
        // "27/02/2026 to 02/03/2026": an end that can only be day first makes the other one so.
        if let order = first.order ?? second.order {
            first = numericEnd(at: index, dayFirst: order) ?? first
            second = numericEnd(at: afterSeparator, dayFirst: order) ?? second
        }
        var start = first.date
        if start.year == nil, let year = second.date.year {
            start = start.with(year: year - (start.wrapsNewYear(before: second.date.with(year: nil)) ? 1 : 0))
        }
        guard second.date.year != nil || start.year == nil else { return nil }
        let opening = words.separatorWord(separator).flatMap { rangeOpener(before: from, closedBy: $0) } ?? from
        return DateMatch(
            expression: .range(start, second.date, startWeekday: nil, endWeekday: nil), tokens: opening..<second.next)
    }

    /// Whether the number at `index` goes on a code before it ("06-12-10-24").
    private func continuesCodeBefore(_ index: Int) -> Bool {
        index >= 2 && words.isAttached(index) && words.isPunctuation(index - 1, Self.numericSeparators)
            && words.isAttached(index - 1) && words.number(index - 2) != nil
    }

    /// Marks between the numbers of a date in digits.
    static let numericSeparators: Set<Unicode.Scalar> = ["/", ".", "-"]

    /// One end of a numeric range: a full date in digits, or a day and month alone written
    /// day first, "27.2." (with its closing period) or, in French, « 7/03 ».
    func numericEnd(at index: Int, dayFirst: Bool? = nil) -> (date: PartialDate, next: Int, order: Bool?)? {
        if let match = isoDate(at: index) ?? slashDate(at: index, dayFirst: dayFirst),
            case .date(let date, _) = match.expression
        {
            return (date, match.tokens.upperBound, writtenOrder(at: index))
        }
        guard let day = words.day(index), words.number(index) != nil else { return nil }
        for separator: Unicode.Scalar in [".", "/"] {
            guard separator == "." || language == .fr,
                let month = attachedNumber(after: index, separator: separator, digits: 1...2), (1...12).contains(month)
            else { continue }
            let closed = words.isAttached(index + 3) && words.isPunctuation(index + 3, ".")
            if separator == "." {
                guard closed, !words.continuesCode(index + 3) || !words.isAttached(index + 4) else { return nil }
                return (PartialDate(month: month, day: day), index + 4, true)
            }
            guard !words.continuesCode(index + 3) else { return nil }
            return (PartialDate(month: month, day: day), index + 3, true)
        }
        return nil
    }

    /// In English, a day and month alone with a slash, read after a weekday only when one order
    /// is possible: "Tuesday 14/3" (the first number above 12: day first), "Tuesday 3/14" (the
    /// second above 12: month first). "Tuesday 3/4" may be either and is left alone, and so is
    /// "24/7" (all day, every day).
    func englishSlashedDay(at index: Int) -> (date: PartialDate, next: Int, order: Bool?)? {
        guard language == .en, let (first, digits) = words.number(index), digits <= 2,
            let second = attachedNumber(after: index, separator: "/", digits: 1...2),
            !words.continuesCode(index + 3), (first, second) != (24, 7)
        else { return nil }
        let dayFirst: Bool
        if first > 12, (1...12).contains(second) {
            dayFirst = true
        } else if second > 12, (1...12).contains(first) {
            dayFirst = false
        } else {
            return nil
        }
        let (day, month) = dayFirst ? (first, second) : (second, first)
        guard (1...31).contains(day) else { return nil }
        return (PartialDate(month: month, day: day), index + 3, dayFirst)
    }

    /// The first end of a French range written « du 14.06 au 19.06.2026 »: a day and month
    /// without the closing period, read only before « au » (or « jusqu’au ») and a second end
    /// with its year, where "14.06" cannot be a decimal.
    private func unclosedDottedStart(at index: Int) -> (date: PartialDate, next: Int, order: Bool?)? {
        guard language == .fr, words.isPunctuation(index + 1, "."), let day = words.day(index),
            words.number(index) != nil, words.isAttached(index + 2), let (month, digits) = words.number(index + 2),
            digits == 2, (1...12).contains(month), words.separatorWord(index + 3) != nil,
            let afterSeparator = words.rangeSeparator(index + 3),
            numericEnd(at: afterSeparator, dayFirst: true)?.date.year != nil
        else { return nil }
        return (PartialDate(month: month, day: day), index + 3, true)
    }

    /// Whether the numbers of a slashed or dashed date at `index` can only be day first (the
    /// first above 12: `true`) or month first (the second above 12: `false`); `nil` when both
    /// readings hold, or for an ISO date.
    private func writtenOrder(at index: Int) -> Bool? {
        guard words.year(index) == nil, let (first, _) = words.number(index), let (second, _) = words.number(index + 2)
        else { return nil }
        if first > 12 { return true }
        return second > 12 ? false : nil
    }

    /// The number two tokens after `index`, when an attached `separator` and an attached number
    /// of the given length follow.
    private func attachedNumber(after index: Int, separator: Unicode.Scalar, digits: ClosedRange<Int>) -> Int? {
        guard words.isAttached(index + 1), words.isPunctuation(index + 1, separator),
            words.isAttached(index + 2), let (value, count) = words.number(index + 2),
            digits.contains(count)
        else { return nil }
        return value
    }

    private func attachedNumber(after index: Int, separator: Unicode.Scalar, digits: Int) -> Int? {
        attachedNumber(after: index, separator: separator, digits: digits...digits)
    }

    /// A month and its year: "novembre 2025", "Nov. 2025"; or a month and a mistyped year,
    /// "June 20026", which keeps no year.
    func monthYear(at index: Int) -> DateMatch? {
        guard let month = words.month(index), !words.continuesCode(month.next + 1) else { return nil }
        let year = words.year(month.next)
        guard year != nil || words.mistypedYear(month.next) != nil else { return nil }
        return DateMatch(
            expression: .date(PartialDate(year: year, month: month.month), weekday: nil),
            tokens: index..<month.next + 1)
    }

    /// A range of years: "2015-2020", "2015 – 2020", "de 2015 à 2020", "from 2015 to 2020",
    /// "entre 2015 et 2020", "between 2015 and 2020". The second year must be later.
    func yearRange(at index: Int) -> DateMatch? {
        guard let start = words.year(index) else { return nil }
        var endIndex = index + 1
        var mentionStart = index
        if words.isPunctuation(endIndex, DateLexicon.rangeDashes) {
            endIndex += 1
        } else if let lead = words.connector(index - 1), let separator = words.connector(endIndex),
            DateLexicon.yearRangeWords[lead] == separator
        {
            endIndex += 1
            mentionStart = index - 1
        } else {
            return nil
        }
        guard let end = words.year(endIndex), end > start, !words.continuesCode(endIndex + 1) else {
            return nil
        }
        return DateMatch(
            expression: .range(PartialDate(year: start), PartialDate(year: end), startWeekday: nil, endWeekday: nil),
            tokens: mentionStart..<endIndex + 1)
    }

    /// A year alone after a word that introduces one: "en 2015", "depuis 2021", "in 2015".
    func yearAlone(at index: Int) -> DateMatch? {
        guard let year = words.year(index), index > 0, words.tokens[index - 1].kind == .word,
            DateLexicon.yearLeadWords.contains(words.tokens[index - 1].text.lowercased()),
            !words.continuesCode(index + 1), !isFollowedByPercent(index)
        else { return nil }
        return DateMatch(expression: .date(PartialDate(year: year), weekday: nil), tokens: index..<index + 1)
    }

    private func isFollowedByPercent(_ index: Int) -> Bool {
        index + 1 < words.count && words.tokens[index + 1].text == "%"
    }
}
