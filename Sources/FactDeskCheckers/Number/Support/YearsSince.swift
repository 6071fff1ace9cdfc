import FactDeskKit
import Foundation

/// Properties whose facts are the year something started — an id ending in `-from` or `-since`
/// (`in-government-from: 2010`, `member-since: 1995`): their words written after a count of years
/// ("16 years of Conservative rule", « 14 ans de pouvoir conservateur ») state the years elapsed
/// since, up to the publication date or the fact's end if it ended before.
enum YearsSince {
    /// Whether a property's facts are start years.
    static func isYearsSince(_ property: String) -> Bool {
        property.hasSuffix("-from") || property.hasSuffix("-since")
    }

    /// The facts of the years elapsed since each start year, on `published`: the whole years and
    /// one fewer (a start in the year's second half), in years. None without a publication date.
    static func elapsed(_ facts: [NumericFact], published: CalendarDate?) -> [NumericFact] {
        guard let published else { return [] }
        return facts.flatMap { fact -> [NumericFact] in
            let end = min(published.year, fact.lastDay?.year ?? published.year)
            let years = Decimal(end) - fact.value
            guard years >= 1 else { return [] }
            return [years, years - 1].map { value in
                var elapsed = fact
                elapsed.value = value
                elapsed.unit = DurationCounts.unit
                return elapsed
            }
        }
    }
}
