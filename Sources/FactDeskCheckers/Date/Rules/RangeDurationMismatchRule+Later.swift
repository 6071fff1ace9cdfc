import FactDeskKit

/// Days later on a day the text writes, against the day written before them: « inauguré le 3
/// mai 1971, le pont est franchi deux jours plus tard, le 6 mai », "signed on March 2; three
/// days later, on March 6, …" (from the 3rd to the 6th is three days). The earlier day
/// is the last full day and month written before the days, in their sentence or the one before
/// in the paragraph, with no other date between; a later day without a year takes its year.
extension RangeDurationMismatchRule {
    /// Words right after the days that make them a delay, folded, as sequences.
    static let laterWords: [[String]] = [["later"], ["plus", "tard"], ["apres"]]
    /// Words that may stand between the delay and its day, folded.
    static let laterDayLeads: Set<String> = [",", "on", "le", "l'", "soit", "("]
    /// How many tokens may stand between the delay and its day.
    static let laterDayReach = 3

    /// The finding for days later whose day the day written before them contradicts.
    func laterDayFinding(_ duration: Mention, stated: Int, unit: Mention.DurationUnit, check: DateCheck) -> Finding? {
        guard unit == .day, let (later, laterDate) = Self.laterDay(after: duration, check: check),
            let (earlier, earlierDate) = Self.earlierDay(before: duration, check: check),
            let from = CalendarDate(year: earlierDate.year, month: earlierDate.month, day: earlierDate.day)
        else { return nil }
        let year = laterDate.year ?? (laterDate.month < earlierDate.month ? earlierDate.year + 1 : earlierDate.year)
        guard let to = CalendarDate(year: year, month: laterDate.month, day: laterDate.day) else { return nil }
        let days = to.daysSinceEpoch - from.daysSinceEpoch
        guard days > 0, days != stated else { return nil }
        let earlierText = check.document.text(in: earlier.span)
        return check.finding(
            descriptor, at: duration.span.union(later.span),
            message: check.wording.laterDays(
                quoted: check.document.text(in: duration.span.union(later.span)), earlier: earlierText, days: days),
            evidence: [Evidence(statement: "\(from) to \(to) is \(days) days")])
    }

    /// The day written right after days later (« deux jours plus tard, le 6 mai »), with its
    /// day and month.
    private static func laterDay(after duration: Mention, check: DateCheck)
        -> (mention: Mention, date: (year: Int?, month: Int, day: Int))?
    {
        let end = check.document.tokenRange(of: duration.span).upperBound
        guard let words = laterWords.first(where: { check.hasWords($0, at: end) }) else { return nil }
        var index = end + words.count
        // Days later may end the text: the leads are sought within their sentence.
        let limit = min(check.sentence(of: duration).tokens.upperBound, index + laterDayReach)
        while index < limit, laterDayLeads.contains(check.word(index)) || laterDayLeads.contains(check.tokens[index].text) {
            index += 1
        }
        guard let mention = check.dates.first(where: { check.document.tokenIndex(from: $0.span.start) == index }),
            case .date(let date, _) = mention.value, let month = date.month, let day = date.day
        else { return nil }
        // The year the extraction may have told from the text's time is not the writer's.
        return (mention, (QuoteEditing.containsYear(mention.text) ? date.year : nil, month, day))
    }

    /// The last date with a year, a month and a day before the days, in their sentence or the
    /// one before in the same paragraph, when no other date stands between.
    private static func earlierDay(before duration: Mention, check: DateCheck)
        -> (mention: Mention, date: (year: Int, month: Int, day: Int))?
    {
        let index = check.document.sentenceIndex(of: duration.span.start)
        let first = index > 0
            && check.document.paragraphIndex(of: check.document.sentences[index - 1].span.start)
                == check.document.paragraphIndex(of: duration.span.start)
            ? check.document.sentences[index - 1].span.start : check.document.sentences[index].span.start
        guard let last = check.mentions(check.timeline, in: Span(start: first, end: duration.span.start)).last,
            case .date(let date, _) = last.value, let year = date.year, let month = date.month, let day = date.day
        else { return nil }
        return (last, (year, month, day))
    }
}

extension DateWording {
    /// « « deux jours plus tard, le 6 mai » : de « 3 mai 1971 » à ce jour, il y a trois jours. »
    func laterDays(quoted words: String, earlier: String, days: Int) -> String {
        language == .fr
            ? quoted(words) + colon + "de \(quoted(earlier)) à ce jour, il y a \(numberInWords(days)) jour\(days == 1 ? "" : "s")."
            : quoted(words) + colon + "from \(quoted(earlier)) to that day is \(numberInWords(days)) day\(days == 1 ? "" : "s")."
    }
}
