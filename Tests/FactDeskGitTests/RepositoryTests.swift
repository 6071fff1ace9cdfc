import FactDeskGit
import Foundation
import Testing

@Suite("Repository: create, open, discover")
struct RepositoryTests {
    @Test func createPointsHEADAtAnUnbornMain() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        #expect(try repository.head() == .branch(reference: "refs/heads/main", commit: nil))
        #expect(repository.workingDirectory?.standardizedFileURL == folder.standardizedFileURL)
        #expect(try git("symbolic-ref", "HEAD", in: folder) == "refs/heads/main\n")
    }

    @Test func createRefusesAnExistingRepository() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Repository.create(at: folder)
        #expect(throws: GitError.self) { try Repository.create(at: folder) }
    }

    @Test func bareRepositoryHasNoWorkTree() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let remote = folder.appendingPathComponent("remote.git")
        let repository = try Repository.create(at: remote, bare: true)
        #expect(repository.workingDirectory == nil)
        #expect(try git("rev-parse", "--is-bare-repository", in: remote) == "true\n")
    }

    @Test func discoverWalksUpFromASubfolder() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Repository.create(at: folder)
        let nested = folder.appendingPathComponent("drafts/2025", isDirectory: true)
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let found = try #require(try Repository.discover(from: nested))
        #expect(found.workingDirectory?.standardizedFileURL == folder.standardizedFileURL)
    }

    @Test func discoverAndOpenOutsideARepository() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Repository.discover(from: folder) == nil)
        let error = try #require(throws: GitError.self) { try Repository.open(at: folder) }
        #expect(error.code == .notFound)
        #expect(error.function == "git_repository_open_ext")
        #expect(error.description.contains(folder.path))
    }

    @Test func defaultSignatureReadsTheRepositoryConfig() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        try git("config", "user.name", "Grace Checker", in: folder)
        try git("config", "user.email", "grace@example.org", in: folder)
        let signature = try #require(try repository.defaultSignature())
        #expect(signature.nameAndEmail == "Grace Checker <grace@example.org>")
    }
}
