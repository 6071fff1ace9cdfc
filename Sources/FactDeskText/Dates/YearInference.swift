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

    /// The year of the last (`.past`) or first (`.future`) `month`/`day` on the publication
    /// date's side, or the nearest (`.nearest`).
    static func year(
        month: Int, day: Int, near published: CalendarDate, direction: DateMatch.YearDirection
    ) -> Int? {
        func date(_ year: Int) -> CalendarDate {
            CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))!
        }
        switch direction {
        case .nearest: return year(month: month, day: day, near: published)
        case .past: return date(published.year) <= published ? published.year : published.year - 1
        case .future: return date(published.year) >= published ? published.year : published.year + 1
        }
    }

    /// A date match with the missing years filled in. A range takes its start's year from the
    /// publication date and puts its end in the same year, or the next when it wraps.
    static func resolve(
        _ expression: DateMatch.Expression, published: CalendarDate?, direction: DateMatch.YearDirection = .nearest
    ) -> DateMatch.Expression {
        guard let published else { return expression }
        switch expression {
        case .date(let date, let weekday):
            return .date(resolve(date, published: published, direction: direction), weekday: weekday)
        case .range(let start, let end, let startWeekday, let endWeekday) where start.year == nil && end.year == nil:
            let resolvedStart = resolve(start, published: published, direction: direction)
            guard let year = resolvedStart.year else { return expression }
            let resolvedEnd = end.with(year: year + (start.wrapsNewYear(before: end) ? 1 : 0))
            return .range(resolvedStart, resolvedEnd, startWeekday: startWeekday, endWeekday: endWeekday)
        case .range, .weekday, .relative:
            return expression
        }
    }

    private static func resolve(
        _ date: PartialDate, published: CalendarDate, direction: DateMatch.YearDirection = .nearest
    ) -> PartialDate {
        guard date.year == nil, let month = date.month, let day = date.day, (1...12).contains(month),
            let year = year(month: month, day: day, near: published, direction: direction)
        else { return date }
        return date.with(year: year)
    }
}
