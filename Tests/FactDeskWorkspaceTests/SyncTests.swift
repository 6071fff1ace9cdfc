import FactDeskWorkspace
import Foundation
import Testing

/// Two editors' clones and a bare remote.
@Suite("Push and pull through a bare remote")
struct SyncTests {
    /// A bare remote, Alice's workspace that created it, and Bob's clone.
    struct Newsroom {
        let folder: URL
        let alice: Workspace
        let bob: Workspace

        init() throws {
            folder = try makeTemporaryFolder()
            let remote: URL
            (alice, remote) = try makeAliceWithRemote(in: folder)
            try git("clone", "--quiet", remote.path, folder.appendingPathComponent("bob").path, in: folder)
            bob = try Workspace.find(
                from: folder.appendingPathComponent("bob/drafts"),
                options: testOptions(author: "Bob Desk <bob@example.org>"))
        }

        func heads() throws -> (String, String) {
            (try git("rev-parse", "HEAD", in: alice.root), try git("rev-parse", "HEAD", in: bob.root))
        }
    }

    @Test func editorsCheckingDifferentDraftsConverge() throws {
        let newsroom = try Newsroom()
        defer { try? FileManager.default.removeItem(at: newsroom.folder) }
        let (alice, bob) = (newsroom.alice, newsroom.bob)
        try write(ScenarioTests.secondDraft, to: "drafts/a.md", in: alice.root)
        try alice.check("drafts/a.md")
        try write(ScenarioTests.firstDraft, to: "drafts/b.md", in: bob.root)
        try bob.check("drafts/b.md")

        try alice.push()
        let rejection = try #require(throws: WorkspaceError.self) { try bob.push() }
        #expect(
            rejection.description.hasPrefix("the remote has revisions this workspace lacks; run `factdesk pull` first"))
        guard case .merged = try bob.pull() else { Issue.record("expected a merge"); return }
        try bob.push()
        guard case .fastForwarded = try alice.pull() else { Issue.record("expected a fast-forward"); return }
        #expect(try alice.pull() == .upToDate)

        let (aliceHead, bobHead) = try newsroom.heads()
        #expect(aliceHead == bobHead)
        for workspace in [alice, bob] {
            #expect(try git("fsck", "--strict", in: workspace.root).isEmpty)
            #expect(try git("status", "--porcelain", in: workspace.root).isEmpty)
            #expect(
                FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("annotations/b.json").path)
            )
            #expect(
                try String(contentsOf: workspace.root.appendingPathComponent("drafts/a.md"), encoding: .utf8)
                    == ScenarioTests.secondDraft)
        }
        #expect(try alice.log(draft: try DraftPath("drafts/b.md")).map(\.author) == ["Bob Desk <bob@example.org>"])
    }

    @Test func decisionsOnDifferentFindingsOfOneDraftConverge() throws {
        let newsroom = try Newsroom()
        defer { try? FileManager.default.removeItem(at: newsroom.folder) }
        let (alice, bob) = (newsroom.alice, newsroom.bob)
        let findings = try alice.show(revision: "HEAD").findings
        try alice.dismiss(findings[0].id, reason: "vérifié")
        try bob.accept(findings[1].id, note: "à corriger")
        try alice.push()
        _ = try bob.pull()
        try bob.push()
        _ = try alice.pull()

        let (aliceHead, bobHead) = try newsroom.heads()
        #expect(aliceHead == bobHead)
        for workspace in [alice, bob] {
            let statuses = try workspace.show(revision: "HEAD", draft: try DraftPath("drafts/a.md")).findings.map(
                \.status)
            #expect(statuses == [.dismissed, .accepted, .open])
            #expect(try git("status", "--porcelain", in: workspace.root).isEmpty)
        }
    }

    @Test func aTrueConflictStopsAndLosesNothing() throws {
        let newsroom = try Newsroom()
        defer { try? FileManager.default.removeItem(at: newsroom.folder) }
        let (alice, bob) = (newsroom.alice, newsroom.bob)
        try write(ScenarioTests.secondDraft, to: "drafts/a.md", in: alice.root)
        try alice.check("drafts/a.md")
        try alice.push()
        try write(
            ScenarioTests.firstDraft.replacingOccurrences(of: "Marrakech", with: "Rabat"), to: "drafts/a.md",
            in: bob.root)
        let bobRevision = try #require(try bob.check("drafts/a.md").revision)

        #expect(throws: WorkspaceError.mergeConflict(paths: ["annotations/a.json", "drafts/a.md"])) { try bob.pull() }
        #expect(try git("rev-parse", "HEAD", in: bob.root) == bobRevision.hex + "\n")
        #expect(try git("status", "--porcelain", in: bob.root).isEmpty)
        #expect(try git("rev-parse", "origin/main", in: bob.root) == (try git("rev-parse", "HEAD", in: alice.root)))
    }

    @Test func pushWithoutARemoteSaysSo() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        #expect(throws: WorkspaceError.noRemote) { try workspace.push() }
        #expect(throws: WorkspaceError.noRemote) { try workspace.pull() }
    }
}
