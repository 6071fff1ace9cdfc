import FactDeskGit
import Foundation
import Testing

@Suite("Remotes, merges and the work tree")
struct RemoteAndMergeTests {
    @Test func pushAndFetchThroughABareRepository() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let remoteURL = folder.appendingPathComponent("remote.git")
        _ = try Repository.create(at: remoteURL, bare: true)
        let alice = try Repository.create(at: folder.appendingPathComponent("alice"))
        let bob = try Repository.create(at: folder.appendingPathComponent("bob"))
        for repository in [alice, bob] { try repository.setRemote(named: "origin", url: remoteURL.path) }
        #expect(try alice.remoteURL(named: "origin") == remoteURL.path)
        #expect(try alice.remoteURL(named: "upstream") == nil)

        let base = try alice.commitFiles(["a": "1"], message: "alice one")
        try alice.push(remote: "origin", refspecs: ["refs/heads/main:refs/heads/main"])
        #expect(try git("rev-parse", "main", in: remoteURL) == base.hex + "\n")

        try bob.fetch(remote: "origin", refspecs: ["refs/heads/main:refs/remotes/origin/main"])
        #expect(try bob.referenceTarget("refs/remotes/origin/main") == base)
        #expect(try bob.mergeAnalysis(of: base, into: "refs/heads/main") == .fastForward)
        try bob.updateReference("refs/heads/main", to: base, expecting: nil, message: "fast-forward")
        #expect(try bob.mergeAnalysis(of: base, into: "refs/heads/main") == .upToDate)

        try alice.commitFiles(["a": "2"], message: "alice two")
        try alice.push(remote: "origin", refspecs: ["refs/heads/main:refs/heads/main"])
        try bob.commitFiles(["b": "1"], message: "bob one")
        let error = try #require(throws: GitError.self) {
            try bob.push(remote: "origin", refspecs: ["refs/heads/main:refs/heads/main"])
        }
        #expect(error.code == .nonFastForward || error.message.contains("fast-forward"))
        try bob.fetch(remote: "origin", refspecs: ["refs/heads/main:refs/remotes/origin/main"])
        let theirs = try #require(try bob.referenceTarget("refs/remotes/origin/main"))
        #expect(try bob.mergeAnalysis(of: theirs, into: "refs/heads/main") == .diverged)
    }

    @Test func mergeTreesCombinesSeparateChangesAndReportsConflicts() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let lines = (1...9).map { "ligne \($0)" }
        let base = try repository.commitFiles(["f.txt": lines.joined(separator: "\n") + "\n"], message: "base")
        var ours = lines
        ours[1] = "ligne deux"
        let ourCommit = try repository.commitFiles(["f.txt": ours.joined(separator: "\n") + "\n"], message: "ours")
        var theirs = lines
        theirs[7] = "ligne huit"
        try repository.updateReference("refs/heads/other", to: base, expecting: nil, message: "branch")
        let theirCommit = try repository.commitFiles(
            ["f.txt": theirs.joined(separator: "\n") + "\n"], message: "theirs", branch: "refs/heads/other")
        guard case .merged(let tree) = try repository.mergeTrees(ours: ourCommit, theirs: theirCommit) else {
            Issue.record("expected a clean merge")
            return
        }
        let merged = try repository.blob(try #require(try repository.entry(at: "f.txt", in: tree)).id)
        #expect(
            String(decoding: merged, as: UTF8.self).contains("ligne deux\n")
                && String(decoding: merged, as: UTF8.self).contains("ligne huit\n"))

        let clash = try repository.commitFiles(["f.txt": "autre chose\n"], message: "clash", branch: "refs/heads/other")
        #expect(try repository.mergeTrees(ours: ourCommit, theirs: clash) == .conflicted(paths: ["f.txt"]))
    }

    @Test func updateIndexAndCheckoutKeepGitStatusClean() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try Data("texte\n".utf8).write(to: folder.appendingPathComponent("drafts/a.md"))
        let tree = try repository.stageWorkingTree()
        let first = try repository.createCommit(
            tree: tree, parents: [], author: signature(), committer: signature(), message: "init")
        try repository.updateReference("refs/heads/main", to: first, expecting: nil, message: "init")
        #expect(try git("status", "--porcelain", in: folder).isEmpty)

        let second = try repository.commitFiles(["drafts/b.md": "nouveau\n"], message: "b")
        #expect(try git("status", "--porcelain", in: folder) == "D  drafts/b.md\n")
        try repository.checkout(tree: try repository.treeID(of: second), baseline: tree)
        #expect(try git("status", "--porcelain", in: folder).isEmpty)

        try Data("c\n".utf8).write(to: folder.appendingPathComponent("drafts/c.md"))
        let third = try repository.commitFiles(["drafts/c.md": "c\n"], message: "c")
        try repository.updateIndex([
            (
                path: "drafts/c.md",
                blob: try #require(try repository.entry(at: "drafts/c.md", in: try repository.treeID(of: third))).id
            )
        ])
        #expect(try git("status", "--porcelain", in: folder).isEmpty)

        try Data("modifié\n".utf8).write(to: folder.appendingPathComponent("drafts/a.md"))
        let fourth = try repository.commitFiles(["drafts/a.md": "commité\n"], message: "a")
        try repository.updateIndex([
            (
                path: "drafts/a.md",
                blob: try #require(try repository.entry(at: "drafts/a.md", in: try repository.treeID(of: fourth))).id
            )
        ])
        #expect(try git("status", "--porcelain", in: folder) == " M drafts/a.md\n")
    }
}
