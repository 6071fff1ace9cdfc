import FactDeskKit

/// The checkers, and rules of a rule pack, that failed on a draft, as their `checker-error`
/// findings say: a checker that crashed, threw or timed out reports one such finding quoting
/// nothing; a pack reports one for each rule stopped, its id made from the rule's id.
///
/// A previous finding of a check that failed was not re-checked: the revision carries it over
/// unchanged instead of calling it resolved (see ``Workspace/recordCheck(of:text:findings:run:writesDraft:)``).
struct FailedChecks {
    /// The rule id of the findings that stand for a failure.
    static let rule = "checker-error"

    private let failureIDs: Set<String>

    /// The failures among a check's findings.
    init(_ findings: [Finding]) {
        failureIDs = Set(findings.lazy.filter { $0.rule == FailedChecks.rule }.map(\.id))
    }

    /// Whether no checker failed.
    var isEmpty: Bool { failureIDs.isEmpty }

    /// Whether the check that reported `finding` failed this time: its whole checker, or its rule of a pack.
    func missed(_ finding: Finding) -> Bool {
        guard !failureIDs.isEmpty, finding.rule != FailedChecks.rule else { return false }
        return failureIDs.contains(FindingID.make(checker: finding.checker, rule: FailedChecks.rule, quoted: ""))
            || failureIDs.contains(FindingID.make(checker: finding.checker, rule: FailedChecks.rule, quoted: finding.rule))
    }
}
