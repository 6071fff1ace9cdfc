import FactDeskKit
import FactDeskText

/// Dates, ranges, weekdays, ordinals and counts written out in the draft's language, for the
/// date checker's messages and suggestions. Each rule adds its own messages in an extension next
/// to it.
///
/// Built from fixed word lists, not the system locale: checkers read no locale.
struct DateWording {
    let language: Language

    static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A month's name: "novembre", "November".
    func month(_ month: Int) -> String {
        (language == .fr ? Self.frenchMonths : Self.englishMonths)[month - 1]
    }

    /// A weekday's name: "lundi", "Monday".
    func weekday(_ weekday: Weekday) -> String {
        let index = Weekday.allCases.firstIndex(of: weekday)!
        return (language == .fr ? Self.frenchWeekdays : Self.englishWeekdays)[index]
    }

    /// A day of the month as French writes it ("1er", "24"); English writes the number.
    func day(_ day: Int) -> String {
        language == .fr && day == 1 ? "1er" : String(day)
    }

    /// A date as precise as known: "24 novembre 2025", "24 novembre", "novembre 2025", "2025";
    /// "November 24, 2025", "November 24", "November 2025".
    func date(_ date: PartialDate) -> String {
        switch (date.year, date.month, date.day) {
        case let (year?, month?, day?):
            language == .fr ? "\(self.day(day)) \(self.month(month)) \(year)" : "\(self.month(month)) \(day), \(year)"
        case let (nil, month?, day?):
            language == .fr ? "\(self.day(day)) \(self.month(month))" : "\(self.month(month)) \(day)"
        case let (year?, month?, nil):
            "\(self.month(month)) \(year)"
        case let (year?, nil, _):
            String(year)
        default:
            date.description
        }
    }

    /// A full date with its weekday: "lundi 24 novembre 2025", "Monday, November 24, 2025".
    func dateWithWeekday(_ date: CalendarDate) -> String {
        let partial = PartialDate(year: date.year, month: date.month, day: date.day)
        return language == .fr
            ? "\(weekday(date.weekday)) \(self.date(partial))" : "\(weekday(date.weekday)), \(self.date(partial))"
    }

    /// How a range is written: "du 24 au 27 novembre" / "from November 24 to 27", or "24-27
    /// novembre" / "November 24–27".
    enum RangeStyle {
        case fromTo
        case dash
    }

    /// A range of days: "du 28 novembre au 1er décembre 2023", "4-7 novembre 2024", "November
    /// 4–7, 2024", "from November 28 to December 1, 2023".
    /// - Parameters:
    ///   - start: the first day; `end` the last; both with month and day.
    ///   - withYear: whether to write the year (the end's, and the start's when it differs).
    ///   - style: the form to use.
    func range(_ start: PartialDate, _ end: PartialDate, withYear: Bool, style: RangeStyle) -> String {
        let sameYear = start.year == end.year
        let sameMonth = sameYear && start.month == end.month
        func year(_ date: PartialDate) -> String { withYear ? date.year.map { " \($0)" } ?? "" : "" }
        guard let startDay = start.day, let endDay = end.day, let startMonth = start.month, let endMonth = end.month
        else { return "\(date(start)) – \(date(end))" }
        if language == .fr {
            let first =
                sameMonth
                ? day(startDay)
                : sameYear
                    ? "\(day(startDay)) \(month(startMonth))" : "\(day(startDay)) \(month(startMonth))\(year(start))"
            let last = "\(day(endDay)) \(month(endMonth))\(year(end))"
            return style == .fromTo ? "du \(first) au \(last)" : "\(first)-\(last)"
        }
        let first =
            sameYear
            ? "\(month(startMonth)) \(startDay)"
            : "\(month(startMonth)) \(startDay)\(withYear ? "," : "")\(year(start))"
        let last = sameMonth ? "\(endDay)" : "\(month(endMonth)) \(endDay)"
        let yearSuffix = withYear ? end.year.map { ", \($0)" } ?? "" : ""
        if style == .fromTo { return "from \(first) to \(last)\(yearSuffix)" }
        return sameMonth ? "\(first)–\(last)\(yearSuffix)" : "\(first) – \(last)\(yearSuffix)"
    }

    /// An ordinal in figures: "93e", "1er" (or "1re" for a feminine noun: « la 1re édition »),
    /// "93rd", "1st".
    func ordinal(_ number: Int, feminine: Bool = false) -> String {
        NumberSpeller.digitOrdinal(number, language: language, feminine: feminine)
    }

    /// A number from 1 to 31 in words ("quatre", "vingt et un", "four", "twenty-one"), or in
    /// figures beyond.
    func numberInWords(_ number: Int) -> String {
        let words = language == .fr ? Self.frenchNumbers : Self.englishNumbers
        return (1..<words.count).contains(number) ? words[number] : String(number)
    }

    static let frenchNumbers = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et un",
        "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit",
        "vingt-neuf", "trente", "trente et un",
    ]
    static let englishNumbers = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one",
        "twenty-two", "twenty-three", "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight",
        "twenty-nine", "thirty", "thirty-one",
    ]

    /// Whether a folded word is a month's name or its first three letters or more ("sept",
    /// "févr" folded), in French or English.
    static func isMonth(_ folded: String) -> Bool {
        guard folded.count >= 3 else { return false }
        let word = folded.hasSuffix(".") ? String(folded.dropLast()) : folded
        return (frenchMonths + englishMonths).contains { WordFolding.fold($0).hasPrefix(word) }
    }

    /// Quotes words from the draft, on one line: « … » in French, “…” in English.
    func quoted(_ words: String) -> String {
        let line = Self.oneLine(words)
        return language == .fr ? "« \(line) »" : "“\(line)”"
    }

    /// Words with each run of white space, line breaks included, made one space.
    static func oneLine(_ words: String) -> String {
        var previous: UInt8 = 0x20
        let isOneLine =
            words.utf8.allSatisfy { byte in
                defer { previous = byte }
                return byte >= 0x20 && !(byte == 0x20 && previous == 0x20)
            } && words.utf8.last != 0x20
        return isOneLine ? words : words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The separator between the quoted words and the explanation: " : " or ": ".
    var colon: String { language == .fr ? " : " : ": " }
}

extension Weekday {
    /// The English name, for evidence: "Monday".
    var englishName: String { DateWording.englishWeekdays[Weekday.allCases.firstIndex(of: self)!] }
}

extension CalendarDate {
    /// `YYYY-MM-DD`, for evidence: ``iso`` without Foundation's formatting, which the rules cannot
    /// afford once per finding.
    var isoDay: String {
        PartialDate(year: year, month: month, day: day).description
    }
}
