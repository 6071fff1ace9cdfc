import Foundation
import Testing

/// Hostile workspace content met through the real binary: one clear message, exit status 2,
/// nothing committed or changed.
@Suite("factdesk with hostile workspace content")
struct HostileWorkspaceCommandTests {
    private let author = ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"]

    /// Runs the git CLI, failing the test when git fails.
    @discardableResult
    private func git(
        _ arguments: String..., in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        try Git.output(
            ["-c", "user.name=Mallory", "-c", "user.email=mallory@example.org"] + arguments, in: folder,
            sourceLocation: sourceLocation)
    }

    @Test func checkRefusesBillionLaughsReferenceDataQuicklyAndCommitsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = folder.url.appendingPathComponent("desk")
        #expect(try FactDeskBinary.run(["init", desk.path]).status == 0)
        var laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            laughs += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        try laughs.write(to: desk.appendingPathComponent("reference/laughs.yml"), atomically: true, encoding: .utf8)
        try "Le mardi 24 novembre 2025.\n".write(
            to: desk.appendingPathComponent("drafts/x.md"), atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        let result = try FactDeskBinary.run(["check", "drafts/x.md"], environment: author, in: desk)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "reference/laughs.yml:1:4: error: YAML anchors are not allowed in reference data (quote a value that starts with '&')\n"
            ))
        #expect(try git("rev-list", "--count", "HEAD", in: desk) == "1\n")
        let lint = try FactDeskBinary.run(["reference", "lint"], in: desk)
        #expect(lint.status == 2)
        #expect(
            lint.stderr.hasSuffix("reference/laughs.yml:3:40: error: 61 more YAML anchors and aliases not listed\n"))
    }

    @Test func aDraftThatIsALinkToADeviceIsRefusedAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = folder.url.appendingPathComponent("desk")
        #expect(try FactDeskBinary.run(["init", desk.path]).status == 0)
        try FileManager.default.createSymbolicLink(
            atPath: desk.appendingPathComponent("drafts/zero.md").path, withDestinationPath: "/dev/zero")
        let result = try FactDeskBinary.run(["check", "drafts/zero.md"], environment: author, in: desk)
        #expect(result.status == 2)
        #expect(result.stderr == "factdesk: drafts/zero.md: not a regular file (a device, pipe or socket is never read)\n")
        #expect(try git("rev-list", "--count", "HEAD", in: desk) == "1\n")
    }

    @Test func pullRefusesALinkOutOfTheWorkspaceAndExitsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = folder.url.appendingPathComponent("desk")
        let remote = folder.url.appendingPathComponent("remote.git")
        let mallory = folder.url.appendingPathComponent("mallory")
        #expect(try FactDeskBinary.run(["init", desk.path]).status == 0)
        try git("init", "--quiet", "--bare", "--initial-branch=main", remote.path, in: folder.url)
        #expect(try FactDeskBinary.run(["push", "--remote", remote.path], environment: author, in: desk).status == 0)
        try git("clone", "--quiet", remote.path, mallory.path, in: folder.url)
        try FileManager.default.createSymbolicLink(
            atPath: mallory.appendingPathComponent("drafts/notes.md").path, withDestinationPath: "/etc/passwd")
        try git("add", "drafts/notes.md", in: mallory)
        try git("commit", "--quiet", "-m", "notes", in: mallory)
        try git("push", "--quiet", "origin", "main", in: mallory)

        let references = try git("for-each-ref", in: desk)
        let result = try FactDeskBinary.run(["pull"], environment: author, in: desk)
        #expect(result.status == 2)
        #expect(result.stderr.contains("pull refused: revision "))
        #expect(
            result.stderr.contains(
                " of the remote brings drafts/notes.md, a symbolic link (to /etc/passwd); a workspace holds only files and folders; nothing was changed"
            ))
        #expect(try git("for-each-ref", in: desk) == references)
        #expect(!FileManager.default.fileExists(atPath: desk.appendingPathComponent("drafts/notes.md").path))
    }
}
