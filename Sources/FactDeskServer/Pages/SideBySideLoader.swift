import FactDeskCheckers
import FactDeskChecking
import FactDeskKit
import FactDeskText
import FactDeskWorkspace
import Foundation

/// Finds a draft's other-language version among the workspace's drafts, as `factdesk check`
/// finds it (``CounterpartLookup``: front matter, then the `NAME.fr.md` / `NAME.en.md` convention).
enum CounterpartDraft {
    /// The counterpart of `draft` whose text is `text`, when it is a draft of the workspace.
    static func of(_ draft: DraftPath, text: String, in workspace: Workspace) -> DraftPath? {
        let file = workspace.root.appendingPathComponent(draft.path).path
        guard let found = CounterpartLookup.path(of: file, text: text) else { return nil }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return try? workspace.draftPath(for: CounterpartLookup.standardized(found), relativeTo: current)
    }
}

/// Reads what the side-by-side page shows: a draft and its counterpart, each as its draft page
/// shows it (latest revision, or the file when never checked), lined up by the parity checker
/// with the workspace's reference data.
enum SideBySideLoader {
    /// - Throws: ``WorkbenchError`` 404 when the draft has no counterpart; what reading the
    ///   drafts and the reference data throws.
    static func load(_ draft: DraftPath, at revision: String?, in workspace: Workspace) throws -> SideBySidePage {
        let ours = try DraftPageLoader.load(draft, at: revision, in: workspace)
        guard let other = CounterpartDraft.of(draft, text: ours.text, in: workspace) else {
            throw WorkbenchError(
                .notFound,
                "\(draft.path) has no other-language version: name it with translation-of: or translations:, or as NAME.fr.md / NAME.en.md")
        }
        let theirs = try DraftPageLoader.load(other, at: revision, in: workspace)
        let reference = try CheckSetup.reference(
            given: [], drafts: [workspace.root.appendingPathComponent(draft.path).path])
        let document = Document(path: draft.path, text: ours.text)
        let counterpart = Document(path: other.path, text: theirs.text)
        let alignment = ParityChecker().alignment(
            of: document, mentions: StandardExtractors.all.mentions(in: document),
            with: Counterpart(document: counterpart, mentions: StandardExtractors.all.mentions(in: counterpart)),
            reference: reference)
        return SideBySidePage(
            ours: SideBySidePage.Side(page: ours, document: document, prefix: "a", targets: alignment.oursTargets),
            theirs: SideBySidePage.Side(page: theirs, document: counterpart, prefix: "b", targets: alignment.theirsTargets),
            pairs: alignment.pairs)
    }
}
