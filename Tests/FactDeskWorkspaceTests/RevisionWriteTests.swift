import FactDeskWorkspace
import Foundation
import Testing

/// How a revision reaches the disk: unchanged annotations are not rewritten, a missing copy is
/// restored, and nothing is written through a folder that leads out of the workspace.
@Suite struct RevisionWriteTests {
    private func inode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
    }

    @Test func unchangedAnnotationsAreLeftInPlaceAndAMissingCopyIsRestored() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        let annotations = workspace.root.appendingPathComponent("annotations/a.json")
        // A closing paragraph keeps the last finding's context away from the end of the draft.
        let draft = ScenarioTests.firstDraft + "La session se poursuit toute la semaine au palais des congrès.\n"
        try write(draft, to: "drafts/a.md", in: workspace.root)
        try workspace.check("drafts/a.md")
        let written = try inode(annotations)
        let blob = try git("rev-parse", "HEAD:annotations/a.json", in: workspace.root)

        // Text added after every finding: a new revision, the same annotations.
        try write(draft + "Une ligne de plus.\n", to: "drafts/a.md", in: workspace.root)
        #expect(try workspace.check("drafts/a.md").revision != nil)
        #expect(try git("rev-parse", "HEAD:annotations/a.json", in: workspace.root) == blob)
        #expect(try inode(annotations) == written)
        #expect(try git("status", "--porcelain", in: workspace.root).isEmpty)

        try FileManager.default.removeItem(at: annotations)
        try write(draft + "Deux lignes de plus.\n\n", to: "drafts/a.md", in: workspace.root)
        #expect(try workspace.check("drafts/a.md").revision != nil)
        #expect(FileManager.default.fileExists(atPath: annotations.path))
        #expect(try git("status", "--porcelain", in: workspace.root).isEmpty)
        #expect(try git("fsck", "--strict", in: workspace.root).isEmpty)
    }

    @Test func anAnnotationsFolderLinkedOutsideIsNeverWrittenThrough() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        let outside = folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let annotations = workspace.root.appendingPathComponent("annotations")
        try FileManager.default.removeItem(at: annotations)
        try FileManager.default.createSymbolicLink(atPath: annotations.path, withDestinationPath: outside.path)
        try write(ScenarioTests.firstDraft, to: "drafts/a.md", in: workspace.root)
        let head = try git("rev-parse", "HEAD", in: workspace.root)

        let refusal = try #require(throws: WorkspaceError.self) { try workspace.check("drafts/a.md") }
        #expect(refusal.description == "annotations/a.json: outside the workspace")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(try git("rev-parse", "HEAD", in: workspace.root) == head)
    }
}
