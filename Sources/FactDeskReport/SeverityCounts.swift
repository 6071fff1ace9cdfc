import FactDeskKit

/// How many open findings there are at each severity, and how many an editor decided on: the
/// schema's `summary` object, and the sums that the text and HTML reports print
/// ("0 errors, 1 warning, 2 info", then "(1 dismissed, 1 accepted)").
public struct SeverityCounts: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Open findings at `error`.
    public var error: Int
    /// Open findings at `warning`.
    public var warning: Int
    /// Open findings at `info`.
    public var info: Int
    /// Findings an editor dismissed, whatever their severity.
    public var dismissed: Int
    /// Findings an editor accepted, whatever their severity.
    public var accepted: Int

    /// Creates counts.
    public init(error: Int = 0, warning: Int = 0, info: Int = 0, dismissed: Int = 0, accepted: Int = 0) {
        self.error = error
        self.warning = warning
        self.info = info
        self.dismissed = dismissed
        self.accepted = accepted
    }

    /// Counts from a severity-keyed dictionary such as ``DocumentReport/summary``.
    public init(_ counts: [Severity: Int]) {
        self.init(error: counts[.error] ?? 0, warning: counts[.warning] ?? 0, info: counts[.info] ?? 0)
    }

    /// The counts of one report: open findings by severity, decided ones apart.
    public init(of report: DocumentReport) {
        self.init(report.summary)
        (dismissed, accepted) = report.decided
    }

    /// Counts the findings of several reports together.
    public init(totalOf reports: [DocumentReport]) {
        self = reports.reduce(into: SeverityCounts()) { total, report in
            total += SeverityCounts(of: report)
        }
    }

    /// Adds counts in place.
    public static func += (lhs: inout SeverityCounts, rhs: SeverityCounts) {
        lhs.error += rhs.error
        lhs.warning += rhs.warning
        lhs.info += rhs.info
        lhs.dismissed += rhs.dismissed
        lhs.accepted += rhs.accepted
    }

    /// English, as tool chrome always is: `2 errors, 1 warning, 0 info` (open findings only).
    public var description: String {
        "\(error) \(error == 1 ? "error" : "errors"), "
            + "\(warning) \(warning == 1 ? "warning" : "warnings"), \(info) info"
    }

    /// `(1 dismissed, 1 accepted)`, naming only what there is; empty when nothing was decided.
    public var decidedPhrase: String {
        let parts = [
            dismissed == 0 ? nil : "\(dismissed) dismissed", accepted == 0 ? nil : "\(accepted) accepted",
        ].compactMap { $0 }
        return parts.isEmpty ? "" : "(\(parts.joined(separator: ", ")))"
    }

    private enum CodingKeys: String, CodingKey { case error, warning, info, dismissed, accepted }

    /// Reads counts; `dismissed` and `accepted` are 0 when absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            error: try container.decode(Int.self, forKey: .error),
            warning: try container.decode(Int.self, forKey: .warning),
            info: try container.decode(Int.self, forKey: .info),
            dismissed: try container.decodeIfPresent(Int.self, forKey: .dismissed) ?? 0,
            accepted: try container.decodeIfPresent(Int.self, forKey: .accepted) ?? 0)
    }

    /// Writes the open counts, and `dismissed` and `accepted` when they are not 0.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(error, forKey: .error)
        try container.encode(warning, forKey: .warning)
        try container.encode(info, forKey: .info)
        if dismissed != 0 { try container.encode(dismissed, forKey: .dismissed) }
        if accepted != 0 { try container.encode(accepted, forKey: .accepted) }
    }
}
