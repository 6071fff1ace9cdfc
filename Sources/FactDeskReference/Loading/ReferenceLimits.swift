/// Bounds that keep a hostile or mistaken reference folder from exhausting memory or time.
public struct ReferenceLimits: Hashable, Sendable {
    /// The largest file read, in bytes.
    public var maxFileBytes: Int
    /// The most bytes read over all files.
    public var maxTotalBytes: Int
    /// The most entities and series over all files.
    public var maxEntities: Int
    /// The most spellings over all entities and series.
    public var maxNames: Int

    /// Creates limits.
    public init(maxFileBytes: Int, maxTotalBytes: Int, maxEntities: Int, maxNames: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxEntities = maxEntities
        self.maxNames = maxNames
    }

    /// 64 MB a file, 512 MB in all, a million entities, four million spellings.
    public static let standard = ReferenceLimits(
        maxFileBytes: 64 << 20, maxTotalBytes: 512 << 20, maxEntities: 1_000_000, maxNames: 4_000_000)
}
