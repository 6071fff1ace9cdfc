import FactDeskKit

/// Dates and periods in the messages' words.
extension NumberWording {
    private static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// "24 novembre 2025", "novembre 2024", "2024"; "November 24, 2025", "November 2024".
    func date(_ date: PartialDate) -> String {
        let month = date.month.flatMap { (1...12).contains($0) ? $0 : nil }
        let year = date.year.map(String.init) ?? ""
        switch (language, month, date.day) {
        case (.fr, let month?, let day?):
            return "\(day == 1 ? "1er" : String(day)) \(Self.frenchMonths[month - 1]) \(year)"
        case (.fr, let month?, nil): return "\(Self.frenchMonths[month - 1]) \(year)"
        case (.en, let month?, let day?): return "\(Self.englishMonths[month - 1]) \(day), \(year)"
        case (.en, let month?, nil): return "\(Self.englishMonths[month - 1]) \(year)"
        default: return year
        }
    }

    /// When a fact holds: "depuis novembre 2024", "depuis le 29 novembre 2023", "du … au …", "de mai
    /// 2022 à juin 2024", "jusqu’en octobre 2024", "jusqu’au 3 mai 2024",
    /// "sans limite de date"; "since November 2024", "from … to …", "until …", "at any date".
    func validity(of fact: NumericFact) -> String {
        switch (language, fact.from, fact.to) {
        case (.fr, let from?, let to?): "\(frenchFrom(from)) \(to.day != nil ? "au" : "à") \(date(to))"
        case (.fr, let from?, nil): "depuis \(from.day != nil ? "le " : "")\(date(from))"
        case (.fr, nil, let to?): "\(to.day != nil ? "jusqu’au" : "jusqu’en") \(date(to))"
        case (.fr, nil, nil): "sans limite de date"
        case (.en, let from?, let to?): "from \(date(from)) to \(date(to))"
        case (.en, let from?, nil): "since \(date(from))"
        case (.en, nil, let to?): "until \(date(to))"
        case (.en, nil, nil): "at any date"
        }
    }

    /// The days a claim speaks of: "en 2020", "le 1er janvier 2024", "du … au …".
    func period(_ period: ClosedRange<CalendarDate>) -> String {
        let first = period.lowerBound
        let last = period.upperBound
        if first == last {
            return (language == .fr ? "le " : "on ")
                + date(PartialDate(year: first.year, month: first.month, day: first.day))
        }
        if first.month == 1, first.day == 1, last.month == 12, last.day == 31, first.year == last.year {
            return (language == .fr ? "en " : "in ") + String(first.year)
        }
        let from = date(PartialDate(year: first.year, month: first.month, day: first.day))
        let to = date(PartialDate(year: last.year, month: last.month, day: last.day))
        return language == .fr ? "du \(from) au \(to)" : "from \(from) to \(to)"
    }

    /// An edition's dates, at the precision the data gives: "du 24 novembre 2025 au 27 novembre
    /// 2025", "le 24 novembre 2025", "en septembre 2024", "en 2024", "de septembre 2024 à
    /// octobre 2024" ("from November 24, 2025 to …", "on …", "in September 2024", "in 2024").
    func dates(of edition: ReferenceEdition) -> String? {
        switch (edition.start, edition.end) {
        case (let start?, let end?) where start != end:
            if start.day != nil, end.day != nil {
                return language == .fr ? "du \(date(start)) au \(date(end))" : "from \(date(start)) to \(date(end))"
            }
            return language == .fr ? "\(frenchFrom(start)) à \(date(end))" : "from \(date(start)) to \(date(end))"
        case (let day?, _), (nil, let day?):
            let preposition = day.day != nil ? (language == .fr ? "le " : "on ") : (language == .fr ? "en " : "in ")
            return preposition + date(day)
        case (nil, nil):
            return nil
        }
    }

    /// "du 29 novembre 2023", "de mai 2022", "d’avril 2022", "de 2021": the start of a French span.
    private func frenchFrom(_ start: PartialDate) -> String {
        if start.day != nil { return "du \(date(start))" }
        let written = date(start)
        return (written.first.map { "aeiou".contains($0) } == true ? "d’" : "de ") + written
    }
}
