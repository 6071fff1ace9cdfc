import FactDeskKit

/// A weekday that carries its own date right after it: "Tuesday (March 4)", "on Tuesday, March
/// 4", « mardi (4 mars) ». Only `weekday-mismatch` reads it (against its date); the rules that
/// read a bare weekday from the publication date or from an event leave it alone.
enum DatedWeekday {
    /// Marks that may stand between the weekday and its date.
    static let links: Set<String> = [",", "("]

    /// Whether a date with its day of the month follows the weekday `mention`, with at most one
    /// comma or opening parenthesis between.
    static func isDated(_ mention: Mention, check: DateCheck) -> Bool {
        var next = check.document.tokenRange(of: mention.span).upperBound
        if let token = check.tokens[safe: next], links.contains(token.text) { next += 1 }
        guard let token = check.tokens[safe: next] else { return false }
        let index = check.timeline.partitionPoint { $0.span.start >= token.span.start }
        guard index < check.timeline.count, check.timeline[index].span.start == token.span.start,
            case .date(let date, _) = check.timeline[index].value
        else { return false }
        return date.day != nil
    }
}
