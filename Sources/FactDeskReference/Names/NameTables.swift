import Foundation

/// What the name lookups of reference data read: the name index, the index of names that stand
/// alone in one word, and the role titles. Built once, on first use, from any thread, or read
/// back ready-made from a snapshot.
final class NameTables: @unchecked Sendable {
    /// The three tables, shared by reference: reading one does not copy the others.
    private final class Tables: Sendable {
        let index: NameIndex
        let standaloneIndex: NameIndex
        let roleTitles: [String]

        init(index: NameIndex, standaloneIndex: NameIndex, roleTitles: [String]) {
            self.index = index
            self.standaloneIndex = standaloneIndex
            self.roleTitles = roleTitles
        }

        /// Runs `body` with the name index read in place, while these tables are held.
        func withIndex<Result>(_ body: (NameIndex) -> Result) -> Result { body(index) }
    }

    private let lock = NSLock()
    private var built: Tables?
    private let entities: [Entity]
    private let series: [Series]

    /// Tables built from the entities and series on first use.
    init(entities: [Entity], series: [Series]) {
        self.entities = entities
        self.series = series
    }

    /// Tables read back from a snapshot.
    init(index: NameIndex, standaloneIndex: NameIndex, roleTitles: [String]) {
        built = Tables(index: index, standaloneIndex: standaloneIndex, roleTitles: roleTitles)
        entities = []
        series = []
    }

    private var tables: Tables {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let tables = Tables(
            index: NameIndex(ReferenceData.nameEntries(entities: entities, series: series)),
            standaloneIndex: NameIndex(ReferenceData.standaloneEntries(entities: entities, series: series)),
            roleTitles: ReferenceData.roleTitles(of: entities))
        built = tables
        return tables
    }

    var index: NameIndex { tables.index }

    /// Runs `body` with the name index borrowed in place: the look-ups of every run of a draft's
    /// words then do not copy the index's tables.
    func withIndex<Result>(_ body: (NameIndex) -> Result) -> Result { tables.withIndex(body) }
    var standaloneIndex: NameIndex { tables.standaloneIndex }
    var roleTitles: [String] { tables.roleTitles }
}
