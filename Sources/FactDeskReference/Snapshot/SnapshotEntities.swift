/// The entities of a snapshot, read in place from the mapped file: an entity is decoded when a
/// lookup asks for it, never all of them on the way to a check.
struct SnapshotEntities: Sendable {
    private let records: FlatTable<UInt8>
    /// Where each record starts in `records`, and the end of the last.
    private let starts: FlatTable<UInt64>
    /// The entities' positions by the hash of their id (``NameIndex/keyHash(_:)``).
    private let ids: HashedNumbers
    private let model: ModelDecoding

    /// Entities over tables read back from a snapshot; their sizes are checked in constant time.
    init(records: FlatTable<UInt8>, starts: FlatTable<UInt64>, ids: HashedNumbers, model: ModelDecoding)
        throws(SnapshotDamage)
    {
        guard starts.first == 0, starts.last == UInt64(records.count), ids.hashes.count == starts.count - 1,
            ids.numbers.count == ids.hashes.count
        else { throw SnapshotDamage("the entity tables do not match each other") }
        self.records = records
        self.starts = starts
        self.ids = ids
        self.model = model
    }

    /// The number of entities.
    var count: Int { starts.count - 1 }

    /// The entity at a position, in the order read; `nil` when its record does not decode.
    func entity(at position: Int) -> Entity? {
        let (start, end) = (starts[position], starts[position + 1])
        guard start <= end, end <= UInt64(records.count) else { return nil }
        var input = SnapshotDecoder(UnsafeRawBufferPointer(records.slice(Int(start), Int(end))))
        return try? model.entity(&input)
    }

    /// The entity with an id and its position.
    func entity(_ id: String) -> (entity: Entity, position: Int)? {
        for position in ids.numbers(under: NameIndex.keyHash(id)) where Int(position) < count {
            if let entity = entity(at: Int(position)), entity.id == id { return (entity, Int(position)) }
        }
        return nil
    }

    /// Every entity, decoded: for the commands that list them all, not for a check.
    var all: [Entity] {
        (0..<count).compactMap(entity(at:))
    }
}
