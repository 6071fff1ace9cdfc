import FactDeskKit
import Foundation

/// Validated reference data: the entities, series and properties the checkers compare drafts
/// against.
///
/// A value is only ever made from data that passed every check, so a check never runs against
/// half-loaded data. Read it from files with ``ReferenceLoader``, or build it in memory with
/// ``init(entities:series:properties:limits:)``. Lookups by id are constant time; the fuzzy
/// ``nameIndex`` is built on first use and kept. Data read from a snapshot
/// (``ReferenceSnapshots``) is read in place: its name indexes are the snapshot's tables and an
/// entity is decoded when a lookup asks for it.
public struct ReferenceData: Sendable {
    /// Every series, in the order read.
    public let series: [Series]
    /// The properties declared in the data (not the well-known ones).
    public let declaredProperties: [Property]
    /// A stable hash of the content (`sha256:…`), independent of file layout, formatting,
    /// comments and the order of entities: workspaces record it to say which reference data a
    /// revision was checked against.
    public let contentHash: String

    let entityStore: EntityStore
    let seriesPositions: [String: Int]
    let propertyPositions: [String: Int]
    /// The name index, the index of names that stand alone and the role titles.
    let names: NameTables

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
        let contentHash = ContentHash.of(entities: entities, series: series, properties: properties)
        self.init(
            entityStore: .memory(entities, positions: Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })),
            series: series, properties: properties, contentHash: contentHash,
            names: NameTables(entities: entities, series: series))
    }

    /// Data that passed ``ReferenceValidator`` when it was written, read back from a snapshot.
    init(
        snapshot entities: SnapshotEntities, series: [Series], properties: [Property], contentHash: String,
        names: NameTables
    ) {
        self.init(
            entityStore: .snapshot(entities), series: series, properties: properties, contentHash: contentHash,
            names: names)
    }

    private init(
        entityStore: EntityStore, series: [Series], properties: [Property], contentHash: String, names: NameTables
    ) {
        self.entityStore = entityStore
        self.series = series
        self.declaredProperties = properties
        self.seriesPositions = Dictionary(uniqueKeysWithValues: series.enumerated().map { ($1.id, $0) })
        self.propertyPositions = Dictionary(uniqueKeysWithValues: properties.enumerated().map { ($1.id, $0) })
        self.contentHash = contentHash
        self.names = names
    }

    /// No data at all.
    public static let empty = ReferenceData(validated: [], series: [], properties: [])

    /// Every entity, in the order read. Data read from a snapshot decodes them all here: a check
    /// looks entities up by id (``entity(_:)``) instead.
    public var entities: [Entity] {
        switch entityStore {
        case .memory(let entities, _): entities
        case .snapshot(let entities): entities.all
        }
    }

    /// The number of entities.
    public var entityCount: Int {
        switch entityStore {
        case .memory(let entities, _): entities.count
        case .snapshot(let entities): entities.count
        }
    }

    /// The fuzzy index of every spelling of every entity and series, built on first use and
    /// kept for the life of this value; read in place when the data comes from a snapshot (see
    /// ``ReferenceSnapshots``).
    public var nameIndex: NameIndex { names.index }

    /// The fuzzy index of the spellings of one word (particles aside) of the entities and
    /// series known by one word (see ``NameIndex/standaloneEntries(id:isPerson:names:)``), built
    /// on first use or read in place from a snapshot.
    public var standaloneNameIndex: NameIndex { names.standaloneIndex }

    /// Every distinct title of every role, in every language, in the order first met.
    public var roleTitles: [String] { names.roleTitles }

    /// The spellings the name index holds, in the order it indexes them: every entity's names,
    /// then every series'.
    static func nameEntries(entities: [Entity], series: [Series]) -> [NameIndex.Entry] {
        entities.flatMap { entity in entity.names.map { NameIndex.Entry(id: entity.id, name: $0) } }
            + series.flatMap { series in series.names.map { NameIndex.Entry(id: series.id, name: $0) } }
    }

    /// The spellings the standalone name index holds, in the order it indexes them.
    static func standaloneEntries(entities: [Entity], series: [Series]) -> [NameIndex.Entry] {
        entities.flatMap { NameIndex.standaloneEntries(id: $0.id, isPerson: $0.kind == .person, names: $0.names) }
            + series.flatMap { NameIndex.standaloneEntries(id: $0.id, isPerson: false, names: $0.names) }
    }

    /// Every distinct role title of the entities, in every language, in the order first met.
    static func roleTitles(of entities: [Entity]) -> [String] {
        var seen = Set<String>()
        return entities.flatMap { entity in
            entity.roles.flatMap { role in Language.allCases.compactMap { role.title[$0] } }
        }.filter { seen.insert($0).inserted }
    }
}

/// Where the entities are: in memory with their positions by id, or in a snapshot.
enum EntityStore: Sendable {
    case memory([Entity], positions: [String: Int])
    case snapshot(SnapshotEntities)
}
