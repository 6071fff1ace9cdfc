import Foundation

/// What the name lookups of reference data read: the name index, the index of names that stand
/// alone in one word, and the role titles. Built once, on first use, from any thread, or read
/// back ready-made from a snapshot.
final class NameTables: @unchecked Sendable {
    private let lock = NSLock()
    private var built: (index: NameIndex, standaloneIndex: NameIndex, roleTitles: [String])?
    private let build: @Sendable () -> (NameIndex, NameIndex, [String])

    /// Tables built from the entities and series on first use.
    init(entities: [Entity], series: [Series]) {
        build = {
            (
                NameIndex(ReferenceData.nameEntries(entities: entities, series: series)),
                NameIndex(ReferenceData.standaloneEntries(entities: entities, series: series)),
                ReferenceData.roleTitles(of: entities)
            )
        }
    }

    /// Tables read back from a snapshot.
    init(index: NameIndex, standaloneIndex: NameIndex, roleTitles: [String]) {
        built = (index, standaloneIndex, roleTitles)
        build = { (index, standaloneIndex, roleTitles) }
    }

    private var tables: (index: NameIndex, standaloneIndex: NameIndex, roleTitles: [String]) {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let (index, standaloneIndex, roleTitles) = build()
        built = (index, standaloneIndex, roleTitles)
        return (index, standaloneIndex, roleTitles)
    }

    var index: NameIndex { tables.index }
    var standaloneIndex: NameIndex { tables.standaloneIndex }
    var roleTitles: [String] { tables.roleTitles }
}
