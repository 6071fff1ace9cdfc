import FactDeskKit

/// Rule `range-across-months` (warning): a range whose month is written once and whose end comes
/// before its start in that month, when reading the other end in the next-door month gives a week
/// or less: « du 28 au 2 mars », "from 28 to 2 March" (28 February – 2 March), "March 28-2"
/// (28 March – 2 April). Writers do use the form; the warning names the reading across the
/// months. A longer span read that way (« du 20 au 12 juin ») stays a `range-order` error.
struct CrossMonthRangeRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "range-across-months", severity: .warning,
        summary: "A range whose month is written once and whose days only make sense across two months.",
        examples: [
            RuleExample("Les Jeux ont lieu ⟦du 28 au 2 mars⟧ à Lyon.", language: .fr),
            RuleExample("The Games take place ⟦from 28 to 2 March⟧ in Leeds.", language: .en),
            RuleExample("The fair runs ⟦March 28-2⟧ downtown.", language: .en),
            RuleExample("Le festival se tiendra ⟦du sam. 27 au mar. 2 mars 2027⟧ à Nancy.", language: .fr),
            RuleExample("Les Jeux ont lieu du 28 février au 2 mars à Lyon.", language: .fr),
            RuleExample("The Games take place from 28 February to 2 March in Leeds.", language: .en),
            RuleExample("Le salon se tiendra du 20 au 12 juin à Lyon.", language: .fr),
            RuleExample("Le salon se tiendra du 28 mars au 2 mars à Lyon.", language: .fr),
            RuleExample("The fair runs March 28 to March 2 downtown.", language: .en),
            RuleExample("Le salon se tiendra du 31 au 2 mars à Lyon.", language: .fr),
        ])

    /// The longest span, in days from the first day to the last, read across two months.
    static let longestSpan = 7

    func findings(in check: DateCheck) -> [Finding] {
        check.ranges.compactMap { mention -> Finding? in
            guard let (start, end) = Self.acrossMonths(mention, check: check) else { return nil }
            return check.finding(
                descriptor, at: mention.span,
                message: check.wording.rangeAcrossMonths(
                    quoted: mention.text, start: PartialDate(year: nil, month: start.month, day: start.day),
                    end: PartialDate(year: nil, month: end.month, day: end.day)),
                evidence: [Evidence(statement: "read across months: \(start.isoMonthDay) to \(end.isoMonthDay)")])
        }
    }

    /// Words between the two days of a range, folded; punctuation may stand there too.
    private static let connectors: Set<String> = ["au", "to", "through", "until", "till", "and", "et", "jusqu'"]
    /// Abbreviated weekdays that may stand before a day, folded (``WeekdayNames`` knows the full
    /// names); French « mar » is read only in French text.
    private static let weekdayAbbreviations: Set<String> = [
        "lun", "mer", "jeu", "ven", "sam", "dim", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun",
    ]

    /// The first and last days of a range whose month is written once and whose end comes before
    /// its start in it, read with the other end in the next-door month, when that gives
    /// ``longestSpan`` days or less; `nil` otherwise.
    static func acrossMonths(_ mention: Mention, check: DateCheck) -> (start: CalendarDate, end: CalendarDate)? {
        guard case .dateRange(let start, let end, _, _) = mention.value, let month = start.month, month == end.month,
            start.year == end.year, let first = start.day, let last = end.day, first > last
        else { return nil }
        let tokens = check.document.tokenRange(of: mention.span)
        let days = tokens.filter {
            check.tokens[$0].text.first?.isNumber == true && RangeOrderRule.year(check.tokens[$0].text) == nil
        }
        guard days.count == 2 else { return nil }
        let isWeekday = { (index: Int) in
            let word = check.word(index)
            return WeekdayNames.weekday(word) != nil || weekdayAbbreviations.contains(word)
                || (word == "mar" && check.document.language == .fr)
        }
        // Only connectors and weekdays between the days: the month is not written after the first.
        guard
            (days[0] + 1..<days[1]).allSatisfy({
                check.tokens[$0].kind == .punctuation || connectors.contains(check.word($0)) || isWeekday($0)
            })
        else {
            return nil
        }
        let wordsBefore = (tokens.lowerBound..<days[0]).filter {
            check.tokens[$0].kind == .word && !isWeekday($0) && !["du", "from", "between", "entre"].contains(check.word($0))
        }
        let wordsAfter = (days[1] + 1..<tokens.upperBound).filter { check.tokens[$0].kind == .word }
        let year = start.year ?? check.published?.year ?? 2000
        let startDay: CalendarDate?
        let endDay: CalendarDate?
        switch (wordsBefore.isEmpty, wordsAfter.isEmpty) {
        case (true, false):  // « du 28 au 2 mars »: the start in the month before.
            let previous = month == 1 ? (year - 1, 12) : (year, month - 1)
            startDay = CalendarDate(year: previous.0, month: previous.1, day: first)
            endDay = CalendarDate(year: year, month: month, day: last)
        case (false, true):  // "March 28-2": the end in the month after.
            let next = month == 12 ? (year + 1, 1) : (year, month + 1)
            startDay = CalendarDate(year: year, month: month, day: first)
            endDay = CalendarDate(year: next.0, month: next.1, day: last)
        default:
            return nil
        }
        guard let startDay, let endDay,
            (1...longestSpan).contains(endDay.daysSinceEpoch - startDay.daysSinceEpoch)
        else { return nil }
        return (startDay, endDay)
    }
}

extension CalendarDate {
    /// The month and day, "02-28".
    fileprivate var isoMonthDay: String { String(iso.dropFirst(5)) }
}

extension DateWording {
    /// "« du 28 au 2 mars » : la fin (2 mars) précède le début dans le même mois ; du 28 février
    /// au 2 mars ?"
    func rangeAcrossMonths(quoted words: String, start: PartialDate, end: PartialDate) -> String {
        quoted(words) + colon
            + (language == .fr
                ? "la fin précède le début dans le même mois ; s’agit-il du \(date(start)) au \(date(end)) ? Écrire les deux mois."
                : "the end comes before the start in the same month; is it \(date(start)) to \(date(end))? Write both months.")
    }
}
