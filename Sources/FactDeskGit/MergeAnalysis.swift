/// How another line of history relates to a branch, as `git merge` would see it.
public enum MergeAnalysis: Hashable, Sendable {
    /// The other side has nothing the branch lacks.
    case upToDate
    /// The branch can simply move forward to the other side (or it has no commit yet).
    case fastForward
    /// Both sides have commits of their own: a merge commit is needed.
    case diverged
}

/// The result of merging two commits' trees in memory.
public enum TreeMerge: Hashable, Sendable {
    /// The trees merged without conflict into this tree.
    case merged(tree: ObjectID)
    /// These paths changed on both sides in ways that cannot be combined.
    case conflicted(paths: [String])
}
