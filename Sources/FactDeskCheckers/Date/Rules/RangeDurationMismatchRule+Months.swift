import FactDeskKit

/// A length in days against a range of months without days written right after it: « la
/// bataille dura 400 jours (mars-novembre 1712) », "the siege lasted 400 days, from March to
/// November 1712". The range holds at least the days from the last of its first month to the
/// first of its last month, and at most both months whole: a length outside those bounds cannot be.
extension RangeDurationMismatchRule {
    /// Words or marks that may stand between the length and the first month, folded.
    static let monthRangeOpeners: Set<String> = ["(", ",", "de", "from", "between", "entre"]
    /// Words or marks that join the two months, folded.
    static let monthRangeLinks: Set<String> = ["-", "–", "a", "au", "et", "to", "and", "through", "until"]
    /// How many tokens may stand between the length and the first month.
    static let monthRangeReach = 2

    /// The finding for a length in days that the range of months after it cannot hold.
    func monthRangeFinding(_ duration: Mention, stated: Int, unit: Mention.DurationUnit, check: DateCheck) -> Finding? {
        guard unit == .day, let months = Self.monthRange(after: duration, check: check) else { return nil }
        // Without a year, February may have 29 days.
        let year = months.year ?? 2000
        guard let firstDay = CalendarDate(year: year, month: months.first, day: 1),
            let lastDay = CalendarDate(
                year: year, month: months.last, day: CalendarDate.daysIn(month: months.last, year: year))
        else { return nil }
        let endOfFirst = firstDay.adding(days: CalendarDate.daysIn(month: months.first, year: year) - 1)
        let startOfLast = CalendarDate(year: year, month: months.last, day: 1) ?? lastDay
        let fewest = startOfLast.daysSinceEpoch - endOfFirst.daysSinceEpoch + 1
        let most = lastDay.daysSinceEpoch - firstDay.daysSinceEpoch + 1
        guard stated < fewest || stated > most else { return nil }
        let quote = check.document.text(in: months.span)
        return check.finding(
            descriptor, at: duration.span.union(months.span),
            message: check.wording.monthRangeDuration(
                quoted: duration.text, range: quote, bound: stated > most ? most : fewest, isMost: stated > most),
            evidence: [Evidence(statement: "\(quote) holds \(fewest) to \(most) days, counting the first and the last")])
    }

    /// The months (and year) of a range of months without days right after the length: «
    /// (mars-novembre 1712) », ", from March to November 1712".
    private static func monthRange(after duration: Mention, check: DateCheck)
        -> (first: Int, last: Int, year: Int?, span: Span)?
    {
        let sentence = check.sentence(of: duration).tokens
        var index = check.document.tokenRange(of: duration.span).upperBound
        let limit = min(sentence.upperBound, index + monthRangeReach)
        while index < limit, monthRangeOpeners.contains(check.word(index)) || monthRangeOpeners.contains(check.tokens[index].text) {
            index += 1
        }
        guard index < sentence.upperBound, check.tokens[index - 1].kind != .number else { return nil }
        // « mars-novembre » may be one word.
        let parts = check.tokens[index].text.split(whereSeparator: { $0 == "-" || $0 == "–" })
        let joined = parts.count == 2
        let monthEnd = joined ? index : index + 2
        guard monthEnd < sentence.upperBound,
            let first = MonthNames.numbers[joined ? WordFolding.fold(String(parts[0])) : check.word(index)],
            let last = MonthNames.numbers[joined ? WordFolding.fold(String(parts[1])) : check.word(index + 2)],
            joined || monthRangeLinks.contains(check.word(index + 1))
                || monthRangeLinks.contains(check.tokens[index + 1].text),
            last > first
        else { return nil }
        // A day before the last month makes it a range of days, which the other rules read.
        guard joined || check.tokens[index + 1].kind != .number else { return nil }
        let after = monthEnd + 1
        let year = after < sentence.upperBound ? Self.writtenYear(check.tokens[after].text) : nil
        let end = year == nil ? monthEnd : after
        return (first, last, year, check.tokens[index].span.union(check.tokens[end].span))
    }

    /// The year a token of four digits writes, from 1000 to 2999.
    private static func writtenYear(_ text: String) -> Int? {
        guard text.count == 4, let year = Int(text), (1000...2999).contains(year) else { return nil }
        return year
    }
}

extension DateWording {
    /// "« 400 jours » : « mars-novembre 1712 » compte au plus 275 jours."
    func monthRangeDuration(quoted words: String, range: String, bound: Int, isMost: Bool) -> String {
        language == .fr
            ? quoted(words) + colon
                + "\(quoted(range)) compte \(isMost ? "au plus" : "au moins") \(numberInWords(bound)) jours."
            : quoted(words) + colon + "\(quoted(range)) holds \(isMost ? "at most" : "at least") \(numberInWords(bound)) days."
    }
}
