import Foundation
import Testing

/// A draft saved with a UTF-8 byte order mark is committed as it is on disk.
@Suite struct ByteOrderMarkCommandTests {
    @Test func aDraftWithAByteOrderMarkIsCommittedWithItAndTheWorkTreeStaysClean() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = folder.url.appendingPathComponent("desk")
        #expect(try FactDeskBinary.run(["init", desk.path]).status == 0)
        let draft = Data([0xEF, 0xBB, 0xBF]) + Data("Le 31 avril 2025, la session s’ouvre.\n".utf8)
        try draft.write(to: desk.appendingPathComponent("drafts/bom.md"))
        let result = try FactDeskBinary.run(
            ["check", "--format", "json", "drafts/bom.md"],
            environment: ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"], in: desk)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        // The finding's offsets are those of the text checked, without the mark.
        #expect(result.stdout.contains("\"column\" : 4,\n            \"end\" : 16,"))
        #expect(try Git.data(["show", "HEAD:drafts/bom.md"], in: desk) == draft)
        #expect(try Git.data(["status", "--porcelain"], in: desk).isEmpty)
    }
}
