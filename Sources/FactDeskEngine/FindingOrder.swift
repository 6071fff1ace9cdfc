import FactDeskKit

/// The deterministic order of findings, and unique ids within one document.
enum FindingOrder {
    /// Sorts findings by span, checker, rule and message, and gives the second and later
    /// findings with the same id (the same words flagged twice by one rule) an occurrence-based
    /// id, so every id in a document is unique and still independent of offsets.
    static func arrange(_ findings: [Finding]) -> [Finding] {
        var sorted = findings.sorted {
            ($0.span.start, $0.span.end, $0.checker, $0.rule, $0.message)
                < ($1.span.start, $1.span.end, $1.checker, $1.rule, $1.message)
        }
        var occurrences: [String: Int] = [:]
        for index in sorted.indices {
            let id = sorted[index].id
            let occurrence = (occurrences[id] ?? 0) + 1
            occurrences[id] = occurrence
            if occurrence > 1 {
                sorted[index].id = FindingID.make(
                    checker: sorted[index].checker, rule: sorted[index].rule,
                    quoted: sorted[index].quote.exact, occurrence: occurrence)
            }
        }
        return sorted
    }
}
