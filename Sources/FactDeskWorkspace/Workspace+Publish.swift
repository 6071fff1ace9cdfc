import FactDeskGit
import Foundation

/// A draft's revision tagged as published.
public struct Publication: Sendable, Encodable, Hashable {
    /// The annotated tag, `published/<stem>/<n>`.
    public let tag: String
    /// The revision tagged: the draft's latest check.
    public let revision: RevisionID
    /// The draft's path.
    public let draft: String
}

extension Workspace {
    /// Tags a draft's latest checked revision as published, with an annotated tag
    /// `published/<stem>/<n>` (n counts the draft's publications from 1). Tags never move:
    /// checking the draft again later adds revisions, but a published one is never rewritten.
    /// - Throws: ``WorkspaceError/draftNeverChecked(path:)``,
    ///   ``WorkspaceError/draftChangedSinceCheck(path:)`` when the file differs from the checked
    ///   text, ``WorkspaceError/alreadyPublished(tag:)`` when that revision already has a tag.
    public func publish(_ draft: DraftPath) throws -> Publication {
        try locked {
            _ = try branchHead()
            guard let checked = try log(draft: draft).first(where: { $0.action.name == "check" }),
                let revision = ObjectID(hex: checked.id.hex),
                let committed = try repository.blob(at: draft.path, in: revision)
            else { throw WorkspaceError.draftNeverChecked(path: draft.path) }
            let onDisk = FileManager.default.contents(atPath: root.appendingPathComponent(draft.path).path)
            guard onDisk == committed else { throw WorkspaceError.draftChangedSinceCheck(path: draft.path) }

            let numbered = try repository.tagNames(matching: draft.publishedTagPrefix + "*").compactMap { name in
                Int(name.dropFirst(draft.publishedTagPrefix.count)).map { (name: name, number: $0) }
            }
            for tag in numbered where try repository.tag(named: tag.name)?.target == revision {
                throw WorkspaceError.alreadyPublished(tag: tag.name)
            }
            let number = (numbered.map(\.number).max() ?? 0) + 1
            let tag = draft.publishedTagPrefix + String(number)
            try repository.createAnnotatedTag(
                named: tag, target: revision, tagger: try author(),
                message: "publish \(draft.path)\n\n\(checked.title)\n")
            return Publication(tag: tag, revision: checked.id, draft: draft.path)
        }
    }
}
