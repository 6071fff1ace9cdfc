import FactDeskGit
import Foundation

/// Checks what a pull brought, before anything in the workspace moves: every tree of every
/// new commit, and the paths written inside annotations and decisions.
///
/// A remote can send any tree libgit2 will store. What it must never get into a workspace is
/// an entry that, once checked out or read, reaches outside it or acts as something other than
/// a file: a symbolic link (git stores one as a blob of mode `120000`, and a later write
/// through `annotations/` or a read of `reference/` would follow it), a submodule, a folder
/// named `.git` in any case (`.GIT`, `.Git.` on file systems that ignore case or trailing
/// dots), a name holding `/`, `\` or NUL, or `..`; and annotation or decision files naming a
/// draft outside `drafts/`. Trees and blobs already audited are not read again, so a long pull
/// costs in proportion to what changed.
struct IncomingAudit {
    private let repository: Repository
    private var auditedTrees: Set<ObjectID> = []
    private var auditedBlobs: Set<ObjectID> = []

    init(repository: Repository) {
        self.repository = repository
    }

    /// Audits the commits reachable from `tip` and not from `known`.
    /// - Throws: ``WorkspaceError/refusedIncoming(revision:path:reason:)`` at the first entry refused.
    mutating func audit(commitsFrom tip: ObjectID, excluding known: ObjectID?) throws {
        for commit in try repository.commitIDs(from: tip, excluding: known) {
            try audit(tree: try repository.treeID(of: commit), at: "", in: commit)
        }
    }

    private mutating func audit(tree: ObjectID, at folder: String, in commit: ObjectID) throws {
        guard auditedTrees.insert(tree).inserted else { return }
        for entry in try repository.listing(of: tree) {
            let path = folder + entry.name
            func refuse(_ reason: String) -> WorkspaceError {
                .refusedIncoming(revision: String(commit.hex.prefix(12)), path: path, reason: reason)
            }
            if let problem = IncomingAudit.problem(withName: entry.name) { throw refuse(problem) }
            if entry.isFolder {
                try audit(tree: entry.id, at: path + "/", in: commit)
            } else if entry.isSymbolicLink {
                let target = String(decoding: try repository.blob(entry.id).prefix(200), as: UTF8.self)
                throw refuse("a symbolic link (to \(target)); a workspace holds only files and folders")
            } else if !entry.isRegularFile {
                throw refuse(
                    entry.mode == 0o160000
                        ? "a submodule; a workspace holds only files and folders"
                        : "an entry of unknown mode \(String(entry.mode, radix: 8))")
            } else if let reason = try namedDraftProblem(in: entry, at: path) {
                throw refuse(reason)
            }
        }
    }

    /// Why a tree entry's name is refused, or `nil` when it is fine.
    static func problem(withName name: String) -> String? {
        if name.isEmpty || name == "." || name == ".." || name.contains(where: { "/\\\0".contains($0) }) {
            return "a name no git tool writes (empty, `.`, `..`, or holding `/`, `\\` or NUL)"
        }
        // Windows and macOS drop trailing dots and spaces and ignore case: `.GIT.` is `.git` there.
        var trimmed = Substring(name)
        while let last = trimmed.last, last == "." || last == " " { trimmed = trimmed.dropLast() }
        if trimmed.lowercased() == ".git" {
            return "a `.git` entry, which would act as a repository inside the workspace"
        }
        return nil
    }

    /// For an annotations or decision file, why the draft path written inside it is refused.
    private mutating func namedDraftProblem(in entry: TreeListingEntry, at path: String) throws -> String? {
        let isAnnotations = path.hasPrefix("annotations/") && path.hasSuffix(".json")
        let isDecision = path.hasPrefix("decisions/") && path.hasSuffix(".json")
        guard isAnnotations || isDecision, auditedBlobs.insert(entry.id).inserted else { return nil }
        let data = try repository.blob(entry.id)
        let draft: String
        do {
            draft = isAnnotations ? try AnnotationFile.decode(data, path: path).draft : try Decision.decode(data).draft
        } catch {
            return "not a FactDesk \(isAnnotations ? "annotations" : "decision") file"
        }
        guard let named = try? DraftPath(draft) else { return "names the draft \(draft), outside drafts/" }
        if isAnnotations, named.annotationsPath != path {
            return "holds the annotations of \(draft), which belong in \(named.annotationsPath)"
        }
        return nil
    }
}
