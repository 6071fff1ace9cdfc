/// Many strings in two flat tables, their UTF-8 bytes end to end and where each ends: read in
/// place from a snapshot, one string decoded when it is asked for.
struct FlatStrings: Sendable {
    /// Where each string starts in `bytes`, and the end of the last.
    let offsets: FlatTable<UInt32>
    /// The UTF-8 bytes of every string.
    let bytes: FlatTable<UInt8>

    /// Strings held in tables of their own.
    init(_ strings: some Sequence<String>) {
        var offsets: [UInt32] = [0]
        var bytes: [UInt8] = []
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            offsets.append(UInt32(bytes.count))
        }
        self.init(offsets: FlatTable(offsets), bytes: FlatTable(bytes))
    }

    /// Strings over tables read back from a snapshot.
    init(offsets: FlatTable<UInt32>, bytes: FlatTable<UInt8>) {
        self.offsets = offsets
        self.bytes = bytes
    }

    /// The number of strings.
    var count: Int { offsets.count - 1 }

    /// One string.
    subscript(index: Int) -> String {
        String(decoding: bytes.slice(Int(offsets[index]), Int(offsets[index + 1])), as: UTF8.self)
    }

    /// Whether the tables fit each other at their ends (offsets start at 0 and end at the last
    /// byte); checked in constant time, reads check the rest.
    var isConsistent: Bool {
        offsets.first == 0 && offsets.last.map(Int.init) == bytes.count
    }
}
