import FactDeskGit
import Foundation
import Testing

@Suite("Tree and text diffs")
struct DiffTests {
    @Test func changesBetweenTreesNameAddedModifiedAndDeletedFiles() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let first = try repository.commitFiles(["drafts/a.md": "a", "drafts/b.md": "b"], message: "one")
        let blob = try repository.writeBlob(Data("c".utf8))
        let tree = try repository.makeTree(
            from: try repository.treeID(of: first),
            applying: [
                .remove(path: "drafts/b.md"), .write(path: "drafts/c.md", blob: blob),
                .write(path: "drafts/a.md", blob: blob),
            ])
        let changes = try repository.changes(from: try repository.treeID(of: first), to: tree)
        #expect(changes.map(\.path) == ["drafts/a.md", "drafts/b.md", "drafts/c.md"])
        #expect(changes.map(\.kind) == [.modified, .deleted, .added])
        #expect(changes[2].newBlob == blob && changes[2].oldBlob == nil)
        let limited = try repository.changes(from: nil, to: tree, limitedTo: ["drafts/c.md"])
        #expect(limited.map(\.path) == ["drafts/c.md"])
    }

    @Test func lineChangesCountAddedAndRemovedLines() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        let old = Data("un\ndeux\ntrois\nquatre\n".utf8)
        let new = Data("un\nDEUX\ntrois\nquatre\ncinq\nsix\n".utf8)
        let changes = try repository.lineChanges(from: old, to: new)
        #expect(changes.additions == 3)
        #expect(changes.deletions == 1)
        #expect(
            changes.hunks.map { [$0.oldStart, $0.oldLines, $0.newStart, $0.newLines] } == [
                [2, 1, 2, 1], [4, 0, 5, 2],
            ])
        #expect(try repository.lineChanges(from: old, to: old).hunks.isEmpty)
    }
}
