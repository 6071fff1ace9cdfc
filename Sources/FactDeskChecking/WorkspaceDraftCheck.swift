import FactDeskEngine
import FactDeskKit
import FactDeskWorkspace
import Foundation

/// A check of one draft's new text in a workspace, as the web workbench makes it: the text is
/// checked like `factdesk check` checks a file (same engine setup, the workspace's reference
/// data), then recorded through ``CheckRevisions``, which commits the revision and writes the
/// text to the draft's file in the same locked step.
public struct WorkspaceDraftCheck: Sendable {
    /// The checkers to run.
    public let catalog: CheckerCatalog
    /// FactDesk's version, recorded in revisions.
    public let factdeskVersion: String

    /// Creates a check.
    public init(catalog: CheckerCatalog, factdeskVersion: String) {
        self.catalog = catalog
        self.factdeskVersion = factdeskVersion
    }

    /// Checks `text` as the new content of `draft` and records the revision.
    ///
    /// Runs synchronously, one checker after another (``Engine/checkSequentially(_:crashed:willRun:didRun:)``),
    /// so that a server can run it on a thread of its own without taking threads from the
    /// concurrency pool that serves requests.
    /// - Parameters:
    ///   - text: the draft's new text.
    ///   - draft: the draft's path in the workspace.
    ///   - root: the workspace's root folder.
    /// - Returns: the report (findings with their statuses) and the record of the revision.
    /// - Throws: ``ReferenceError`` when the workspace's reference data does not load, a
    ///   ``WorkspaceError`` when the revision cannot be recorded.
    public func run(text: String, draft: DraftPath, root: URL) throws -> (report: DocumentReport, record: CheckRecord) {
        let file = root.appendingPathComponent(draft.path).path
        let document = Document(path: file, text: text)
        let reference = try CheckSetup.reference(given: [], drafts: [file])
        let report = CheckSetup.engine(catalog: catalog, reference: reference).checkSequentially(document)
        let recorder = CheckRevisions(
            checkers: catalog.descriptors, references: [], factdeskVersion: factdeskVersion, currentFolder: root,
            writesDrafts: true)
        guard let record = try recorder.record(report) else { throw WorkspaceError.notADraft(path: draft.path) }
        return (DocumentReport(document: document, findings: record.findings), record)
    }
}
