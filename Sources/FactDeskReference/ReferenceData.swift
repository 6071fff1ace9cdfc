import Foundation

/// Validated reference data: the entities, series and properties the checkers compare drafts
/// against.
///
/// A value is only ever made from data that passed every check, so a check never runs against
/// half-loaded data. Read it from files with ``ReferenceLoader``, or build it in memory with
/// ``init(entities:series:properties:limits:)``. Lookups by id are constant time; the fuzzy
/// ``nameIndex`` is built on first use and kept.
public struct ReferenceData: Sendable {
    /// Every entity, in the order read.
    public let entities: [Entity]
    /// Every series, in the order read.
    public let series: [Series]
    /// The properties declared in the data (not the well-known ones).
    public let declaredProperties: [Property]
    /// A stable hash of the content (`sha256:…`), independent of file layout, formatting,
    /// comments and the order of entities: workspaces record it to say which reference data a
    /// revision was checked against.
    public let contentHash: String

    let entityPositions: [String: Int]
    let seriesPositions: [String: Int]
    let propertyPositions: [String: Int]
    private let lazyIndex: LazyNameIndex

    /// Validates and indexes data built in memory.
    ///
    /// - Throws: ``ReferenceError`` with every problem: duplicate ids, dangling references,
    ///   undeclared properties, overlapping validity periods, editions numbered twice, limits.
    public init(
        entities: [Entity], series: [Series] = [], properties: [Property] = [], limits: ReferenceLimits = .standard
    ) throws(ReferenceError) {
        let diagnostics = ReferenceValidator.diagnostics(
            entities: entities, series: series, properties: properties, limits: limits)
        guard diagnostics.isEmpty else { throw ReferenceError(diagnostics) }
        self.init(validated: entities, series: series, properties: properties)
    }

    /// Indexes data that passed ``ReferenceValidator``.
    init(validated entities: [Entity], series: [Series], properties: [Property]) {
        self.init(
            validated: entities, series: series, properties: properties,
            contentHash: ContentHash.of(entities: entities, series: series, properties: properties), nameIndex: nil)
    }

    /// Data that passed ``ReferenceValidator`` when it was read back from a snapshot, with the
    /// content hash and, when given, the name index computed then.
    init(
        validated entities: [Entity], series: [Series], properties: [Property], contentHash: String,
        nameIndex: NameIndex?
    ) {
        self.entities = entities
        self.series = series
        self.declaredProperties = properties
        self.entityPositions = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
        self.seriesPositions = Dictionary(uniqueKeysWithValues: series.enumerated().map { ($1.id, $0) })
        self.propertyPositions = Dictionary(uniqueKeysWithValues: properties.enumerated().map { ($1.id, $0) })
        self.contentHash = contentHash
        self.lazyIndex = LazyNameIndex(entities: entities, series: series, built: nameIndex)
    }

    /// No data at all.
    public static let empty = ReferenceData(validated: [], series: [], properties: [])

    /// The fuzzy index of every spelling of every entity and series, built on first use and
    /// kept for the life of this value; read back ready-made when the data comes from a
    /// snapshot (see ``ReferenceSnapshots``).
    public var nameIndex: NameIndex { lazyIndex.index }

    /// The spellings the name index holds, in the order it indexes them: every entity's names,
    /// then every series'.
    static func nameEntries(entities: [Entity], series: [Series]) -> [NameIndex.Entry] {
        entities.flatMap { entity in entity.names.map { NameIndex.Entry(id: entity.id, name: $0) } }
            + series.flatMap { series in series.names.map { NameIndex.Entry(id: series.id, name: $0) } }
    }
}

/// Builds the name index once, on first use, from any thread.
private final class LazyNameIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: NameIndex?
    private let entries: @Sendable () -> [NameIndex.Entry]

    init(entities: [Entity], series: [Series], built: NameIndex?) {
        self.built = built
        entries = { ReferenceData.nameEntries(entities: entities, series: series) }
    }

    var index: NameIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = NameIndex(entries())
        built = index
        return index
    }
}
