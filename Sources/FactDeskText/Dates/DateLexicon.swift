import FactDeskKit

/// The month and weekday words of French and English, and the small words between dates,
/// spelt lowercase without diacritics.
enum DateLexicon {
    /// What a month word allows.
    struct MonthWord: Sendable {
        /// The month, 1–12.
        var month: Int
        /// An English word, which may come before the day ("November 24").
        var isEnglish: Bool
        /// An abbreviation, which may carry an attached period ("nov.", "Sept.").
        var isAbbreviation: Bool
        /// When the word, also a common word, is a month.
        var condition: Condition = .always
    }

    /// When a month word that is also a common word means the month.
    enum Condition: Sendable {
        /// Always.
        case always
        /// Only capitalised: "May", "March" (not the verbs).
        case capitalised
        /// With its period ("sept.", not the French number), or in English text capitalised
        /// right before a day ("Sept 14").
        case withPeriodOrEnglishBeforeDay
    }

    /// Month words by folded spelling.
    static let months: [String: MonthWord] = {
        var months: [String: MonthWord] = [:]
        func add(_ words: [String], english: Bool, abbreviation: Bool) {
            for (index, word) in words.enumerated() where !word.isEmpty {
                months[word] = MonthWord(month: index + 1, isEnglish: english, isAbbreviation: abbreviation)
            }
        }
        add(
            [
                "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                "octobre", "novembre", "decembre",
            ], english: false, abbreviation: false)
        add(["janv", "fevr", "", "avr", "", "", "juil"], english: false, abbreviation: true)
        months["fev"] = MonthWord(month: 2, isEnglish: false, isAbbreviation: true)
        add(
            [
                "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december",
            ], english: true, abbreviation: false)
        // Shared by both languages ("oct.", "nov.", "déc." / "Oct.", "Nov.", "Dec.").
        add(
            ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            english: true, abbreviation: true)
        months["sept"] = MonthWord(month: 9, isEnglish: true, isAbbreviation: true, condition: .withPeriodOrEnglishBeforeDay)
        for word in ["may", "march", "mar"] { months[word]?.condition = .capitalised }
        return months
    }()

    /// Weekday words by folded spelling.
    static let weekdays: [String: Weekday] = {
        var weekdays: [String: Weekday] = [:]
        let french = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        for (index, weekday) in Weekday.allCases.enumerated() {
            weekdays[french[index]] = weekday
            weekdays[englishWeekdays[index]] = weekday
        }
        return weekdays
    }()

    /// English weekdays, Monday first.
    private static let englishWeekdays = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Abbreviated weekdays by folded spelling: « mer. », « sam », "Thu", "Wed.", "Fr". They
    /// are read only right before a day ("Thu, 12 March"), never alone. French « mar », also
    /// the English month, is Tuesday only in French text (``frenchTuesdayKey``).
    static let weekdayAbbreviations: [String: Weekday] = [
        "lun": .monday, "mer": .wednesday, "jeu": .thursday, "ven": .friday, "sam": .saturday, "dim": .sunday,
        "mon": .monday, "tue": .tuesday, "tues": .tuesday, "wed": .wednesday, "thu": .thursday, "thur": .thursday,
        "thurs": .thursday, "fri": .friday, "fr": .friday, "sat": .saturday, "sun": .sunday,
    ]
    /// The key of « mar », Tuesday in French text.
    static let frenchTuesdayKey = Folding.key("mar")!

    /// Words after which a lone four-digit number is a year ("en 2015", "since 2021"), in
    /// lowercase with their accents: "dès 2015" is a year, "des 2015 participants" is not.
    static let yearLeadWords: Set<String> = [
        "en", "depuis", "dès", "avant", "après", "vers", "année", "an", "début", "fin", "courant",
        "in", "since", "until", "till", "before", "after", "by", "during", "year", "early", "mid",
        "late",
    ]

    /// The word that closes a range of years, by the word that opens it ("de 2015 à 2020").
    static let yearRangeWords: [String: String] = ["de": "a", "from": "to", "entre": "et", "between": "and"]

    /// Words between the two ends of a range ("du 24 au 27", "from 24 to 27").
    static let rangeWords: Set<String> = ["au", "to", "through", "until", "till"]

    /// Dashes between the two ends of a range ("24-27", "24 – 27").
    static let rangeDashes: Set<Unicode.Scalar> = ["-", "–", "—", "\u{2010}", "\u{2011}"]

    /// Words between the last two days of a list ("les 24 et 25 novembre").
    static let listWords: Set<String> = ["et", "and"]

    /// The word that opens a range, by the word between its ends: "du 24 au 27", "from 24 to
    /// 27", "entre le 24 et le 27". The opener belongs to the range's mention; "et" and "and"
    /// make a range only after theirs (otherwise they list days).
    static let rangeOpeners: [String: String] = [
        "au": "du", "to": "from", "through": "from", "until": "from", "till": "from", "et": "entre",
        "and": "between",
    ]

    /// Articles allowed before a day: "entre le 24 et le 27", "the 24th".
    static let articles: Set<String> = ["le", "the"]

    /// Every small word the date patterns read, folded.
    static let connectors: Set<String> = rangeWords.union(listWords).union(rangeOpeners.values).union(articles)
        .union(yearRangeWords.keys).union(yearRangeWords.values).union(["of"])

    /// What a word means to the date patterns.
    enum DateWord: Sendable {
        case month(MonthWord)
        case weekday(Weekday)
        /// One of ``weekdayAbbreviations``.
        case weekdayAbbreviation(Weekday)
        /// One of ``connectors``, folded.
        case connector(String)
        /// A word that may start a date told from the publication date (``RelativeLexicon``).
        case relativeStart
    }

    /// Every word the date patterns read, by ``Folding/key(_:)``, for one look-up per token.
    static let words: [UInt64: DateWord] = {
        var words: [UInt64: DateWord] = [:]
        for key in RelativeLexicon.startKeys { words[key] = .relativeStart }
        for word in connectors { words[Folding.key(word)!] = .connector(word) }
        for (word, weekday) in weekdayAbbreviations { words[Folding.key(word)!] = .weekdayAbbreviation(weekday) }
        for (word, weekday) in weekdays { words[Folding.key(word)!] = .weekday(weekday) }
        // "Monday’s" is one word.
        for (index, weekday) in Weekday.allCases.enumerated() {
            words[Folding.key(englishWeekdays[index] + "'s")!] = .weekday(weekday)
        }
        for (word, month) in months { words[Folding.key(word)!] = .month(month) }
        return words
    }()
}
