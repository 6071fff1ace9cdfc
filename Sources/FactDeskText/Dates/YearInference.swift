import FactDeskKit

/// Gives a year to dates written without one, from the publication date.
enum YearInference {
    /// How far from the publication date an inferred date may fall, in days (about six months).
    static let maximumDistance = 184

    /// The year that puts `month`/`day` nearest to `published`, if within ``maximumDistance``.
    ///
    /// A day the month does not have ("31 avril") is measured as the month's last day, so an
    /// impossible date still gets the year the writer meant.
    static func year(month: Int, day: Int, near published: CalendarDate) -> Int? {
        var best: (year: Int, distance: Int)?
        for year in published.year - 1...published.year + 1 {
            let existingDay = min(day, CalendarDate.daysIn(month: month, year: year))
            guard let date = CalendarDate(year: year, month: month, day: existingDay) else { continue }
            let distance = abs(date.daysSinceEpoch - published.daysSinceEpoch)
            if distance < best?.distance ?? .max { best = (year, distance) }
        }
        guard let best, best.distance <= maximumDistance else { return nil }
        return best.year
    }

    /// A date match with the missing years filled in. A range takes its start's year from the
    /// publication date and puts its end in the same year, or the next when it wraps.
    static func resolve(_ expression: DateMatch.Expression, published: CalendarDate?) -> DateMatch.Expression {
        guard let published else { return expression }
        switch expression {
        case .date(let date, let weekday):
            return .date(resolve(date, published: published), weekday: weekday)
        case .range(let start, let end) where start.year == nil && end.year == nil:
            let resolvedStart = resolve(start, published: published)
            guard let year = resolvedStart.year else { return expression }
            return .range(resolvedStart, end.with(year: year + (start.isLaterInYear(than: end) ? 1 : 0)))
        case .range, .weekday:
            return expression
        }
    }

    private static func resolve(_ date: PartialDate, published: CalendarDate) -> PartialDate {
        guard date.year == nil, let month = date.month, let day = date.day,
            let year = year(month: month, day: day, near: published)
        else { return date }
        return date.with(year: year)
    }
}
