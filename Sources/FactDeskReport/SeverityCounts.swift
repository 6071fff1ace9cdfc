import FactDeskKit

/// How many findings there are at each severity: the schema's `summary` object, and the sum
/// that the text and HTML reports print ("2 errors, 1 warning, 0 info").
public struct SeverityCounts: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Findings at `error`.
    public var error: Int
    /// Findings at `warning`.
    public var warning: Int
    /// Findings at `info`.
    public var info: Int

    /// Creates counts.
    public init(error: Int = 0, warning: Int = 0, info: Int = 0) {
        self.error = error
        self.warning = warning
        self.info = info
    }

    /// Counts from a severity-keyed dictionary such as ``DocumentReport/summary``.
    public init(_ counts: [Severity: Int]) {
        self.init(error: counts[.error] ?? 0, warning: counts[.warning] ?? 0, info: counts[.info] ?? 0)
    }

    /// Counts the findings of several reports together.
    public init(totalOf reports: [DocumentReport]) {
        self = reports.reduce(into: SeverityCounts()) { total, report in
            total += SeverityCounts(report.summary)
        }
    }

    /// Adds counts in place.
    public static func += (lhs: inout SeverityCounts, rhs: SeverityCounts) {
        lhs.error += rhs.error
        lhs.warning += rhs.warning
        lhs.info += rhs.info
    }

    /// English, as tool chrome always is: `2 errors, 1 warning, 0 info`.
    public var description: String {
        "\(error) \(error == 1 ? "error" : "errors"), "
            + "\(warning) \(warning == 1 ? "warning" : "warnings"), \(info) info"
    }
}
