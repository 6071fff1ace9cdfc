import FactDeskKit
import Foundation

/// Findings as a SARIF 2.1.0 log, for code-scanning dashboards and editors that read SARIF.
///
/// The log has one run. Its tool is `factdesk`, with one rule per checker rule, identified as
/// `checker/rule` (a finding whose rule no descriptor declares still gets a rule entry, so every
/// result has a `ruleIndex`). Columns and character offsets count Unicode code points
/// (`columnKind` `unicodeCodePoints`), the same units as FactDesk's spans. Each result carries
/// its finding id as the `factdesk/v1` partial fingerprint, one fix per suggestion, and an
/// external, accepted suppression when an editor dismissed or accepted the finding.
public struct SARIFReport: Sendable {
    /// The FactDesk version, written as the driver's `version` and `semanticVersion`.
    public var toolVersion: String
    /// The checkers that ran, whose rules become the driver's `rules`.
    public var checkers: [CheckerDescriptor]
    /// The project's home page, written as the driver's `informationUri` when given.
    public var informationURI: String?

    /// Creates a SARIF report.
    /// - Parameters:
    ///   - toolVersion: the FactDesk version.
    ///   - checkers: the checkers that ran, in catalogue order.
    ///   - informationURI: the project's home page, if it has one.
    public init(toolVersion: String, checkers: [CheckerDescriptor], informationURI: String? = nil) {
        self.toolVersion = toolVersion
        self.checkers = checkers
        self.informationURI = informationURI
    }

    /// Renders the SARIF log of a run.
    /// - Parameters:
    ///   - reports: the checked documents, each an artifact of the run.
    ///   - notices: the run's notices, written as the invocation's `toolExecutionNotifications`.
    /// - Returns: the JSON text, ending with a newline.
    public func render(_ reports: [DocumentReport], notices: [RunNotice] = []) throws -> String {
        var rules = SARIFRuleTable(checkers: checkers)
        var results: [SARIF.Result] = []
        for (index, report) in reports.enumerated() {
            let artifact = SARIF.ArtifactLocation(uri: Self.artifactURI(report.document.path), index: index)
            for finding in report.findings {
                results.append(
                    result(
                        finding, in: report.document, decision: report.decisions[finding.id], artifact: artifact,
                        ruleIndex: rules.index(of: finding)))
            }
        }
        let driver = SARIF.ToolComponent(
            name: "factdesk", version: toolVersion, semanticVersion: toolVersion,
            informationUri: informationURI, rules: rules.descriptors)
        let invocations =
            notices.isEmpty
            ? nil
            : [
                SARIF.Invocation(
                    toolExecutionNotifications: notices.map {
                        SARIF.Notification(
                            message: SARIF.Message(text: $0.message),
                            associatedRule: SARIF.NotificationRule(id: $0.checker))
                    })
            ]
        let run = SARIF.Run(
            tool: SARIF.Tool(driver: driver), invocations: invocations, artifacts: artifacts(reports),
            results: results)
        return try JSONOutput.string(SARIF.Log(runs: [run]))
    }

    private func artifacts(_ reports: [DocumentReport]) -> [SARIF.Artifact] {
        reports.enumerated().map { index, report in
            SARIF.Artifact(
                location: SARIF.ArtifactLocation(uri: Self.artifactURI(report.document.path), index: index),
                properties: SARIF.ArtifactProperties(
                    language: report.document.language.rawValue, published: report.document.published?.iso))
        }
    }

    private func result(
        _ finding: Finding, in document: Document, decision: FindingDecision?, artifact: SARIF.ArtifactLocation,
        ruleIndex: Int
    ) -> SARIF.Result {
        let fixes = finding.suggestions.map { suggestion in
            SARIF.Fix(
                description: SARIF.Message(text: "Replace with “\(suggestion)”"),
                artifactChanges: [
                    SARIF.ArtifactChange(
                        artifactLocation: artifact,
                        replacements: [
                            SARIF.Replacement(
                                deletedRegion: Self.region(finding.span, in: document, snippet: false),
                                insertedContent: SARIF.ArtifactContent(text: suggestion))
                        ])
                ])
        }
        let suppressions: [SARIF.Suppression]? =
            finding.status == .open ? nil : [SARIF.Suppression(justification: Self.justification(finding, decision))]
        return SARIF.Result(
            ruleId: SARIFRuleTable.ruleID(checker: finding.checker, rule: finding.rule),
            ruleIndex: ruleIndex, level: Self.level(finding.severity),
            message: SARIF.Message(text: finding.message),
            locations: [
                SARIF.Location(
                    physicalLocation: SARIF.PhysicalLocation(
                        artifactLocation: artifact, region: Self.region(finding.span, in: document, snippet: true)))
            ],
            partialFingerprints: ["factdesk/v1": finding.id],
            fixes: fixes.isEmpty ? nil : fixes, suppressions: suppressions)
    }

    /// The editor's reason when there is one, else who decided: `Dismissed by Name <email>: reason`.
    static func justification(_ finding: Finding, _ decision: FindingDecision?) -> String {
        let verb = finding.status == .dismissed ? "Dismissed" : "Accepted"
        guard let decision else { return "\(verb) by an editor." }
        return "\(verb) by \(decision.author)" + (decision.reason.map { ": \($0)" } ?? ".")
    }

    /// A span as a SARIF region: 1-based lines, code-point columns (end exclusive) and offsets.
    static func region(_ span: Span, in document: Document, snippet: Bool) -> SARIF.Region {
        let start = document.location(of: span.start)
        let end = document.location(of: span.end)
        return SARIF.Region(
            startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
            charOffset: span.start, charLength: span.length,
            snippet: snippet ? SARIF.ArtifactContent(text: document.text(in: span)) : nil)
    }

    /// SARIF's level for a severity: `error`, `warning`, or `note` for info.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The artifact URI of a document path: `stdin` for `-`, a `file://` URI for an absolute
    /// path, else the relative path as given, percent-encoded where a URI requires it.
    static func artifactURI(_ path: String) -> String {
        if path == "-" { return "stdin" }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(":")  // a colon in a relative reference's first segment would read as a scheme
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
