import Foundation
import Testing

@testable import FactDeskWorkspace

/// A remote that sends what no workspace should hold: each is refused and the workspace is left
/// exactly as it was — HEAD, every reference, the index and the work tree.
@Suite("Pull refuses what would reach outside the workspace")
struct PullAuditTests {
    /// Alice's workspace with one checked draft pushed to a bare remote, and Mallory's clone of
    /// that remote made with the git CLI, from which hostile commits are pushed.
    struct Setup {
        let folder: URL
        let alice: Workspace
        let mallory: URL

        init() throws {
            folder = try makeTemporaryFolder()
            let remote: URL
            (alice, remote) = try makeAliceWithRemote(in: folder)
            mallory = folder.appendingPathComponent("mallory")
            try git("clone", "--quiet", remote.path, mallory.path, in: folder)
            try git("config", "user.name", "Mallory", in: mallory)
            try git("config", "user.email", "mallory@example.org", in: mallory)
        }

        /// Commits Mallory's staged changes and pushes them.
        func commitAndPush(_ message: String) throws {
            try git("commit", "--quiet", "-m", message, in: mallory)
            try git("push", "--quiet", "origin", "main", in: mallory)
        }

        /// Everything a refused pull must leave alone in Alice's workspace.
        func aliceState() throws -> [String] {
            let files = FileManager.default.enumerator(atPath: alice.root.path)!.compactMap { $0 as? String }
                .filter { !$0.hasPrefix(".git/") && $0 != ".git" }.sorted()
            return [
                try git("rev-parse", "HEAD", in: alice.root),
                try git("for-each-ref", in: alice.root),
                try git("status", "--porcelain", "--ignored", in: alice.root),
                try git("ls-files", "--stage", in: alice.root),
            ] + files
        }
    }

    /// A hostile change Mallory pushes, and where the refusal must point.
    struct Attack: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        let reason: String
        let push: @Sendable (Setup) throws -> Void
        var testDescription: String { name }
    }

    static let attacks: [Attack] = [
        Attack(
            name: "a draft that is a link to a file outside", path: "drafts/evil.md",
            reason: "a symbolic link (to /etc/passwd); a workspace holds only files and folders"
        ) { setup in
            try FileManager.default.createSymbolicLink(
                atPath: setup.mallory.appendingPathComponent("drafts/evil.md").path, withDestinationPath: "/etc/passwd")
            try git("add", "drafts/evil.md", in: setup.mallory)
            try setup.commitAndPush("link out")
        },
        Attack(
            name: "the annotations folder replaced by a link", path: "annotations",
            reason: "a symbolic link (to /tmp); a workspace holds only files and folders"
        ) { setup in
            try git("rm", "--quiet", "-r", "annotations", in: setup.mallory)
            try FileManager.default.createSymbolicLink(
                atPath: setup.mallory.appendingPathComponent("annotations").path, withDestinationPath: "/tmp")
            try git("add", "annotations", in: setup.mallory)
            try setup.commitAndPush("annotations elsewhere")
        },
        Attack(
            name: "a link added, then removed in a later commit", path: "drafts/evil.md",
            reason: "a symbolic link (to ../../outside.md); a workspace holds only files and folders"
        ) { setup in
            try FileManager.default.createSymbolicLink(
                atPath: setup.mallory.appendingPathComponent("drafts/evil.md").path,
                withDestinationPath: "../../outside.md")
            try git("add", "drafts/evil.md", in: setup.mallory)
            try git("commit", "--quiet", "-m", "link out", in: setup.mallory)
            try git("rm", "--quiet", "drafts/evil.md", in: setup.mallory)
            try setup.commitAndPush("hide it")
        },
        Attack(
            name: "a .GIT folder (a case variant of .git)", path: "drafts/.GIT",
            reason: "a `.git` entry, which would act as a repository inside the workspace"
        ) { setup in
            let config = try git("hash-object", "-w", "--stdin", input: "[core]\n\tworktree = /\n", in: setup.mallory)
            let dotGit = try git("mktree", input: "100644 blob \(line(config))\tconfig\n", in: setup.mallory)
            let drafts = try git("rev-parse", "HEAD:drafts", in: setup.mallory)
            let draftsListing = try git("ls-tree", line(drafts), in: setup.mallory)
            let newDrafts = try git(
                "mktree", input: draftsListing + "040000 tree \(line(dotGit))\t.GIT\n", in: setup.mallory)
            let rootListing = try git("ls-tree", "HEAD", in: setup.mallory).split(separator: "\n")
                .map { $0.hasSuffix("\tdrafts") ? "040000 tree \(line(newDrafts))\tdrafts" : String($0) }
            let root = try git("mktree", input: rootListing.joined(separator: "\n") + "\n", in: setup.mallory)
            let commit = try git(
                "commit-tree", line(root), "-p", "HEAD", "-m", "a repository inside", in: setup.mallory)
            try git("update-ref", "refs/heads/main", line(commit), in: setup.mallory)
            try git("push", "--quiet", "origin", "main", in: setup.mallory)
        },
        Attack(
            name: "a submodule entry", path: "drafts/sub",
            reason: "a submodule; a workspace holds only files and folders"
        ) { setup in
            let head = try git("rev-parse", "HEAD", in: setup.mallory)
            try git("update-index", "--add", "--cacheinfo", "160000,\(line(head)),drafts/sub", in: setup.mallory)
            try setup.commitAndPush("a submodule")
        },
        Attack(
            name: "annotations naming a draft outside drafts/", path: "annotations/a.json",
            reason: "names the draft ../../outside.md, outside drafts/"
        ) { setup in
            let file = setup.mallory.appendingPathComponent("annotations/a.json")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "\"draft\": \"drafts/a.md\"", with: "\"draft\": \"../../outside.md\"")
                .write(to: file, atomically: true, encoding: .utf8)
            try git("add", "annotations/a.json", in: setup.mallory)
            try setup.commitAndPush("annotations of a file outside")
        },
    ]

    @Test(arguments: attacks)
    func aHostileCommitIsRefusedAndNothingChanges(attack: Attack) throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        try attack.push(setup)
        let before = try setup.aliceState()
        let refusal = try #require(throws: WorkspaceError.self) { try setup.alice.pull() }
        guard case .refusedIncoming(_, let path, let reason) = refusal else {
            Issue.record("expected a refusal, got \(refusal)")
            return
        }
        #expect(path == attack.path)
        #expect(reason == attack.reason)
        #expect(refusal.description.hasPrefix("pull refused: revision "))
        #expect(refusal.description.hasSuffix("; nothing was changed"))
        #expect(try setup.aliceState() == before)
        // The refused objects stay unreachable in the object store, as after any aborted fetch,
        // until `git gc` prunes them; everything reachable is intact.
        #expect(try git("fsck", "--connectivity-only", "--no-dangling", in: setup.alice.root).isEmpty)
    }

    @Test func aPublishedTagThatDiffersStopsThePullAndNothingChanges() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        _ = try setup.alice.publish(try DraftPath("drafts/a.md"))
        try git("tag", "-a", "published/a/1", "-m", "published elsewhere", in: setup.mallory)
        try git("push", "--quiet", "origin", "refs/tags/published/a/1", in: setup.mallory)
        let before = try setup.aliceState()
        let refusal = try #require(throws: WorkspaceError.self) { try setup.alice.pull() }
        guard case .publishedTagConflict(let tag, _, _) = refusal else {
            Issue.record("expected a tag conflict, got \(refusal)")
            return
        }
        #expect(tag == "published/a/1")
        #expect(refusal.description.hasSuffix("nothing was changed"))
        #expect(try setup.aliceState() == before)
    }

    @Test func aCleanPullStillLandsAndLeavesNoQuarantineBehind() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        try write("Un autre brouillon.\n", to: "drafts/b.md", in: setup.mallory)
        try git("add", "drafts/b.md", in: setup.mallory)
        try git("tag", "-a", "published/b/1", "-m", "b", in: setup.mallory)
        try setup.commitAndPush("a new draft")
        try git("push", "--quiet", "origin", "refs/tags/published/b/1", in: setup.mallory)
        guard case .fastForwarded = try setup.alice.pull() else {
            Issue.record("expected a fast-forward")
            return
        }
        let references = try git("for-each-ref", "--format=%(refname)", in: setup.alice.root)
        #expect(references == "refs/heads/main\nrefs/remotes/origin/main\nrefs/tags/published/b/1\n")
        #expect(try git("status", "--porcelain", in: setup.alice.root).isEmpty)
        #expect(FileManager.default.fileExists(atPath: setup.alice.root.appendingPathComponent("drafts/b.md").path))
    }

    @Test(arguments: [".git", ".GIT", ".Git.", ".git ", "..", "a\\b"])
    func namesThatActAsARepositoryOrAPathAreRefused(name: String) {
        #expect(IncomingAudit.problem(withName: name) != nil)
    }
}

/// The first line of a command's output.
private func line(_ output: String) -> String {
    String(output.prefix { $0 != "\n" })
}

