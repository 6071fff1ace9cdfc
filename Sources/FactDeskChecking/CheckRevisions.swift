import FactDeskKit
import FactDeskWorkspace
import Foundation

/// Commits each checked draft that lies in a workspace's `drafts/` as an annotated revision,
/// and gives back its findings with the editors' decisions applied (`status`).
///
/// `factdesk check` and the web workbench both record their checks through this type, so a
/// check from either commits the same revision.
public struct CheckRevisions: Sendable {
    /// The checkers that ran, for the revision's metadata.
    public let checkers: [CheckerDescriptor]
    /// The `--reference` paths given, for the reference digest (else the workspace's `reference/`).
    public let references: [String]
    /// FactDesk's version, recorded in the revision's trailers.
    public let factdeskVersion: String
    /// The folder relative paths are read from.
    public let currentFolder: URL
    /// Whether the checked text is also written to the draft's file in the work tree, in the same
    /// locked step as the commit (the web workbench's editor), or left to the editor (the CLI).
    public let writesDrafts: Bool

    /// Creates a recorder.
    /// - Parameters:
    ///   - checkers: the checkers that ran.
    ///   - references: the reference paths given; empty for the workspace's own `reference/`.
    ///   - factdeskVersion: FactDesk's version.
    ///   - currentFolder: the folder relative draft paths are read from.
    ///   - writesDrafts: whether the checked text replaces the draft's work-tree file.
    public init(
        checkers: [CheckerDescriptor], references: [String], factdeskVersion: String, currentFolder: URL,
        writesDrafts: Bool = false
    ) {
        self.checkers = checkers
        self.references = references
        self.factdeskVersion = factdeskVersion
        self.currentFolder = currentFolder
        self.writesDrafts = writesDrafts
    }

    /// Records every report whose draft is in a workspace; other reports pass through unchanged.
    /// - Returns: the reports with statuses, and one `path: reason` line for each report that
    ///   could not be recorded (that workspace is left as it was).
    public func record(_ reports: [DocumentReport]) -> (reports: [DocumentReport], failures: [String]) {
        var failures: [String] = []
        let recorded = reports.map { report in
            do {
                return try record(report).map {
                    DocumentReport(
                        document: report.document, findings: $0.findings,
                        decisions: $0.decisions.mapValues(\.reportDecision), notRechecked: $0.notRechecked)
                } ?? report
            } catch {
                failures.append("\(report.document.path): \(error)")
                return report
            }
        }
        return (recorded, failures)
    }

    /// Gives each report whose draft is in a workspace the editors' decisions recorded there,
    /// committing nothing (`check --no-commit`, `--stdin-path`); other reports pass through.
    /// - Returns: the reports with statuses, and one `path: reason` line for each report whose
    ///   workspace could not be read.
    public func applyDecisions(to reports: [DocumentReport]) -> (reports: [DocumentReport], failures: [String]) {
        var failures: [String] = []
        // Drafts of one folder are in one workspace, or in none: it is looked for once a folder.
        var workspaces: [String: Workspace?] = [:]
        let decided = reports.map { report in
            do {
                guard let (workspace, draft) = try draft(of: report, workspaces: &workspaces) else { return report }
                let outcome = try workspace.applyingDecisions(to: report.findings, of: draft)
                return DocumentReport(
                    document: report.document, findings: outcome.findings,
                    decisions: outcome.decisions.mapValues(\.reportDecision))
            } catch {
                failures.append("\(report.document.path): \(error)")
                return report
            }
        }
        return (decided, failures)
    }

    /// The workspace and draft a report's file is, or `nil` when it is not a draft of a workspace.
    /// - Parameter workspaces: the workspace of each folder already looked at (`nil`: none).
    private func draft(of report: DocumentReport, workspaces: inout [String: Workspace?]) throws
        -> (Workspace, DraftPath)?
    {
        let path = report.document.path
        guard path != "-" else { return nil }
        let file = URL(fileURLWithPath: path, relativeTo: currentFolder)
        let folder = file.deletingLastPathComponent().standardizedFileURL.path
        do {
            let found: Workspace?
            if let known = workspaces[folder] {
                found = known
            } else {
                do {
                    found = try Workspace.find(from: file)
                } catch WorkspaceError.notAWorkspace {
                    found = nil
                }
                workspaces[folder] = .some(found)
            }
            guard let workspace = found else { return nil }
            return (workspace, try workspace.draftPath(for: path, relativeTo: currentFolder))
        } catch WorkspaceError.notADraft {
            return nil
        }
    }

    /// Records one report, or returns `nil` when its file is not a draft of a workspace (outside
    /// any workspace, or not under its `drafts/`).
    /// - Throws: a ``WorkspaceError`` when the revision cannot be recorded; nothing is changed.
    public func record(_ report: DocumentReport) throws -> CheckRecord? {
        var workspaces: [String: Workspace?] = [:]
        guard let (workspace, draft) = try draft(of: report, workspaces: &workspaces) else { return nil }
        let path = report.document.path
        let run = RunMetadata(
            factdeskVersion: factdeskVersion,
            checkers: Dictionary(checkers.map { ($0.id, $0.version) }, uniquingKeysWith: { first, _ in first }),
            referenceDigest: try referenceDigest(in: workspace))
        // The revision holds the draft as it is on disk, byte order mark included, when the editor
        // wrote the file; the findings' offsets stay those of the text checked, which has none.
        let keepsMark = !writesDrafts && Self.startsWithByteOrderMark(URL(fileURLWithPath: path, relativeTo: currentFolder))
        let text = keepsMark ? "\u{FEFF}" + report.document.text : report.document.text
        let findings = report.findings.map { $0.citingWorkspaceFiles(root: workspace.root, currentFolder: currentFolder) }
        return try workspace.recordCheck(of: draft, text: text, findings: findings, run: run, writesDraft: writesDrafts)
    }

    /// Whether the file starts with UTF-8's byte order mark, which reading the draft set aside.
    private static func startsWithByteOrderMark(_ file: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 3)) == Data([0xEF, 0xBB, 0xBF])
    }

    /// The digest of the reference files: those given with `--reference`, else the workspace's `reference/`.
    private func referenceDigest(in workspace: Workspace) throws -> String {
        let roots =
            references.isEmpty
            ? [workspace.root.appendingPathComponent("reference")]
            : references.map { URL(fileURLWithPath: $0, relativeTo: currentFolder) }
        let manager = FileManager.default
        var files: [(name: String, content: Data)] = []
        for root in roots {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: root.path, isDirectory: &isFolder) else { continue }
            let urls =
                isFolder.boolValue
                ? (manager.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
                : [root]
            for url in urls {
                var isEntryFolder: ObjCBool = false
                guard manager.fileExists(atPath: url.path, isDirectory: &isEntryFolder), !isEntryFolder.boolValue else {
                    continue
                }
                let name = url.standardizedFileURL.path.replacingOccurrences(of: workspace.root.path + "/", with: "")
                files.append((name, try Data(contentsOf: url)))
            }
        }
        return try RunMetadata.referenceDigest(of: files)
    }
}

extension Decision {
    /// The decision as reports show it.
    var reportDecision: FindingDecision { FindingDecision(status: status, reason: reason, author: author) }
}
