import FactDeskGit
import FactDeskKit
import Foundation

/// The outcome of recording a check of a draft.
public struct CheckRecord: Sendable {
    /// The draft.
    public let draft: DraftPath
    /// The findings given, in the same order, each with its status: `dismissed` or `accepted`
    /// when an editor decided so on it (or on the same finding in an earlier revision), else
    /// `open`; then the previous findings carried over because their checker failed.
    public let findings: [Finding]
    /// The ids of the findings carried over from the previous revision, not re-checked because
    /// the checker (or pack rule) that made them failed on this text.
    public let notRechecked: Set<String>
    /// The decision behind each decided finding, by finding id.
    public let decisions: [String: Decision]
    /// The ids of the findings that were not in the previous revision.
    public let newFindingIDs: Set<String>
    /// The previous revision's findings that are gone (never those of a checker that failed).
    public let resolved: [Finding]
    /// The counts, as the revision's message gives them.
    public let counts: FindingCounts
    /// The revision added, or `nil` when the draft and its findings were unchanged.
    public let revision: RevisionID?
}

extension Workspace {
    /// Records one check of a draft as a revision holding the draft as checked, its findings
    /// (`annotations/<stem>.json`) and the workspace's configuration when it changed since the
    /// last revision (``configurationPaths``), with a message such as
    /// `check drafts/x.md: 2 errors, 1 warning (1 new, 3 resolved)` and the run's metadata in
    /// trailers.
    ///
    /// Findings are paired with the previous revision's by their quote and its context (see
    /// ``FindingMatcher``), so a finding keeps an editor's decision while its words stand,
    /// even when the text around it moves. When neither the draft nor its findings changed,
    /// nothing is committed. The revision lands whole or not at all; concurrent processes
    /// wait for one another.
    ///
    /// A checker that failed (a `checker-error` finding) did not re-check the draft: its
    /// previous findings are carried over unchanged and listed as not re-checked, never
    /// resolved (see ``FailedChecks``, ``CarriedFinding``).
    /// - Parameters:
    ///   - draft: the draft's path in the workspace.
    ///   - text: the draft's text exactly as checked.
    ///   - findings: the checkers' findings on that text.
    ///   - run: FactDesk's and the checkers' versions and the reference data's digest.
    ///   - writesDraft: whether `text` also replaces the draft's file in the work tree, in the
    ///     same locked step (an editor that saves through FactDesk), rather than being left to
    ///     the editor who wrote the file.
    public func recordCheck(
        of draft: DraftPath, text: String, findings: [Finding], run: RunMetadata, writesDraft: Bool = false
    ) throws -> CheckRecord {
        try locked {
            let head = try branchHead()
            let tree = try head.commit.map(repository.treeID(of:))
            let stored = try tree.flatMap { try storedAnnotations(of: draft, inTree: $0) }
            let previous = stored?.file
            let ledger = try tree.map { try decisions(of: draft, inTree: $0) } ?? DecisionLedger([])
            let previousFindings = previous?.findings ?? []
            let outcome = Self.decided(findings, previous: previousFindings, ledger: ledger)
            let paired = Set(outcome.predecessors.values)
            let gone = previousFindings.indices.filter { !paired.contains($0) }.map { previousFindings[$0] }
            let fresh = outcome.findings.indices.filter { outcome.predecessors[$0] == nil }
            let newIDs = Set(fresh.map { outcome.findings[$0].id })
            let carried = Self.carried(gone, failures: FailedChecks(findings), text: text, ledger: ledger)
            let carriedIDs = Set(carried.map(\.id))
            let resolved = gone.filter { !carriedIDs.contains($0.id) }
            let decided = outcome.findings + carried
            var decisionsByID = outcome.decisions
            for finding in carried {
                if let decision = ledger.latest(for: finding.id) { decisionsByID[finding.id] = decision }
            }
            let counts = FindingCounts(findings: decided, new: newIDs.count, resolved: resolved.count)
            let file = AnnotationFile(draft: draft.path, run: run, findings: decided, notRechecked: carriedIDs)
            let content = Data(text.utf8)

            let committedText = try head.commit.flatMap { try repository.blob(at: draft.path, in: $0) }
            if let previous, previous.findings == file.findings, previous.notRechecked == file.notRechecked,
                committedText == content
            {
                return CheckRecord(
                    draft: draft, findings: decided, notRechecked: carriedIDs, decisions: decisionsByID,
                    newFindingIDs: newIDs, resolved: resolved, counts: counts, revision: nil)
            }
            // Annotations equal to the stored ones are that blob again: neither encoded nor written.
            let unchanged = stored.flatMap { $0.file == file ? $0 : nil }
            // The configuration checked with, when it changed since the last revision.
            let configuration = try configurationChanges(since: tree)
            var revisionFiles = [
                RevisionFile(path: draft.path, content: content, writesWorkTree: writesDraft),
                RevisionFile(
                    path: draft.annotationsPath, content: try unchanged?.content ?? file.encoded(),
                    writesWorkTree: true, storedBlob: unchanged?.blob),
            ]
            revisionFiles += configuration.files
            let revision = try addRevision(
                revisionFiles, removing: configuration.removed,
                message: RevisionMessage.check(draft, counts: counts, run: run), onto: head)
            return CheckRecord(
                draft: draft, findings: decided, notRechecked: carriedIDs, decisions: decisionsByID,
                newFindingIDs: newIDs, resolved: resolved, counts: counts, revision: RevisionID(hex: revision.hex))
        }
    }

    /// The previous findings, among those the check did not find again, whose checker failed
    /// this time: placed in the new text (see ``CarriedFinding``), with their latest decisions.
    private static func carried(
        _ gone: [Finding], failures: FailedChecks, text: String, ledger: DecisionLedger
    ) -> [Finding] {
        guard !failures.isEmpty else { return [] }
        var carried: [Finding] = []
        for finding in gone where failures.missed(finding) {
            guard var placed = CarriedFinding.place(finding, in: text) else { continue }
            placed.status = ledger.latest(for: placed.id)?.status ?? placed.status
            carried.append(placed)
        }
        return carried
    }
}
