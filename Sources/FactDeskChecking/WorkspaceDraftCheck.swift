import FactDeskEngine
import FactDeskKit
import FactDeskWorkspace
import Foundation

/// A check of one draft's new text in a workspace, as the web workbench makes it: the text is
/// checked like `factdesk check` checks a file (same engine setup, the workspace's reference
/// data), then recorded through ``CheckRevisions``, which commits the revision and writes the
/// text to the draft's file in the same locked step.
public struct WorkspaceDraftCheck: Sendable {
    /// The checkers to run, for the revision's metadata.
    public let catalog: CheckerCatalog
    /// FactDesk's version, recorded in revisions.
    public let factdeskVersion: String
    /// What runs the checkers.
    public let checking: any DraftTextChecking

    /// Creates a check.
    /// - Parameters:
    ///   - catalog: the checkers to run.
    ///   - factdeskVersion: FactDesk's version.
    ///   - checking: what runs them; by default, this process (``InProcessTextChecking``).
    public init(catalog: CheckerCatalog, factdeskVersion: String, checking: (any DraftTextChecking)? = nil) {
        self.catalog = catalog
        self.factdeskVersion = factdeskVersion
        self.checking = checking ?? InProcessTextChecking(catalog: catalog)
    }

    /// Checks `text` as the new content of `draft` and records the revision.
    ///
    /// Runs synchronously, so that a server can run it on a thread of its own.
    /// - Parameters:
    ///   - text: the draft's new text.
    ///   - draft: the draft's path in the workspace.
    ///   - root: the workspace's root folder.
    /// - Returns: the report (findings with their statuses) and the record of the revision.
    /// - Throws: what ``checking`` throws, a ``WorkspaceError`` when the revision cannot be recorded.
    public func run(text: String, draft: DraftPath, root: URL) throws -> (report: DocumentReport, record: CheckRecord) {
        let document = Document(path: root.appendingPathComponent(draft.path).path, text: text)
        let report = try checking.report(on: document)
        let recorder = CheckRevisions(
            checkers: catalog.descriptors, references: [], factdeskVersion: factdeskVersion, currentFolder: root,
            writesDrafts: true)
        guard let record = try recorder.record(report) else { throw WorkspaceError.notADraft(path: draft.path) }
        return (
            DocumentReport(
                document: document, findings: record.findings, decisions: record.decisions.mapValues(\.reportDecision),
                notRechecked: record.notRechecked),
            record
        )
    }
}
