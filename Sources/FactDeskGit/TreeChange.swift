/// A file that differs between two trees.
public struct TreeChange: Hashable, Sendable {
    /// The file's path (its new path for a rename).
    public let path: String
    /// How it differs.
    public let kind: Kind
    /// The blob before, or `nil` when added.
    public let oldBlob: ObjectID?
    /// The blob after, or `nil` when deleted.
    public let newBlob: ObjectID?

    /// The ways a file can differ.
    public enum Kind: String, Sendable, Hashable {
        case added, deleted, modified
    }
}

/// Line-level changes between two versions of a text.
public struct LineChanges: Hashable, Sendable {
    /// Lines added.
    public let additions: Int
    /// Lines removed.
    public let deletions: Int
    /// Where the changes are.
    public let hunks: [Hunk]

    /// One run of changed lines, as a unified diff's `@@ -a,b +c,d @@` header gives it.
    public struct Hunk: Hashable, Sendable {
        /// The first line in the old text (1-based; 0 when `oldLines` is 0 and the text was empty).
        public let oldStart: Int
        /// The number of old lines the hunk covers, context included.
        public let oldLines: Int
        /// The first line in the new text.
        public let newStart: Int
        /// The number of new lines the hunk covers, context included.
        public let newLines: Int
    }
}
