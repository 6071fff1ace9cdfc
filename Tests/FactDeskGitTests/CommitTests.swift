import FactDeskGit
import Foundation
import Testing

@Suite("Blobs, trees and commits built in memory")
struct CommitTests {
    @Test func commitBuiltInMemoryIsReadableByTheGitCLI() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let first = try repository.commitFiles(["drafts/a.md": "Lundi 24 novembre 2025.\n"], message: "first")
        let second = try repository.commitFiles(
            ["annotations/a.json": "{}\n"], message: "second\n\nFactDesk-Draft: drafts/a.md")
        #expect(try git("fsck", "--strict", in: folder).isEmpty)
        #expect(try git("log", "--format=%s", in: folder) == "second\nfirst\n")
        #expect(try git("show", "main:drafts/a.md", in: folder) == "Lundi 24 novembre 2025.\n")
        #expect(try git("rev-parse", "HEAD~1", in: folder) == first.hex + "\n")

        let info = try repository.commit(second)
        #expect(info.parents == [first])
        #expect(info.summary == "second")
        #expect(info.trailer("FactDesk-Draft") == "drafts/a.md")
        #expect(info.author == signature())
        #expect(try repository.blob(at: "drafts/a.md", in: second) == Data("Lundi 24 novembre 2025.\n".utf8))
        #expect(try repository.blob(at: "drafts/missing.md", in: second) == nil)
    }

    @Test func commitIDsMatchTheGitCLIForTheSameContent() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let id = try repository.commitFiles(["a.txt": "same\n"], message: "same message\n")
        let tree = try git("rev-parse", "HEAD^{tree}", in: folder).trimmingCharacters(in: .newlines)
        let cli = try gitCommitTree(tree, message: "same message", in: folder)
        #expect(cli == id.hex)
    }

    @Test func blobIDsMatchHashObject() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let file = folder.appendingPathComponent("x.txt")
        try Data("dix mille\n".utf8).write(to: file)
        let id = try repository.writeBlob(Data("dix mille\n".utf8))
        #expect(try git("hash-object", "x.txt", in: folder) == id.hex + "\n")
        #expect(try repository.blob(id) == Data("dix mille\n".utf8))
    }

    @Test func treeUpdatesWriteAndRemoveNestedFiles() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let blob = try repository.writeBlob(Data("x".utf8))
        let tree = try repository.makeTree(
            from: nil,
            applying: [.write(path: "decisions/a/1.json", blob: blob), .write(path: "decisions/a/2.json", blob: blob)])
        #expect(
            try repository.files(under: "decisions", in: tree).map(\.path) == [
                "decisions/a/1.json", "decisions/a/2.json",
            ])
        let smaller = try repository.makeTree(from: tree, applying: [.remove(path: "decisions/a/1.json")])
        #expect(try repository.files(under: "decisions", in: smaller).map(\.path) == ["decisions/a/2.json"])
        #expect(try repository.entry(at: "decisions/a/1.json", in: smaller) == nil)
        #expect(try repository.files(under: "nowhere", in: smaller).isEmpty)
    }

    @Test func lookingUpAMissingObjectThrowsNotFound() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let missing = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
        let error = try #require(throws: GitError.self) { try repository.commit(missing) }
        #expect(error.code == .notFound)
        #expect(!error.isCorruption)
    }

    @Test func truncatedObjectIsReportedAsCorruption() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let id = try repository.commitFiles(["a.txt": String(repeating: "texte ", count: 200)], message: "m")
        let blob = try #require(try repository.entry(at: "a.txt", in: try repository.treeID(of: id)))
        let object = folder.appendingPathComponent(".git/objects/\(blob.id.hex.prefix(2))/\(blob.id.hex.dropFirst(2))")
        let bytes = try Data(contentsOf: object)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object.path)
        try bytes.prefix(bytes.count / 2).write(to: object)
        let reopened = try Repository.open(at: folder)
        let error = try #require(throws: GitError.self) { try reopened.blob(at: "a.txt", in: id) }
        #expect(error.isCorruption)
    }

    /// `git commit-tree` with the same author, committer and dates as ``signature(_:at:)``.
    private func gitCommitTree(_ tree: String, message: String, in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "commit-tree", tree, "-m", message]
        process.currentDirectoryURL = folder
        let who = signature()
        process.environment = ProcessInfo.processInfo.environment.merging([
            "GIT_AUTHOR_NAME": who.name, "GIT_AUTHOR_EMAIL": who.email, "GIT_AUTHOR_DATE": "1764000000 +0100",
            "GIT_COMMITTER_NAME": who.name, "GIT_COMMITTER_EMAIL": who.email, "GIT_COMMITTER_DATE": "1764000000 +0100",
        ]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
