/// Many short lists of 32-bit values in two flat arrays (compressed sparse rows): one allocation
/// for all of them instead of one each.
struct CompactLists: Sendable {
    private(set) var offsets: [UInt32] = [0]
    private(set) var values: [UInt32] = []

    init() {}

    /// Lists read back from a snapshot.
    init(offsets: [UInt32], values: [UInt32]) {
        self.offsets = offsets
        self.values = values
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
        self.offsets = offsets
        self.values = values
    }

    /// The number of lists.
    var count: Int { offsets.count - 1 }

    /// Adds a list at the end.
    mutating func append(_ list: some Sequence<UInt32>) {
        values.append(contentsOf: list)
        offsets.append(UInt32(values.count))
    }

    /// One list.
    subscript(index: Int) -> ArraySlice<UInt32> {
        values[Int(offsets[index])..<Int(offsets[index + 1])]
    }

    /// Runs `body` with a list's values in place, without copying.
    func withList<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        values.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(offsets[index])..<Int(offsets[index + 1])]))
        }
    }
}
