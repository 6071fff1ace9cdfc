import FactDeskKit

/// When a fact or role holds: from the first day of `from` to the last day of `to`, both
/// included; an open end holds without limit on that side.
public struct ValidityPeriod: Hashable, Sendable, CustomStringConvertible {
    /// The start, or `nil` for "always before".
    public var from: ReferenceDate?
    /// The end, or `nil` for "still in force".
    public var to: ReferenceDate?

    /// Creates a period.
    public init(from: ReferenceDate? = nil, to: ReferenceDate? = nil) {
        self.from = from
        self.to = to
    }

    /// A period with no bounds: always in force.
    public static let always = ValidityPeriod()

    /// Whether the period holds on a day.
    public func contains(_ date: CalendarDate) -> Bool {
        if let from, date < from.earliestDay { return false }
        if let to, to.latestDay < date { return false }
        return true
    }

    /// Whether `to` comes before `from`.
    public var isReversed: Bool {
        guard let from, let to else { return false }
        return to.latestDay < from.earliestDay
    }

    /// Whether two periods share a day, except a hand-over: one ends with the very date (at the
    /// same precision) the other starts with, as in `to: 2025-11` followed by `from: 2025-11`.
    public func overlaps(_ other: ValidityPeriod) -> Bool {
        if let end = to, let start = other.from, end == start { return false }
        if let end = other.to, let start = from, end == start { return false }
        let starts = (from?.earliestDay, other.from?.earliestDay)
        let ends = (to?.latestDay, other.to?.latestDay)
        if let selfStart = starts.0, let otherEnd = ends.1, otherEnd < selfStart { return false }
        if let otherStart = starts.1, let selfEnd = ends.0, selfEnd < otherStart { return false }
        return true
    }

    /// `2021-11..2025-11`, `2024-11..`, `..2020`, or `always`.
    public var description: String {
        if from == nil && to == nil { return "always" }
        return "\(from?.description ?? "")..\(to?.description ?? "")"
    }
}
