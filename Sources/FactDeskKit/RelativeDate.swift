/// A date told relative to the publication date: "hier", "demain", "la semaine dernière",
/// "l’an prochain", "next Monday", "last year".
public enum RelativeDate: Hashable, Sendable {
    /// A number of days from the publication day: "hier" is -1, "aujourd’hui" 0, "demain" 1.
    case days(Int)
    /// The week `offset` weeks from the publication's: "la semaine dernière" is -1.
    case weeks(Int)
    /// The month `offset` months from the publication's: "le mois prochain" is 1.
    case months(Int)
    /// The year `offset` years from the publication's: "l’an dernier" is -1.
    case years(Int)
    /// The weekday before (-1) or after (1) the publication day, or in its week (0): "lundi
    /// dernier", "next Monday", "this Friday".
    case weekday(Weekday, offset: Int)

    /// The day meant, for the forms that name one day: `days` and `weekday`.
    ///
    /// "lundi prochain" is the first Monday after the publication day, "lundi dernier" the last
    /// one before it; "ce lundi" is the Monday of the publication's week (weeks start on Monday).
    /// - Parameter published: the publication date.
    /// - Returns: the day, or `nil` for weeks, months and years.
    public func day(from published: CalendarDate) -> CalendarDate? {
        switch self {
        case .days(let offset):
            return published.adding(days: offset)
        case .weekday(let weekday, let offset):
            let target = Weekday.allCases.firstIndex(of: weekday)!
            let current = Weekday.allCases.firstIndex(of: published.weekday)!
            switch offset {
            case ..<0: return published.adding(days: -(((current - target) + 6) % 7 + 1))
            case 0: return published.adding(days: target - current)
            default: return published.adding(days: ((target - current) + 6) % 7 + 1)
            }
        case .weeks, .months, .years:
            return nil
        }
    }

    /// The year meant, for the forms that name a year or a day in one.
    /// - Parameter published: the publication date.
    public func year(from published: CalendarDate) -> Int? {
        switch self {
        case .years(let offset): return published.year + offset
        case .days, .weekday: return day(from: published)?.year
        case .weeks, .months: return nil
        }
    }
}
