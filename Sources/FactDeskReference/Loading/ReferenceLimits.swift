/// Bounds that keep a hostile or mistaken reference folder from exhausting memory or time.
///
/// Each bound is checked before the data it guards is built: file sizes before reading, node
/// counts and nesting on libyaml's events before Yams composes any node, entity and name counts
/// before the name index is built.
public struct ReferenceLimits: Hashable, Sendable {
    /// The largest file read, in bytes.
    public var maxFileBytes: Int
    /// The most bytes read over all files.
    public var maxTotalBytes: Int
    /// The most entities and series over all files.
    public var maxEntities: Int
    /// The most spellings over all entities and series.
    public var maxNames: Int
    /// The longest spelling of a name, in characters.
    public var maxNameLength: Int
    /// The most YAML nodes (scalars, lists and mappings) in one file.
    public var maxNodesPerFile: Int
    /// The deepest nesting of lists and mappings in one file.
    public var maxDepth: Int

    /// Creates limits.
    public init(
        maxFileBytes: Int, maxTotalBytes: Int, maxEntities: Int, maxNames: Int, maxNameLength: Int = 500,
        maxNodesPerFile: Int = 8_000_000, maxDepth: Int = 32
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxEntities = maxEntities
        self.maxNames = maxNames
        self.maxNameLength = maxNameLength
        self.maxNodesPerFile = maxNodesPerFile
        self.maxDepth = maxDepth
    }

    /// 64 MB a file, 512 MB in all, a million entities, four million spellings of at most 500
    /// characters, eight million YAML nodes a file nested at most 32 deep (reference data
    /// needs seven levels).
    public static let standard = ReferenceLimits(
        maxFileBytes: 64 << 20, maxTotalBytes: 512 << 20, maxEntities: 1_000_000, maxNames: 4_000_000)
}
