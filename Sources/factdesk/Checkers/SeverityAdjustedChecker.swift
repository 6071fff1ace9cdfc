import FactDeskKit

/// A checker whose rules report at the severities a workspace's `severities:` gives them
/// (``CheckerSettings``): a house-style module's `info` findings raised to `warning`, say.
/// The rules' descriptions say the new severity, so `factdesk checkers` and the findings agree.
struct SeverityAdjustedChecker: Checker {
    let base: any Checker
    let descriptor: CheckerDescriptor
    private let severities: [String: Severity]

    /// Wraps a checker; `severities` maps its rule ids to their new severity.
    init(_ base: any Checker, severities: [String: Severity]) {
        self.base = base
        self.severities = severities
        var descriptor = base.descriptor
        descriptor.rules = descriptor.rules.map { rule in
            var rule = rule
            rule.severity = severities[rule.id] ?? rule.severity
            return rule
        }
        self.descriptor = descriptor
    }

    func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        try base.check(document, context: context).map { finding in
            var finding = finding
            finding.severity = severities[finding.rule] ?? finding.severity
            return finding
        }
    }
}
