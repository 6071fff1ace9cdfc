import FactDeskKit
import FactDeskWorkspace
import Foundation
import Testing

@Suite("Bad input: one clear error, workspace unchanged")
struct BadInputTests {
    /// A workspace with one checked draft, and the folder holding it.
    private func checkedWorkspace() throws -> (folder: URL, workspace: Workspace) {
        let folder = try makeTemporaryFolder()
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        try write(ScenarioTests.firstDraft, to: "drafts/a.md", in: workspace.root)
        try workspace.check("drafts/a.md")
        return (folder, workspace)
    }

    @Test func aFolderOutsideAnyWorkspace() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: WorkspaceError.notAWorkspace(path: folder.path)) { try Workspace.find(from: folder) }
        try git("init", "--quiet", in: folder)
        #expect(throws: WorkspaceError.notAWorkspace(path: folder.path), "a git repository without factdesk.yml") {
            try Workspace.find(from: folder)
        }
    }

    @Test func pathsThatLeaveTheWorkspaceOrItsDrafts() throws {
        let (folder, workspace) = try checkedWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = workspace.root
        #expect(throws: WorkspaceError.outsideWorkspace(path: "../outside.md")) {
            try workspace.draftPath(for: "../outside.md", relativeTo: root)
        }
        #expect(throws: WorkspaceError.outsideWorkspace(path: "/etc/passwd")) {
            try workspace.draftPath(for: "/etc/passwd", relativeTo: root)
        }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("drafts/link.md").path, withDestinationPath: "/etc/hostname")
        #expect(throws: WorkspaceError.outsideWorkspace(path: "drafts/link.md")) {
            try workspace.draftPath(for: "drafts/link.md", relativeTo: root)
        }
        #expect(throws: WorkspaceError.notADraft(path: "factdesk.yml")) {
            try workspace.draftPath(for: "factdesk.yml", relativeTo: root)
        }
        #expect(throws: WorkspaceError.outsideWorkspace(path: "drafts/../../x.md")) {
            try DraftPath("drafts/../../x.md")
        }
        let fromDrafts = root.appendingPathComponent("drafts")
        #expect(try workspace.draftPath(for: "a.md", relativeTo: fromDrafts).path == "drafts/a.md")
        #expect(try workspace.draftPath(for: "drafts/a.md", relativeTo: fromDrafts).path == "drafts/a.md")
    }

    @Test func unknownRevisionsDraftsAndFindings() throws {
        let (folder, workspace) = try checkedWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: WorkspaceError.unknownRevision("HEAD~9")) { try workspace.show(revision: "HEAD~9") }
        #expect(throws: WorkspaceError.unknownRevision("nonsense")) { try workspace.diff(from: "nonsense", to: "HEAD") }
        #expect(throws: WorkspaceError.missingDraft(path: "drafts/none.md")) {
            try workspace.show(revision: "HEAD", draft: try DraftPath("drafts/none.md"))
        }
        #expect(throws: WorkspaceError.unknownFinding(id: "date:nope:00000000")) {
            try workspace.dismiss("date:nope:00000000", reason: "x")
        }
        #expect(throws: WorkspaceError.unknownFinding(id: "date:nope:00000000")) {
            try workspace.history(of: "date:nope:00000000")
        }
    }

    @Test func aDetachedHeadRefusesNewRevisions() throws {
        let (folder, workspace) = try checkedWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try git("checkout", "--quiet", "--detach", in: workspace.root)
        try write(ScenarioTests.secondDraft, to: "drafts/a.md", in: workspace.root)
        #expect(throws: WorkspaceError.detachedHead) { try workspace.check("drafts/a.md") }
        #expect(try workspace.log().count == 2, "history still reads")
    }

    @Test func aHeldLockFailsCleanlyAfterTheTimeout() throws {
        let (folder, workspace) = try checkedWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lockFile = workspace.root.appendingPathComponent(".git/factdesk.lock").path
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: lockFile)[.systemFileNumber] as? Int)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [lockFile, "sleep", "5"]
        try holder.run()
        defer { holder.terminate() }
        while try !String(contentsOfFile: "/proc/locks", encoding: .utf8).contains(":\(inode) ") { usleep(10_000) }
        var options = testOptions()
        options.lockTimeout = .milliseconds(300)
        let blocked = try Workspace.find(from: workspace.root, options: options)
        let before = try git("rev-parse", "HEAD", in: workspace.root)
        try write(ScenarioTests.secondDraft, to: "drafts/a.md", in: workspace.root)
        #expect(throws: WorkspaceError.locked(lockFile: lockFile)) { try blocked.check("drafts/a.md") }
        #expect(try git("rev-parse", "HEAD", in: workspace.root) == before)
    }

    @Test func aTruncatedObjectIsReportedAsDamage() throws {
        let (folder, workspace) = try checkedWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let head = try git("rev-parse", "HEAD", in: workspace.root).trimmingCharacters(in: .newlines)
        let object = workspace.root.appendingPathComponent(".git/objects/\(head.prefix(2))/\(head.dropFirst(2))")
        let bytes = try Data(contentsOf: object)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object.path)
        try bytes.prefix(bytes.count - 10).write(to: object)
        let reopened = try Workspace.find(from: workspace.root, options: testOptions())
        let error = try #require(throws: WorkspaceError.self) { try reopened.log() }
        guard case .corrupted = error else { Issue.record("expected .corrupted, got \(error)"); return }
        #expect(error.description.hasPrefix("the workspace repository is damaged: object file"))
    }

    @Test func concurrentWritersAreSerialisedAndNoRevisionIsLost() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions()).root
        for writer in 0..<4 { try write(ScenarioTests.firstDraft, to: "drafts/d\(writer).md", in: root) }
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            do {
                let workspace = try Workspace.find(from: root, options: testOptions())
                for round in 0..<5 {
                    let path = "drafts/d\(writer).md"
                    let text = ScenarioTests.firstDraft + "Révision \(round).\n"
                    _ = try workspace.recordCheck(
                        of: try DraftPath(path), text: text, findings: PlantedErrors.findings(in: text, path: path),
                        run: PlantedErrors.run)
                }
            } catch {
                Issue.record("writer \(writer) failed: \(error)")
            }
        }
        let log = try Workspace.find(from: root, options: testOptions()).log()
        #expect(log.count == 21)
        #expect(try git("fsck", "--strict", in: root).isEmpty)
    }
}
