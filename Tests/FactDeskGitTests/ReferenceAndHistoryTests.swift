import FactDeskGit
import Foundation
import Testing

@Suite("References, revisions and history")
struct ReferenceAndHistoryTests {
    @Test func updateReferenceIsACompareAndSwap() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let first = try repository.commitFiles(["a": "1"], message: "one")
        let second = try repository.commitFiles(["a": "2"], message: "two")
        let error = try #require(throws: GitError.self) {
            try repository.updateReference("refs/heads/main", to: first, expecting: first, message: "stale")
        }
        #expect(error.code == .concurrentUpdate)
        #expect(try repository.referenceTarget("refs/heads/main") == second)
        #expect(throws: GitError.self) {
            try repository.updateReference("refs/heads/main", to: first, expecting: nil, message: "must not exist")
        }
    }

    @Test func headReportsBranchesAndDetachedCommits() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let id = try repository.commitFiles(["a": "1"], message: "one")
        #expect(try repository.head() == .branch(reference: "refs/heads/main", commit: id))
        try git("checkout", "--quiet", "--detach", in: folder)
        #expect(try repository.head() == .detached(id))
    }

    @Test func resolveRevisionUnderstandsAncestryPrefixesAndTags() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let first = try repository.commitFiles(["a": "1"], message: "one", at: 1_764_000_000)
        let second = try repository.commitFiles(["a": "2"], message: "two", at: 1_764_000_060)
        try repository.createAnnotatedTag(
            named: "published/a/1", target: first, tagger: signature(), message: "publish")
        #expect(try repository.resolveRevision("HEAD") == second)
        #expect(try repository.resolveRevision("HEAD~1") == first)
        #expect(try repository.resolveRevision(String(second.hex.prefix(8))) == second)
        #expect(try repository.resolveRevision("published/a/1") == first)
        let error = try #require(throws: GitError.self) { try repository.resolveRevision("HEAD~5") }
        #expect(error.code == .notFound)
    }

    @Test func commitIDsWalkNewestOrOldestFirst() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let ids = try (0..<5).map {
            try repository.commitFiles(["a": "\($0)"], message: "\($0)", at: 1_764_000_000 + Double($0))
        }
        #expect(try repository.commitIDs(from: ids[4]) == ids.reversed())
        #expect(try repository.commitIDs(from: ids[4], oldestFirst: true) == ids)
        #expect(try repository.commitIDs(from: ids[4], limit: 2) == [ids[4], ids[3]])
        let cli = try git("rev-list", "main", in: folder).split(separator: "\n").map(String.init)
        #expect(cli == ids.reversed().map(\.hex))
    }

    @Test func historyOverATruncatedCommitFailsInsteadOfHanging() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let first = try repository.commitFiles(["a": "1"], message: String(repeating: "long message ", count: 100))
        let last = try repository.commitFiles(["a": "2"], message: "two")
        let object = folder.appendingPathComponent(".git/objects/\(first.hex.prefix(2))/\(first.hex.dropFirst(2))")
        let bytes = try Data(contentsOf: object)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object.path)
        try bytes.prefix(bytes.count - 8).write(to: object)
        let reopened = try Repository.open(at: folder)
        let error = try #require(throws: GitError.self) { try reopened.commitIDs(from: last) }
        #expect(error.isCorruption)
        #expect(error.message.contains("truncated"))
    }

    @Test func annotatedTagsAreCreatedOnceAndListed() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let id = try repository.commitFiles(["a": "1"], message: "one")
        try repository.createAnnotatedTag(
            named: "published/a/1", target: id, tagger: signature(), message: "publish a\n")
        let error = try #require(throws: GitError.self) {
            try repository.createAnnotatedTag(named: "published/a/1", target: id, tagger: signature(), message: "again")
        }
        #expect(error.code == .exists)
        #expect(try repository.tagNames(matching: "published/a/*") == ["published/a/1"])
        let tag = try #require(try repository.tag(named: "published/a/1"))
        #expect(tag.target == id && tag.tagger == signature() && tag.message == "publish a\n")
        #expect(try repository.tag(named: "published/a/2") == nil)
        #expect(try git("cat-file", "-t", "published/a/1", in: folder) == "tag\n")
    }
}
