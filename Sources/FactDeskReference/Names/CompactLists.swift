/// Many short lists of 32-bit values in two flat tables (compressed sparse rows): one allocation
/// for all of them instead of one each, read in place when they come from a snapshot.
struct CompactLists: Sendable {
    /// Where each list starts in `values`, and the end of the last.
    let offsets: FlatTable<UInt32>
    /// Every list's values, end to end.
    let values: FlatTable<UInt32>

    /// Lists over tables read back from a snapshot.
    init(offsets: FlatTable<UInt32>, values: FlatTable<UInt32>) {
        self.offsets = offsets
        self.values = values
    }

    /// The lists given, in order.
    init(_ lists: some Sequence<some Sequence<UInt32>>) {
        var builder = Builder()
        for list in lists { builder.append(list) }
        self = builder.finish()
    }

    /// Lists grouped from `(list, value)` pairs by counting sort; values keep their order.
    init(count: Int, pairs: [(list: UInt32, value: UInt32)]) {
        var offsets = [UInt32](repeating: 0, count: count + 1)
        for pair in pairs { offsets[Int(pair.list) + 1] += 1 }
        for index in 0..<count { offsets[index + 1] += offsets[index] }
        var next = offsets
        var values = [UInt32](repeating: 0, count: pairs.count)
        for pair in pairs {
            values[Int(next[Int(pair.list)])] = pair.value
            next[Int(pair.list)] += 1
        }
        self.init(offsets: FlatTable(offsets), values: FlatTable(values))
    }

    /// The number of lists.
    var count: Int { offsets.count - 1 }

    /// One list, in place.
    subscript(index: Int) -> UnsafeBufferPointer<UInt32> {
        values.slice(Int(offsets[index]), Int(offsets[index + 1]))
    }

    /// Runs `body` with a list's values in place, without copying.
    func withList<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        body(self[index])
    }

    /// Whether the tables fit each other at their ends (offsets start at 0 and end at the last
    /// value); checked in constant time, reads check the rest.
    var isConsistent: Bool {
        offsets.first == 0 && offsets.last.map(Int.init) == values.count
    }

    /// Lists appended one after another, then frozen into ``CompactLists``.
    struct Builder {
        private(set) var offsets: [UInt32] = [0]
        private(set) var values: [UInt32] = []

        /// The number of lists so far.
        var count: Int { offsets.count - 1 }

        /// Adds a list at the end.
        mutating func append(_ list: some Sequence<UInt32>) {
            values.append(contentsOf: list)
            offsets.append(UInt32(values.count))
        }

        /// One list so far.
        subscript(index: Int) -> ArraySlice<UInt32> {
            values[Int(offsets[index])..<Int(offsets[index + 1])]
        }

        /// The lists.
        func finish() -> CompactLists {
            CompactLists(offsets: FlatTable(offsets), values: FlatTable(values))
        }
    }
}
