import FactDeskGit
import Foundation

/// What `pull` did.
public enum PullOutcome: Hashable, Sendable {
    /// The remote had nothing new.
    case upToDate
    /// The workspace moved forward to the remote's latest revision.
    case fastForwarded(to: RevisionID)
    /// Both sides had new revisions; a merge revision combines them.
    case merged(RevisionID)
}

extension Workspace {
    /// The remote every push and pull goes to.
    public static let remoteName = "origin"

    /// The remote's URL (a path to a bare repository or any URL libgit2 supports), or `nil`.
    public func remoteURL() throws -> String? {
        try guarded { try repository.remoteURL(named: Workspace.remoteName) }
    }

    /// Sets the remote (git's `origin`) to a URL or a path to a bare repository.
    public func setRemote(url: String) throws {
        try guarded { try repository.setRemote(named: Workspace.remoteName, url: url) }
    }

    /// Sends the branch's revisions and the published tags to the remote.
    /// - Throws: ``WorkspaceError/noRemote``, ``WorkspaceError/pushRejected(detail:)`` when the
    ///   remote has revisions this workspace lacks (pull first), or a transport error.
    /// - Returns: the revision the remote's branch now has.
    @discardableResult
    public func push() throws -> RevisionID {
        try locked {
            guard try repository.remoteURL(named: Workspace.remoteName) != nil else { throw WorkspaceError.noRemote }
            let head = try branchHead()
            guard let commit = head.commit else { throw WorkspaceError.unknownRevision("HEAD") }
            let tags = try repository.tagNames(matching: "published/*").map { "refs/tags/\($0):refs/tags/\($0)" }
            do {
                try repository.push(
                    remote: Workspace.remoteName, refspecs: ["\(head.reference):\(head.reference)"] + tags)
            } catch let error as GitError where error.code == .nonFastForward {
                throw WorkspaceError.pushRejected(detail: error.message)
            }
            return RevisionID(hex: commit.hex)
        }
    }

    /// Fetches the remote's revisions and published tags and brings them into the branch: a
    /// fast-forward when only the remote moved, else a merge revision. Changes to different
    /// drafts, and decisions on different findings, combine without conflict.
    ///
    /// What the remote sends is untrusted: it is fetched into a quarantine namespace
    /// (`refs/factdesk/incoming/`) that is always emptied again, and audited (see
    /// ``IncomingAudit``) before any reference of the workspace, its index or its files move.
    /// Published tags are added, never moved.
    /// - Throws: ``WorkspaceError/refusedIncoming(revision:path:reason:)`` for a commit that
    ///   would put a link, a `.git` folder or a path outside the workspace into it, and
    ///   ``WorkspaceError/publishedTagConflict(tag:local:remote:)`` for a published tag that
    ///   differs between the two sides: in both cases nothing is changed.
    ///   ``WorkspaceError/mergeConflict(paths:)`` when both sides changed the same lines,
    ///   ``WorkspaceError/localChangesInTheWay(detail:)`` when uncommitted edits would be
    ///   overwritten: then nothing is changed but the remote-tracking branch and the new
    ///   published tags.
    public func pull() throws -> PullOutcome {
        try locked {
            guard try repository.remoteURL(named: Workspace.remoteName) != nil else { throw WorkspaceError.noRemote }
            let head = try branchHead()
            let incoming = try fetchIntoQuarantine(branch: head)
            defer { try? emptyQuarantine() }
            var audit = IncomingAudit(repository: repository)
            if let theirs = incoming.branch { try audit.audit(commitsFrom: theirs, excluding: head.commit) }
            var newTags: [(name: String, target: ObjectID)] = []
            for tag in incoming.tags {
                let local = "refs/tags/" + tag.name.dropFirst(Workspace.quarantine.count + "tags/".count)
                if let existing = try repository.references(matching: local).first {
                    guard existing.target == tag.target else {
                        throw WorkspaceError.publishedTagConflict(
                            tag: String(local.dropFirst("refs/tags/".count)),
                            local: String(existing.target.hex.prefix(12)),
                            remote: String(tag.target.hex.prefix(12)))
                    }
                    continue
                }
                if let tagged = try repository.referenceTarget(tag.name) {
                    try audit.audit(commitsFrom: tagged, excluding: head.commit)
                }
                newTags.append((local, tag.target))
            }
            for tag in newTags { try repository.setReference(tag.name, to: tag.target, message: "factdesk: pull") }
            guard let theirs = incoming.branch else { return .upToDate }
            let tracking = "refs/remotes/\(Workspace.remoteName)/\(head.name)"
            try repository.setReference(tracking, to: theirs, message: "factdesk: pull")
            return try integrate(theirs, into: head)
        }
    }

    /// The prefix of the references a pull fetches into before they are audited.
    static let quarantine = "refs/factdesk/incoming/"

    /// Fetches the remote's branch and published tags into the quarantine namespace.
    private func fetchIntoQuarantine(branch head: BranchHead) throws -> (
        branch: ObjectID?, tags: [(name: String, target: ObjectID)]
    ) {
        try emptyQuarantine()
        let branch = Workspace.quarantine + "heads/" + head.name
        try repository.fetch(
            remote: Workspace.remoteName,
            refspecs: [
                "+\(head.reference):\(branch)", "+refs/tags/published/*:\(Workspace.quarantine)tags/published/*",
            ])
        return (
            try repository.referenceTarget(branch), try repository.references(matching: Workspace.quarantine + "tags/*")
        )
    }

    private func emptyQuarantine() throws {
        for reference in try repository.references(matching: Workspace.quarantine + "*") {
            try repository.deleteReference(reference.name)
        }
    }

    /// Brings an audited remote commit into the branch: a fast-forward or a merge revision.
    private func integrate(_ theirs: ObjectID, into head: BranchHead) throws -> PullOutcome {
        let ourTree = try head.commit.map(repository.treeID(of:))
        switch try repository.mergeAnalysis(of: theirs, into: head.reference) {
        case .upToDate:
            return .upToDate
        case .fastForward:
            try checkout(try repository.treeID(of: theirs), from: ourTree)
            try repository.updateReference(
                head.reference, to: theirs, expecting: head.commit, message: "factdesk: pull")
            return .fastForwarded(to: RevisionID(hex: theirs.hex))
        case .diverged:
            guard let ours = head.commit, let ourTree else { return .upToDate }
            switch try repository.mergeTrees(ours: ours, theirs: theirs) {
            case .conflicted(let paths):
                throw WorkspaceError.mergeConflict(paths: paths)
            case .merged(let tree):
                let author = try author()
                let merge = try repository.createCommit(
                    tree: tree, parents: [ours, theirs], author: author, committer: author,
                    message: RevisionMessage.merge(remote: Workspace.remoteName, branch: head.name))
                try checkout(tree, from: ourTree)
                try repository.updateReference(head.reference, to: merge, expecting: ours, message: "factdesk: merge")
                return .merged(RevisionID(hex: merge.hex))
            }
        }
    }

    private func checkout(_ tree: ObjectID, from baseline: ObjectID?) throws {
        do {
            try repository.checkout(tree: tree, baseline: baseline)
        } catch let error as GitError where error.code == .conflict {
            throw WorkspaceError.localChangesInTheWay(detail: error.message)
        }
    }
}
