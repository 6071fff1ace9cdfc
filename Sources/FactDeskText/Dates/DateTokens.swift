import FactDeskKit

/// Reads the parts of dates — days, months, years, weekdays, separators — at token positions.
/// Every reader returns `nil` past the end, so patterns can probe ahead freely.
struct DateTokens {
    let tokens: [Token]
    /// What each token means to the date patterns, looked up once per token.
    private let dateWords: [DateLexicon.DateWord?]
    private let keys: WordKeys
    /// Whether the text is English, where "Sept" before a day is the month.
    private let isEnglish: Bool
    /// The publication date's month: the month of days told in it ("the 26th of this month").
    private let publishedMonth: Int?

    init(_ tokens: [Token], keys: WordKeys, language: Language, publishedMonth: Int? = nil) {
        self.tokens = tokens
        self.keys = keys
        self.isEnglish = language == .en
        self.publishedMonth = publishedMonth
        self.dateWords = tokens.indices.map { index in keys[index].flatMap { DateLexicon.words[$0] } }
    }

    var count: Int { tokens.count }

    /// The lexicon key of word `index`, or `nil` (not a word, no key, or past the end).
    func key(_ index: Int) -> UInt64? {
        keys[index]
    }

    /// Whether token `index` exists and touches the token before it (no white space between).
    func isAttached(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].followsSpace
    }

    /// The mark of punctuation token `index` (one scalar, as the tokenizer makes them), or `nil`.
    private func mark(_ index: Int) -> Unicode.Scalar? {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return nil }
        return tokens[index].text.unicodeScalars.first
    }

    /// Whether token `index` is a punctuation mark among `marks`.
    func isPunctuation(_ index: Int, _ marks: Set<Unicode.Scalar>) -> Bool {
        mark(index).map(marks.contains) ?? false
    }

    /// Whether token `index` is the punctuation mark `mark`.
    func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        self.mark(index) == mark
    }

    /// The folded text of word `index` when it is one of ``DateLexicon/connectors`` ("au",
    /// "et", "of"…).
    func connector(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count, case .connector(let word)? = dateWords[index] else { return nil }
        return word
    }

    /// Whether word `index` is one of `words`, which must be ``DateLexicon/connectors``.
    func isConnector(_ index: Int, _ words: Set<String>) -> Bool {
        connector(index).map(words.contains) ?? false
    }

    /// The value and digit count of number token `index`.
    func number(_ index: Int) -> (value: Int, digits: Int)? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number else { return nil }
        let utf8 = tokens[index].text.utf8
        guard utf8.count <= 9 else { return nil }
        return (utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }, utf8.count)
    }

    /// English ordinals spelt out, as days of the month: "sixth" is 6, "twenty-first" 21.
    static let speltDays: [String: Int] = {
        let units = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        ]
        var days: [String: Int] = [:]
        for (offset, word) in units.enumerated() { days[word] = offset + 1 }
        days["twentieth"] = 20
        days["thirtieth"] = 30
        for (offset, word) in units.prefix(9).enumerated() { days["twenty-" + word] = 21 + offset }
        days["thirty-first"] = 31
        return days
    }()

    /// Whether a word may be one of ``speltDays``: five to fourteen bytes, starting with the
    /// first letter of one of them.
    private static func mayBeSpeltDay(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard (5...14).contains(utf8.count), let first = utf8.first else { return false }
        return "fFsStTeEnN".utf8.contains(first)
    }

    /// A day of the month, 1–31: "24", "03", "1er", "1ᵉʳ", "24th", "2nd", "the sixth of November".
    func day(_ index: Int) -> Int? {
        day(index, upTo: 31)
    }

    /// The most a day written as one may be: a mistyped "32nd of October" or "32/07/2024" is
    /// still a date (one that does not exist), where "of" and the month, or the year, make it one.
    static let highestMistypedDay = 39

    /// A day of the month or a mistyped one, 1–39 ("32nd").
    func mistypedDay(_ index: Int) -> Int? {
        day(index, upTo: Self.highestMistypedDay)
    }

    private func day(_ index: Int, upTo highest: Int) -> Int? {
        if let (value, digits) = number(index) {
            return digits <= 2 && (1...highest).contains(value) ? value : nil
        }
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return nil }
        // "the sixth of November": a spelt ordinal only before "of" and a month. The cheap tests
        // first: this runs for every word.
        if index + 2 < tokens.count, tokens[index + 1].text == "of", Self.mayBeSpeltDay(tokens[index].text) {
            guard let spelt = Self.speltDays[tokens[index].text.lowercased()], month(index + 2) != nil else { return nil }
            return spelt
        }
        guard let first = tokens[index].text.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        let text = tokens[index].text
        let digits = text.unicodeScalars.prefix { $0.value >= 0x30 && $0.value <= 0x39 }
        guard (1...2).contains(digits.count) else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
        switch String(text.unicodeScalars.dropFirst(digits.count)).lowercased() {
        case "er", "ᵉʳ": return value == 1 ? 1 : nil
        case "st", "nd", "rd", "th": return (1...highest).contains(value) ? value : nil
        default: return nil
        }
    }

    /// A year written with four digits, 1000–2999, and not followed by a unit of time
    /// ("2025 ans" is an amount).
    func year(_ index: Int) -> Int? {
        guard let (value, digits) = number(index), digits == 4, (1000...2999).contains(value),
            !isUnitOfTime(index + 1)
        else { return nil }
        return value
    }

    /// A year mistyped with five digits, one of them doubled ("20024", "20226"): a number
    /// 10000–29999 that gives a year 1900–2099 once the doubled digit is single, that ends its
    /// clause ("March 20026 tickets" is a count). Read only right after a month, where a year is due; the date keeps no
    /// year, and the date checker reads the typo from the mention's last token.
    func mistypedYear(_ index: Int) -> Int? {
        guard let (value, digits) = number(index), digits == 5, (10000...29999).contains(value),
            endsClause(index + 1), !MistypedYear.candidates(value).isEmpty
        else { return nil }
        return value
    }

    /// A year written with two digits at the end of a date in digits ("31/04/24"): 2000–2069 for
    /// 00–69, else 1970–1999.
    func twoDigitYear(_ index: Int) -> Int? {
        guard let (value, digits) = number(index), digits == 2, !isUnitOfTime(index + 1) else { return nil }
        return value < 70 ? 2000 + value : 1900 + value
    }

    /// A month word at `index`, and the index after it (past an attached abbreviation period).
    func month(_ index: Int) -> (month: Int, isEnglish: Bool, next: Int)? {
        guard index < tokens.count, case .month(let word)? = dateWords[index] else { return nil }
        let hasPeriod = word.isAbbreviation && isAttached(index + 1) && isPunctuation(index + 1, ".")
        switch word.condition {
        case .always: break
        case .capitalised:
            guard isCapitalised(index) else { return nil }
        case .withPeriodOrEnglishBeforeDay:
            guard hasPeriod || (isEnglish && isCapitalised(index) && day(index + 1) != nil) else { return nil }
        }
        return (word.month, word.isEnglish, hasPeriod ? index + 2 : index + 1)
    }

    /// The publication month where words after days name it (``PublicationMonthWords``): "this
    /// month" (after "of"), « de ce mois », « du mois »; and the index after them.
    func publicationMonth(_ index: Int) -> (month: Int, isEnglish: Bool, next: Int)? {
        guard let publishedMonth, let next = PublicationMonthWords.end(at: index, keys: keys) else { return nil }
        return (publishedMonth, false, next)
    }

    /// A month word at `index`, or the words of the publication month after days.
    func monthAfterDays(_ index: Int) -> (month: Int, isEnglish: Bool, next: Int)? {
        month(index) ?? publicationMonth(index)
    }

    private func isCapitalised(_ index: Int) -> Bool {
        tokens[index].text.unicodeScalars.first?.properties.isUppercase == true
    }

    /// Whether word `index` may start a date told from the publication date ("hier", "next",
    /// "cette", "semaine"), or is a hyphenated word that may be one ("avant-hier").
    func mayStartRelativeDate(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if case .relativeStart? = dateWords[index] { return true }
        return keys[index] == nil && tokens[index].kind == .word
    }

    /// A weekday word at `index`.
    func weekday(_ index: Int) -> Weekday? {
        guard index < tokens.count, case .weekday(let weekday)? = dateWords[index] else { return nil }
        return weekday
    }

    /// An abbreviated weekday at `index` (« mer. », "Thu") right before a day, and the index of
    /// that day (past an attached period and a comma).
    func abbreviatedWeekday(_ index: Int, language: Language) -> (weekday: Weekday, next: Int)? {
        guard index < tokens.count else { return nil }
        let weekday: Weekday
        if case .weekdayAbbreviation(let abbreviated)? = dateWords[index] {
            weekday = abbreviated
        } else if language == .fr, keys[index] == DateLexicon.frenchTuesdayKey {
            weekday = .tuesday
        } else {
            return nil
        }
        var next = index + 1
        if isAttached(next), isPunctuation(next, ".") { next += 1 }
        if isPunctuation(next, ",") { next += 1 }
        guard number(next) != nil || day(next) != nil || month(next) != nil else { return nil }
        return (weekday, next)
    }

    /// Whether token `index` is a unit of time ("ans", "years"): a number before it is an
    /// amount, not a year.
    func isUnitOfTime(_ index: Int) -> Bool {
        keys[index].map { DurationLexicon.units[$0] != nil } ?? false
    }

    /// The index after a range separator at `index` ("-", "–", "au", "to", « jusqu’au »), if
    /// there is one.
    func rangeSeparator(_ index: Int) -> Int? {
        if isPunctuation(index, DateLexicon.rangeDashes) { return index + 1 }
        if isConnector(index, DateLexicon.rangeWords) { return index + 1 }
        if index < tokens.count, keys[index] == Self.jusqu, isConnector(index + 1, ["au"]) { return index + 2 }
        return nil
    }

    /// The word of a range separator at `index` ("au", "to"; « jusqu’au » counts as "au"), or
    /// `nil` for a dash.
    func separatorWord(_ index: Int) -> String? {
        if index >= 0, index < tokens.count, keys[index] == Self.jusqu { return "au" }
        return connector(index)
    }

    /// « jusqu’ », as in « du 3 jusqu’au 7 mars ».
    private static let jusqu = Folding.key("jusqu'")

    /// Whether a clause ends before token `index`: the text ends, or a punctuation mark comes
    /// that does not go on a number ("12,5", "12%"), or a preposition ("à Lyon", "in Leeds").
    func endsClause(_ index: Int) -> Bool {
        guard index < tokens.count else { return true }
        if tokens[index].kind == .punctuation {
            return !continuesCode(index) && !isPunctuation(index, ["%", "-", "–", "/"])
        }
        return keys[index].map(Self.clauseStarters.contains) ?? false
    }

    /// Prepositions that may follow a date and start what comes next ("à Lyon", "in Leeds",
    /// « depuis Kourou »).
    private static let clauseStarters: Set<UInt64> = Set([
        "a", "au", "en", "dans", "depuis", "pour", "in", "at", "from", "on", "for",
    ].compactMap(Folding.key))

    /// Whether number token `index` is the decimal part of a number ("12,24", "3.5"), so it
    /// cannot be a day or a year of its own.
    func continuesNumber(_ index: Int) -> Bool {
        guard index >= 2, isAttached(index), isPunctuation(index - 1, Self.decimalMarks) else { return false }
        return isAttached(index - 1) && number(index - 2) != nil
    }

    /// Whether token `index` starts a continuation of a number-like code ("-01", ".5", "/3")
    /// that would make the numbers before it something other than a date.
    func continuesCode(_ index: Int) -> Bool {
        isAttached(index) && isPunctuation(index, Self.codeSeparators)
            && isAttached(index + 1) && number(index + 1) != nil
    }

    /// Marks between the parts of a number: "12,24", "3.5".
    private static let decimalMarks: Set<Unicode.Scalar> = [",", "."]
    /// Marks that continue a code of numbers: "2025-11-24-01", "24/11", "10:30".
    private static let codeSeparators: Set<Unicode.Scalar> = ["-", "/", ".", ",", ":"]
}
