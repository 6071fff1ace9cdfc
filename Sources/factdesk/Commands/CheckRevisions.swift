import FactDeskKit
import FactDeskWorkspace
import Foundation

/// Commits each checked draft that lies in a workspace's `drafts/` as an annotated revision,
/// and gives back its findings with the editors' decisions applied (`status`).
struct CheckRevisions {
    /// The checkers that ran, for the revision's metadata.
    let checkers: [CheckerDescriptor]
    /// The `--reference` paths given, for the reference digest (else the workspace's `reference/`).
    let references: [String]

    /// Records every report whose draft is in a workspace; other reports pass through unchanged.
    /// - Returns: the reports with statuses, and whether recording failed for any (the error
    ///   is printed on standard error; that workspace is left as it was).
    func record(_ reports: [DocumentReport]) -> (reports: [DocumentReport], failed: Bool) {
        var failed = false
        let recorded = reports.map { report in
            do {
                return try record(report) ?? report
            } catch {
                Diagnostics.error("\(report.document.path): \(error)")
                failed = true
                return report
            }
        }
        return (recorded, failed)
    }

    /// Records one report, or returns `nil` when its file is not a draft of a workspace (outside
    /// any workspace, or not under its `drafts/`).
    private func record(_ report: DocumentReport) throws -> DocumentReport? {
        let path = report.document.path
        guard path != "-" else { return nil }
        let workspace: Workspace
        let draft: DraftPath
        do {
            workspace = try Workspace.find(from: URL(fileURLWithPath: path))
            draft = try workspace.draftPath(for: path, relativeTo: WorkspaceCommand.currentFolder)
        } catch WorkspaceError.notAWorkspace, WorkspaceError.notADraft {
            return nil
        }
        let run = RunMetadata(
            factdeskVersion: FactDeskVersion.current,
            checkers: Dictionary(checkers.map { ($0.id, $0.version) }, uniquingKeysWith: { first, _ in first }),
            referenceDigest: try referenceDigest(in: workspace))
        // The revision holds the draft as it is on disk, byte order mark included; the findings'
        // offsets stay those of the text checked, which has none.
        let text = DraftReader.startsWithByteOrderMark(path) ? "\u{FEFF}" + report.document.text : report.document.text
        let record = try workspace.recordCheck(of: draft, text: text, findings: report.findings, run: run)
        return DocumentReport(document: report.document, findings: record.findings)
    }

    /// The digest of the reference files: those given with `--reference`, else the workspace's `reference/`.
    private func referenceDigest(in workspace: Workspace) throws -> String {
        let roots =
            references.isEmpty
            ? [workspace.root.appendingPathComponent("reference")] : references.map { URL(fileURLWithPath: $0) }
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
