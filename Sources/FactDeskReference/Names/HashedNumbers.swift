/// Numbers filed under 64-bit hashes in one sorted table: the numbers under a hash are found by
/// binary search, with no hash table to build when the table is read back from a snapshot.
///
/// Numbers under one hash keep the order they were given in; two keys may share a hash, so the
/// caller compares what a number stands for.
struct HashedNumbers: Sendable {
    /// The hashes, ascending.
    let hashes: FlatTable<UInt64>
    /// The number filed under each hash.
    let numbers: FlatTable<UInt32>

    /// Files each number under its hash.
    init(_ pairs: [(hash: UInt64, number: UInt32)]) {
        let sorted = pairs.enumerated().sorted { ($0.element.hash, $0.offset) < ($1.element.hash, $1.offset) }
        self.init(hashes: FlatTable(sorted.map(\.element.hash)), numbers: FlatTable(sorted.map(\.element.number)))
    }

    /// A table read back from a snapshot.
    init(hashes: FlatTable<UInt64>, numbers: FlatTable<UInt32>) {
        self.hashes = hashes
        self.numbers = numbers
    }

    /// The numbers filed under `hash`, in the order they were given, read in place: a look-up
    /// allocates nothing.
    func numbers(under hash: UInt64) -> LazyMapCollection<Range<Int>, UInt32> {
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < hashes.count, hashes[end] == hash { end += 1 }
        let numbers = self.numbers
        return (low..<end).lazy.map { numbers[$0] }
    }
}
