import FactDeskKit

/// Dates of one paragraph, each with its weekday, that no year gives (no year written, no
/// publication date, no reference event named): whatever their year, their weekdays must agree
/// with one another as their days do — at both ends of a range (« du jeudi 28 mai au dimanche 1er
/// juin »), in a list (« les vendredi 30 avril et samedi 16 mai »), after a weekday in
/// the plural (« les mercredis 15 et 22 avril », "on Saturdays 14 and 21 March") or in separate
/// sentences. Some year puts all of them on their weekdays, or the one date that no year reconciles
/// with the others is wrong; when two dates alone disagree, the finding spans both, since either
/// may be the wrong one. A sentence that writes a year or speaks of another year (« l’an dernier »,
/// "last year") may date another year's days: its dates are left out.
extension WeekdayMismatchRule {
    /// A day and month written with its weekday, in a paragraph that gives it no year.
    struct YearlessWeekdayDay {
        var month: Int
        var day: Int
        var weekday: Weekday
        var span: Span
        /// The words to quote for it.
        var quoted: String
        /// Where its weekday is written: the days a plural weekday lists are one claim.
        var claim: Int
    }

    /// Weekdays in the plural, which a list of days may follow, folded.
    private static let pluralWeekdays: [String: Weekday] = [
        "lundis": .monday, "mardis": .tuesday, "mercredis": .wednesday, "jeudis": .thursday, "vendredis": .friday,
        "samedis": .saturday, "dimanches": .sunday, "mondays": .monday, "tuesdays": .tuesday,
        "wednesdays": .wednesday, "thursdays": .thursday, "fridays": .friday, "saturdays": .saturday,
        "sundays": .sunday,
    ]
    /// Words that join the days of a list.
    private static let dayJoiners: Set<String> = [",", "et", "and"]
    /// The years tried: a cycle of 28 holds every calendar, leap or not.
    private static let calendarCycle = 2000..<2028

    func yearlessDayFindings(in check: DateCheck) -> [Finding] {
        var byParagraph: [Int: [YearlessWeekdayDay]] = [:]
        for day in Self.yearlessWeekdayDays(in: check) {
            byParagraph[check.document.paragraphIndex(of: day.span.start), default: []].append(day)
        }
        return byParagraph.keys.sorted().flatMap { paragraph in
            yearlessDayFindings(byParagraph[paragraph] ?? [], check: check)
        }
    }

    /// The findings for the days of one paragraph, in text order.
    private func yearlessDayFindings(_ days: [YearlessWeekdayDay], check: DateCheck) -> [Finding] {
        guard days.count >= 2 else { return [] }
        // Days of November or December and of January or February: the new year's come after.
        let months = Set(days.map(\.month))
        let wraps = !months.isDisjoint(with: [11, 12]) && !months.isDisjoint(with: [1, 2])
        func date(_ day: YearlessWeekdayDay, in year: Int) -> CalendarDate? {
            CalendarDate(year: wraps && day.month <= 6 ? year + 1 : year, month: day.month, day: day.day)
        }
        // A year's wrong claims: the days a plural weekday lists count once.
        var best: [(year: Int, wrong: Set<Int>)] = []
        for year in Self.calendarCycle {
            let wrong = Set(days.filter { date($0, in: year)?.weekday != $0.weekday }.map(\.claim))
            if wrong.isEmpty { return [] }
            if best.isEmpty || wrong.count < best[0].wrong.count {
                best = [(year, wrong)]
            } else if wrong.count == best[0].wrong.count {
                best.append((year, wrong))
            }
        }
        guard let first = best.first else { return [] }
        if best.allSatisfy({ $0.wrong == first.wrong }) {
            // The claims no year reconciles with the others, each in one finding.
            let right = days.filter { !first.wrong.contains($0.claim) }
            return first.wrong.sorted().compactMap { claim in
                let wrong = days.filter { $0.claim == claim && date($0, in: first.year)?.weekday != $0.weekday }
                guard let day = wrong.first, let expected = date(day, in: first.year)?.weekday,
                    let witness = right.min(by: { abs($0.span.start - day.span.start) < abs($1.span.start - day.span.start) })
                else { return nil }
                let span = wrong.dropFirst().reduce(day.span) { $0.union($1.span) }
                return finding(day, witness: witness, expected: expected, spanning: span, check: check)
            }
        }
        // No one date is to blame: the first two that disagree, in one finding.
        guard let (a, b) = Self.firstDisagreement(days, date: date),
            let year = Self.calendarCycle.first(where: { date(days[a], in: $0)?.weekday == days[a].weekday }),
            let expected = date(days[b], in: year)?.weekday
        else { return [] }
        return [finding(days[b], witness: days[a], expected: expected, spanning: days[a].span.union(days[b].span), check: check)]
    }

    /// The first two days, in text order, that no one year puts both on their weekdays.
    private static func firstDisagreement(
        _ days: [YearlessWeekdayDay], date: (YearlessWeekdayDay, Int) -> CalendarDate?
    ) -> (Int, Int)? {
        for second in days.indices.dropFirst() {
            for first in 0..<second {
                let agree = calendarCycle.contains { year in
                    date(days[first], year)?.weekday == days[first].weekday
                        && date(days[second], year)?.weekday == days[second].weekday
                }
                if !agree { return (first, second) }
            }
        }
        return nil
    }

    private func finding(
        _ day: YearlessWeekdayDay, witness: YearlessWeekdayDay, expected: Weekday, spanning span: Span,
        check: DateCheck
    ) -> Finding {
        let quoted = check.document.text(in: span)
        let dayName = check.wording.date(PartialDate(month: day.month, day: day.day))
        return check.finding(
            descriptor, at: span,
            message: check.wording.yearlessDay(quoted: quoted, witness: witness.quoted, date: dayName, expected: expected),
            evidence: [
                Evidence(
                    statement:
                        "in any year where “\(witness.quoted)” is right, \(dayName) is a \(expected.englishName), not a \(day.weekday.englishName)"
                )
            ])
    }

    /// The days with weekdays that no year gives, in text order.
    static func yearlessWeekdayDays(in check: DateCheck) -> [YearlessWeekdayDay] {
        guard check.published == nil else { return [] }
        var days: [YearlessWeekdayDay] = []
        for mention in check.dates {
            guard case .date(let date, let written?) = mention.value, let month = date.month, let day = date.day,
                isYearless(date, in: mention, check: check)
            else { continue }
            days.append(
                YearlessWeekdayDay(
                    month: month, day: day, weekday: written, span: mention.span, quoted: mention.text,
                    claim: mention.span.start))
        }
        for mention in check.ranges {
            guard case .dateRange(let start, let end, let startWeekday, let endWeekday) = mention.value,
                isYearless(start, in: mention, check: check), isYearless(end, in: mention, check: check)
            else { continue }
            for (end, (date, written)) in [(start, startWeekday), (end, endWeekday)].enumerated() {
                guard let written, let month = date.month, let day = date.day else { continue }
                let quoted = check.wording.weekday(written) + " " + check.wording.date(PartialDate(month: month, day: day))
                days.append(
                    YearlessWeekdayDay(
                        month: month, day: day, weekday: written, span: mention.span, quoted: quoted,
                        claim: mention.span.start + end))
            }
        }
        days += pluralWeekdayDays(in: check)
        return days.filter { !speaksOfAnotherYear(sentence: check.document.sentenceIndex(of: $0.span.start), check: check) }
            .sorted { $0.span.start < $1.span.start }
    }

    /// Whether a date is written without a year and nothing gives it one.
    private static func isYearless(_ date: PartialDate, in mention: Mention, check: DateCheck) -> Bool {
        date.year == nil && date.calendarDate == nil && date.month != nil && date.day != nil
            && dayOfYearlessDate(date, in: mention, check: check) == nil
    }

    /// The days listed after a weekday in the plural (« les samedis 14, 21 mars et 4 avril »),
    /// each taking the month written after it.
    private static func pluralWeekdayDays(in check: DateCheck) -> [YearlessWeekdayDay] {
        var days: [YearlessWeekdayDay] = []
        for (index, token) in check.tokens.enumerated() {
            guard let weekday = pluralWeekdays[check.word(index)] else { continue }
            let sentence = check.document.sentences[check.document.sentenceIndex(of: token.span.start)]
            var pending: [(day: Int, span: Span)] = []
            var position = index + 1
            while position < sentence.tokens.upperBound {
                if dayJoiners.contains(check.tokens[position].text.lowercased()) {
                    position += 1
                } else if let dated = check.dates.first(where: { $0.span.start == check.tokens[position].span.start }),
                    case .date(let date, nil) = dated.value, date.year == nil, let day = date.day
                {
                    if let month = date.month {
                        for listed in pending + [(day, dated.span)] {
                            let span = token.span.union(listed.span)
                            days.append(
                                YearlessWeekdayDay(
                                    month: month, day: listed.day, weekday: weekday, span: span,
                                    quoted: check.document.text(in: span), claim: token.span.start))
                        }
                        pending = []
                    } else {
                        pending.append((day, dated.span))
                    }
                    position = check.document.tokenRange(of: dated.span).upperBound
                } else if check.tokens[position].kind == .number, let day = Int(check.tokens[position].text), (1...31).contains(day) {
                    pending.append((day, check.tokens[position].span))
                    position += 1
                } else {
                    break
                }
            }
        }
        return days
    }

    /// Whether sentence `index` writes a year or speaks of an earlier year or edition
    /// (``OtherTimeWords/tellsOfEarlierPeriod(sentence:check:)``).
    private static func speaksOfAnotherYear(sentence index: Int, check: DateCheck) -> Bool {
        check.document.sentences[index].tokens.contains { check.tokens[$0].isModernYear }
            || OtherTimeWords.tellsOfEarlierPeriod(sentence: index, check: check)
    }
}

extension DateWording {
    /// « « dimanche 16 février » : si « mercredi 19 février » est juste, le 16 février est un samedi. »
    func yearlessDay(quoted words: String, witness: String, date: String, expected: Weekday) -> String {
        quoted(words) + colon
            + (language == .fr
                ? "si « \(witness) » est juste, le \(date) est un \(weekday(expected)), quelle que soit l’année."
                : "if “\(witness)” is right, \(date) is a \(weekday(expected)), whatever the year.")
    }
}
