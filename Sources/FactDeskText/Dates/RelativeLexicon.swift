import FactDeskKit

/// The words of dates told from the publication date, by ``Folding/key(_:)``: "hier", "demain",
/// "lundi prochain", "la semaine dernière", "l’an prochain", "yesterday", "next Monday",
/// "last year".
enum RelativeLexicon {
    /// Words that name a day by its distance from the publication day.
    static let days: [UInt64: Int] = keyed([
        "hier": -1, "aujourd'hui": 0, "demain": 1, "yesterday": -1, "today": 0, "tomorrow": 1,
    ])

    /// Hyphenated words that do, by the keys of their two parts: "avant-hier", "après-demain".
    static let hyphenatedDays: [PairKey: Int] = [
        PairKey("avant", "hier"): -2, PairKey("apres", "demain"): 2,
    ]

    /// A direction in time: before (-1) the publication, in its period (0), or after (1).
    typealias Offset = Int

    /// French adjectives after a weekday or a period ("lundi prochain", "la semaine dernière"),
    /// and after a date without a year ("le 3 mars dernier").
    static let frenchFollowers: [UInt64: Offset] = keyed([
        "prochain": 1, "prochaine": 1, "prochains": 1, "prochaines": 1, "dernier": -1, "derniere": -1,
        "derniers": -1, "dernieres": -1, "passe": -1, "passee": -1, "passes": -1, "passees": -1,
    ])

    /// English words before a weekday or a period ("next Monday", "last week", "this year").
    static let englishLeaders: [UInt64: Offset] = keyed(["next": 1, "last": -1, "this": 0])

    /// French demonstratives before a weekday or a period: "ce lundi", "cette semaine".
    static let frenchDemonstratives: Set<UInt64> = Set(["ce", "cette"].map { Folding.key($0)! })

    /// French articles before a period, part of the mention: "la semaine dernière", "l’an prochain".
    static let frenchArticles: Set<UInt64> = Set(["la", "le", "l'"].map { Folding.key($0)! })

    /// Nouns of periods, in both languages: the relative date of an offset in that period.
    static let periods: [UInt64: @Sendable (Int) -> RelativeDate] = keyed([
        "semaine": RelativeDate.weeks, "mois": RelativeDate.months, "an": RelativeDate.years,
        "annee": RelativeDate.years, "week": RelativeDate.weeks, "month": RelativeDate.months,
        "year": RelativeDate.years,
    ])

    /// English words that make "last"/"next" mean something else: "the last week of November".
    static let englishArticles: Set<UInt64> = Set(["the", "a", "an"].map { Folding.key($0)! })

    /// "day after tomorrow" (2) and "day before yesterday" (-2), by the keys of their words.
    static let englishDayPhrases: [[UInt64]: Int] = [
        ["day", "after", "tomorrow"].map { Folding.key($0)! }: 2,
        ["day", "before", "yesterday"].map { Folding.key($0)! }: -2,
    ]

    /// Every word a relative date may start with, but weekdays (read as dates first).
    static var startKeys: Set<UInt64> {
        Set(days.keys).union(englishLeaders.keys).union(frenchDemonstratives).union(periods.keys)
            .union(englishDayPhrases.keys.map { $0[0] })
    }

    /// The keys of a hyphenated word's two parts.
    struct PairKey: Hashable {
        var first: UInt64
        var second: UInt64

        init(_ first: String, _ second: String) {
            self.first = Folding.key(first)!
            self.second = Folding.key(second)!
        }

        init?(_ word: String) {
            let parts = word.unicodeScalars.split(whereSeparator: NumberWords.isHyphen)
            guard parts.count == 2, let first = Folding.key(parts[0]), let second = Folding.key(parts[1]) else {
                return nil
            }
            self.first = first
            self.second = second
        }
    }

    private static func keyed<Value>(_ words: [String: Value]) -> [UInt64: Value] {
        Dictionary(uniqueKeysWithValues: words.map { (Folding.key($0.key)!, $0.value) })
    }
}
