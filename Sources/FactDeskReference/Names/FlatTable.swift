/// A read-only array of fixed-width values that either owns its memory or reads it in place
/// from a mapped snapshot, so that an index read back from a snapshot copies nothing.
///
/// Reads are bounds-checked in every build: a table read from a file never lets a damaged
/// number reach outside it.
struct FlatTable<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// The values.
    let buffer: UnsafeBufferPointer<Element>
    /// What keeps `buffer` alive: the table's own storage or the mapped file.
    private let owner: AnyObject?

    /// A table holding a copy of `values`.
    init(_ values: [Element]) {
        let storage = UnsafeMutableBufferPointer<Element>.allocate(capacity: Swift.max(1, values.count))
        _ = storage.initialize(from: values)
        buffer = UnsafeBufferPointer(rebasing: storage[0..<values.count])
        owner = FlatStorage(storage.baseAddress!)
    }

    /// A table over values in a mapped file, which it keeps mapped.
    init(mapped values: UnsafeBufferPointer<Element>, in file: MappedFile) {
        buffer = values
        owner = file
    }

    /// Whether the values are read in place from a mapped file.
    var isMapped: Bool { owner is MappedFile }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < buffer.count, "index outside a reference table")
        return buffer[position]
    }

    /// The values from `start` up to `end`, in place.
    func slice(_ start: Int, _ end: Int) -> UnsafeBufferPointer<Element> {
        precondition(start >= 0 && start <= end && end <= buffer.count, "range outside a reference table")
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }
}

/// Yes-or-no values, one byte each (any byte but 0 is yes).
struct FlagTable: Sendable {
    /// The bytes.
    let bytes: FlatTable<UInt8>

    /// The flags given.
    init(_ flags: [Bool]) {
        bytes = FlatTable(flags.map { $0 ? 1 : 0 })
    }

    /// Flags over a table read back from a snapshot.
    init(bytes: FlatTable<UInt8>) {
        self.bytes = bytes
    }

    /// The number of flags.
    var count: Int { bytes.count }

    /// One flag.
    subscript(index: Int) -> Bool { bytes[index] != 0 }
}

/// Memory a ``FlatTable`` allocated, freed with the last table that shares it.
private final class FlatStorage {
    private let base: UnsafeMutableRawPointer

    init<Element>(_ base: UnsafeMutablePointer<Element>) {
        self.base = UnsafeMutableRawPointer(base)
    }

    deinit {
        base.deallocate()
    }
}
