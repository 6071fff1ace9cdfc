import FactDeskGit
import FactDeskKit
import Foundation

/// A check's findings with the editors' decisions applied: what `check`, `check --no-commit`
/// and the web workbench all report, whether or not the check is recorded.
public struct DecidedFindings: Sendable {
    /// The findings given, in the same order, each with its status.
    public let findings: [Finding]
    /// The decision behind each decided finding, by the finding's (current) id.
    public let decisions: [String: Decision]
    /// For each finding index, the index of the previous revision's finding it continues.
    let predecessors: [Int: Int]
}

extension Workspace {
    /// Applies the decisions recorded at the branch's latest revision to the findings of a check
    /// of `draft`, without recording anything (a check with `--no-commit`, or of unsaved text).
    ///
    /// A finding takes the latest decision on its id, or on the previous revision's finding it
    /// continues (paired by quote and context, see ``FindingMatcher``), as a recorded check would.
    /// - Parameters:
    ///   - findings: the checkers' findings on the draft's text.
    ///   - draft: the draft's path in the workspace.
    public func applyingDecisions(to findings: [Finding], of draft: DraftPath) throws -> DecidedFindings {
        let head = try branchHead()
        let tree = try head.commit.map(repository.treeID(of:))
        let previous = try tree.flatMap { try storedAnnotations(of: draft, inTree: $0) }?.file.findings ?? []
        let ledger = try tree.map { try decisions(of: draft, inTree: $0) } ?? DecisionLedger([])
        return Self.decided(findings, previous: previous, ledger: ledger)
    }

    /// `findings` paired with `previous` and given the ledger's statuses.
    static func decided(_ findings: [Finding], previous: [Finding], ledger: DecisionLedger) -> DecidedFindings {
        let pairs = FindingMatcher.match(previous: previous, current: findings)
        let predecessors = Dictionary(uniqueKeysWithValues: pairs.map { ($0.current, $0.previous) })
        var decided = findings
        var decisions: [String: Decision] = [:]
        for index in decided.indices {
            let predecessor = predecessors[index].map { previous[$0] }
            let decision = ledger.latest(for: decided[index].id) ?? predecessor.flatMap { ledger.latest(for: $0.id) }
            decided[index].status = decision?.status ?? predecessor?.status ?? .open
            if let decision, decision.status == decided[index].status { decisions[decided[index].id] = decision }
        }
        return DecidedFindings(findings: decided, decisions: decisions, predecessors: predecessors)
    }
}
