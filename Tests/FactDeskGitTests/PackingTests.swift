import FactDeskGit
import Foundation
import Testing

@Suite("Packing loose objects")
struct PackingTests {
    @Test func packingMovesEveryLooseObjectIntoOnePack() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder)
        // Each commit adds four objects: the draft blob, the drafts/ tree, the root tree, the commit.
        let ids = try (0..<20).map {
            try repository.commitFiles(
                ["drafts/a.md": "version \($0)\n"], message: "\($0)", at: 1_764_000_000 + Double($0))
        }
        #expect(try git("count-objects", "-v", in: folder).contains("count: 80\n"))
        #expect(try repository.packLooseObjects() == 80)
        let counts = try git("count-objects", "-v", in: folder)
        #expect(counts.contains("count: 0\n") && counts.contains("in-pack: 80\n") && counts.contains("packs: 1\n"))
        #expect(try git("fsck", "--strict", in: folder).isEmpty)
        #expect(try repository.commitIDs(from: ids[19]) == ids.reversed())
        #expect(try repository.blob(at: "drafts/a.md", in: ids[3]) == Data("version 3\n".utf8))
        #expect(try repository.packLooseObjects() == 0)
        #expect(repository.looseObjectEstimate() == 0)
    }
}
