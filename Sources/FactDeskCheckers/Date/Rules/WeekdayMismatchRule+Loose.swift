import FactDeskKit

/// Weekdays that the extractor leaves alone but that name a day all the same: a date in
/// parentheses after the weekday ("on Thursday (May 30)", "Wednesday (12 July 2023)") and a day
/// of the month written as an ordinal without its month ("Thursday 13th", « jeudi 1er »), which
/// is the publication month's or a neighbouring month's; and a weekday set beside a date by a
/// comma (« le 12 mars, un mardi », « mardi dernier, le 12 mars »).
extension WeekdayMismatchRule {
    /// How far from the publication date a day of the month without its month may lie, in days.
    static let dayOfMonthReach = 31

    func looseFindings(in check: DateCheck) -> [Finding] {
        appositionFindings(in: check) + check.weekdays.compactMap { mention -> Finding? in
            guard case .weekday(let written) = mention.value else { return nil }
            let next = check.document.tokenRange(of: mention.span).upperBound
            if let (dated, closing) = Self.parenthesisedDate(after: next, check: check) {
                guard case .date(let date, nil) = dated.value, let day = date.calendarDate, day.weekday != written
                else { return nil }
                let span = mention.span.union(closing)
                return finding(
                    check, quoted: check.document.text(in: span), span: span, mismatches: [day],
                    replacements: [check.wording.weekday(day.weekday)])
            }
            guard let published = check.published, let dayOfMonth = Self.dayOfMonth(at: next, check: check),
                !Self.isFollowedByMonthOrList(next + 1, check: check)
            else { return nil }
            let candidates = (-1...1).compactMap { shift -> CalendarDate? in
                let month = (published.month - 1 + shift + 12) % 12 + 1
                let year = published.year + (published.month + shift < 1 ? -1 : published.month + shift > 12 ? 1 : 0)
                guard let day = CalendarDate(year: year, month: month, day: dayOfMonth),
                    abs(day.daysSinceEpoch - published.daysSinceEpoch) <= Self.dayOfMonthReach
                else { return nil }
                return day
            }
            guard let nearest = candidates.min(by: {
                abs($0.daysSinceEpoch - published.daysSinceEpoch) < abs($1.daysSinceEpoch - published.daysSinceEpoch)
            }), !candidates.contains(where: { $0.weekday == written })
            else { return nil }
            let span = mention.span.union(check.tokens[next].span)
            return finding(
                check, quoted: check.document.text(in: span), span: span, mismatches: [nearest],
                replacements: [check.wording.weekday(nearest.weekday)],
                evidence: [
                    Evidence(
                        statement:
                            "published \(published.isoDay): no day \(dayOfMonth) within \(Self.dayOfMonthReach) days is a \(written.englishName)"
                    )
                ])
        }
    }

    /// Words between a date and the weekday set beside it: « le 12 mars, un jeudi », "March 12,
    /// a Thursday", « mardi dernier, le 12 mars », "on Tuesday, the 12th of March".
    static let appositionArticles: Set<String> = ["un", "a", "le", "the"]
    static let appositionFollowers: Set<String> = ["dernier", "prochain", "last", "next"]

    /// A weekday set beside a full date by a comma, before or after it, that falls on another day.
    private func appositionFindings(in check: DateCheck) -> [Finding] {
        (check.weekdays + check.relatives).compactMap { mention -> Finding? in
            let written: Weekday
            switch mention.value {
            case .weekday(let weekday): written = weekday
            case .relativeDate(.weekday(let weekday, _)): written = weekday
            default: return nil
            }
            let tokens = check.document.tokenRange(of: mention.span)
            var dated: Mention?
            // « le 12 mars, un jeudi »
            if Self.appositionArticles.contains(check.word(tokens.lowerBound - 1)),
                check.tokens.indices.contains(tokens.lowerBound - 2), check.tokens[tokens.lowerBound - 2].text == ","
            {
                let end = check.tokens[tokens.lowerBound - 2].span.start
                dated = check.dates.last { $0.span.end == end }
            }
            // « mardi dernier, le 12 mars »
            var next = tokens.upperBound
            if Self.appositionFollowers.contains(check.word(next)) { next += 1 }
            if dated == nil, next + 1 < check.tokens.count, check.tokens[next].text == ",",
                Self.appositionArticles.contains(check.word(next + 1)), next + 2 < check.tokens.count
            {
                let start = check.tokens[next + 2].span.start
                // A closed aside: « mardi dernier, le 12 mars. », not « jeudi, le 13 mars étant férié ».
                dated = check.dates.first { $0.span.start == start }.flatMap { date in
                    let after = check.document.tokenRange(of: date.span).upperBound
                    return after >= check.tokens.count || check.tokens[after].kind == .punctuation ? date : nil
                }
            }
            guard let dated, case .date(let date, nil) = dated.value, date.day != nil, let day = date.calendarDate,
                day.weekday != written
            else { return nil }
            let span = mention.span.union(dated.span)
            return finding(
                check, quoted: check.document.text(in: span), span: span, mismatches: [day],
                replacements: [check.wording.weekday(day.weekday)])
        }
    }

    /// The date mention in parentheses right after the weekday ("Thursday (May 30)"), and the
    /// closing parenthesis.
    private static func parenthesisedDate(after index: Int, check: DateCheck) -> (Mention, Span)? {
        guard index < check.tokens.count, check.tokens[index].text == "(" else { return nil }
        let start = check.tokens[index].span.end
        let next = check.timeline.partitionPoint { $0.span.start >= start }
        guard next < check.timeline.count, check.timeline[next].kind == .date,
            check.document.tokenIndex(from: check.timeline[next].span.start) == index + 1
        else { return nil }
        let after = check.document.tokenRange(of: check.timeline[next].span).upperBound
        guard after < check.tokens.count, check.tokens[after].text == ")" else { return nil }
        return (check.timeline[next], check.tokens[after].span)
    }

    /// A day of the month written as an ordinal at `index`: "13th", "1st", "1er". A bare number
    /// ("le mardi 24") may be a day of any month, or a count.
    private static func dayOfMonth(at index: Int, check: DateCheck) -> Int? {
        guard index < check.tokens.count else { return nil }
        let text = check.tokens[index].text
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), ["st", "nd", "rd", "th", "er"].contains(text.dropFirst(digits.count)),
            let day = Int(digits), (1...31).contains(day)
        else { return nil }
        return day
    }

    /// Whether a month, a unit or another day follows ("lundi 24 et mardi 25 novembre" is the
    /// extractor's), or a number goes on ("Monday 13,000").
    private static func isFollowedByMonthOrList(_ index: Int, check: DateCheck) -> Bool {
        guard index < check.tokens.count else { return false }
        let token = check.tokens[index]
        if token.followsSpace == false, token.kind == .punctuation, [",", ".", ":", "/", "-"].contains(token.text),
            index + 1 < check.tokens.count, check.tokens[index + 1].kind == .number
        {
            return true
        }
        return token.kind == .word && WeekdayReading.listFollowers.contains(check.word(index))
            || token.kind == .number || DateWording.isMonth(check.word(index))
    }
}
