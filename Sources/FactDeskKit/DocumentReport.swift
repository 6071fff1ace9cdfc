/// One checked document and its findings: the `documents[]` element of `factdesk.findings/1`.
public struct DocumentReport: Sendable {
    /// The document as analysed.
    public var document: Document
    /// Its findings, in the engine's deterministic order (by span, then checker, then rule).
    public var findings: [Finding]

    /// Creates a report.
    public init(document: Document, findings: [Finding]) {
        self.document = document
        self.findings = findings
    }

    /// The number of findings at each severity.
    public var summary: [Severity: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        return counts
    }
}
