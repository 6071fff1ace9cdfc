/// One checked document and its findings: the `documents[]` element of `factdesk.findings/1`.
public struct DocumentReport: Sendable {
    /// The document as analysed.
    public var document: Document
    /// Its findings, in the engine's deterministic order (by span, then checker, then rule).
    public var findings: [Finding]
    /// The editors' decisions behind the findings that are not `open`, by finding id (empty when
    /// the document is not a draft of a workspace).
    public var decisions: [String: FindingDecision]
    /// The ids of the findings carried over from the draft's previous revision because the
    /// checker that made them failed this time: they were not re-checked.
    public var notRechecked: Set<String>

    /// Creates a report.
    public init(
        document: Document, findings: [Finding], decisions: [String: FindingDecision] = [:],
        notRechecked: Set<String> = []
    ) {
        self.document = document
        self.findings = findings
        self.decisions = decisions
        self.notRechecked = notRechecked
    }

    /// The number of open findings at each severity: decided ones are counted apart.
    public var summary: [Severity: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
        for finding in findings where finding.status == .open { counts[finding.severity, default: 0] += 1 }
        return counts
    }

    /// The number of findings an editor dismissed, and accepted.
    public var decided: (dismissed: Int, accepted: Int) {
        (findings.count { $0.status == .dismissed }, findings.count { $0.status == .accepted })
    }
}
