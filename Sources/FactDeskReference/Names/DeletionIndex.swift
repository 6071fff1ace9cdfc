/// A deletion-neighbourhood index (as in SymSpell) over folded words: finds every indexed word
/// within a small edit distance of a query word without comparing it with all of them.
///
/// Each word is stored under the hashes of the strings made by deleting up to
/// ``maxDeletions`` letters from it. Two words within Damerau–Levenshtein distance k share such a
/// string with at most k deletions on each side, so a query only probes its own deletions and
/// verifies the words found. Only the first ``prefixLength`` letters of a word are indexed,
/// which bounds the work for long words; a longer query is tried with every prefix length an
/// alignment can map to. Hashes go into buckets by counting sort, one flat array each: no
/// per-word allocation.
struct DeletionIndex: Sendable {
    static let maxDeletions = 2
    static let prefixLength = 14

    let mask: UInt64
    let bucketStarts: FlatTable<UInt32>
    /// Per entry, the hash's high 32 bits (to tell hashes of one bucket apart) above the word's
    /// number: one load per entry probed.
    let entries: FlatTable<UInt64>

    /// An index read back from a snapshot, its tables as they were built.
    init(mask: UInt64, bucketStarts: FlatTable<UInt32>, entries: FlatTable<UInt64>) {
        self.mask = mask
        self.bucketStarts = bucketStarts
        self.entries = entries
    }

    /// Indexes the words of `table` for which `include` holds.
    ///
    /// The number of entries is known beforehand (every deletion variant counts, repeats
    /// included), so the hashes go straight into one array, then into buckets by counting sort.
    init(_ table: CompactLists, include: (Int) -> Bool) {
        let included = (0..<table.count).filter(include)
        let entryCount = included.reduce(0) { total, word in
            let length = min(table[word].count, Self.prefixLength)
            return total + Self.variantCount(length: length, deletions: Self.deletions(forLength: table[word].count))
        }
        var hashes = [UInt64](repeating: 0, count: entryCount)
        var owners = [UInt32](repeating: 0, count: entryCount)
        var filled = 0
        for word in included {
            table.withList(word) { scalars in
                let prefix = UnsafeBufferPointer(rebasing: scalars.prefix(Self.prefixLength))
                Self.forEachVariant(of: prefix, deletions: 0...Self.deletions(forLength: scalars.count)) { hash in
                    hashes[filled] = hash
                    owners[filled] = UInt32(word)
                    filled += 1
                }
            }
        }
        var bucketCount = 1
        while bucketCount < max(1, entryCount / 2) { bucketCount <<= 1 }
        let mask = UInt64(bucketCount - 1)
        var starts = [UInt32](repeating: 0, count: bucketCount + 1)
        for hash in hashes { starts[Int(hash & mask) + 1] += 1 }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var entries = [UInt64](repeating: 0, count: entryCount)
        for (hash, owner) in zip(hashes, owners) {
            let bucket = Int(hash & mask)
            entries[Int(next[bucket])] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(owner)
            next[bucket] += 1
        }
        self.mask = mask
        self.bucketStarts = FlatTable(starts)
        self.entries = FlatTable(entries)
    }

    /// How many variants ``forEachVariant(of:deletions:)`` makes of a prefix of `length`.
    private static func variantCount(length: Int, deletions: Int) -> Int {
        1 + (deletions >= 1 ? length : 0) + (deletions >= 2 ? length * (length - 1) / 2 : 0)
    }

    /// The deletions stored for an indexed word: none for one or two letters (a query must
    /// spell those exactly), else ``maxDeletions``.
    static func deletions(forLength length: Int) -> Int {
        length <= 2 ? 0 : maxDeletions
    }

    /// About how many bytes the index holds.
    var approximateMemoryBytes: Int { 4 * bucketStarts.count + 8 * entries.count }

    /// Adds to `found` every indexed word that shares a deletion variant (up to `deletions`
    /// deletions) with `query`: a superset of the words within that distance, to be verified.
    ///
    /// A query longer than the indexed prefixes is tried with each prefix length an alignment
    /// within `deletions` edits can map an indexed prefix to, so edits near its start still find
    /// long words.
    func candidates(of query: UnsafeBufferPointer<UInt32>, deletions: Int, into found: inout [UInt32]) {
        let prefix = Self.prefixLength
        var hashes: [UInt64] = []
        hashes.reserveCapacity(128)
        let shortest = query.count > prefix - deletions ? prefix - deletions : query.count
        for length in shortest...min(query.count, prefix + deletions) {
            // Variants must have the length of an indexed variant: a prefix of `length` meets a
            // truncated word's prefix, less up to `deletions` letters, only with these counts.
            let fewest = length == query.count && length <= prefix ? 0 : max(0, length - prefix)
            let most = length >= prefix || length == query.count ? deletions : deletions - (prefix - length)
            guard fewest <= most else { continue }
            let variants = UnsafeBufferPointer(rebasing: query.prefix(length))
            Self.forEachVariant(of: variants, deletions: fewest...most) { hashes.append($0) }
        }
        // Bucket bounds are read for every hash before any bucket is scanned: the reads do not
        // depend on each other, so the processor overlaps their cache misses.
        let bounds = hashes.map { hash in
            let bucket = Int(hash & mask)
            return (bucketStarts[bucket], bucketStarts[bucket + 1])
        }
        for (hash, (start, end)) in zip(hashes, bounds) {
            let tag = hash & 0xFFFF_FFFF_0000_0000
            for slot in Int(start)..<Int(end) where entries[slot] & 0xFFFF_FFFF_0000_0000 == tag {
                found.append(UInt32(truncatingIfNeeded: entries[slot]))
            }
        }
    }

    /// Calls `body` with the hash of every string made by deleting a number of letters in
    /// `deletions` (at most 2) from a word (repeats included).
    ///
    /// A polynomial hash over prefix and suffix sums gives each variant's hash in constant time,
    /// whatever the word's length; a SplitMix64 finish spreads it over the buckets.
    static func forEachVariant(
        of word: UnsafeBufferPointer<UInt32>, deletions: ClosedRange<Int>, _ body: (UInt64) -> Void
    ) {
        let length = word.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * (length + 1)) { storage in
            let prefix = UnsafeMutableBufferPointer(rebasing: storage[0...length])
            let suffix = UnsafeMutableBufferPointer(rebasing: storage[(length + 1)...(2 * length + 1)])
            let power = UnsafeMutableBufferPointer(rebasing: storage[(2 * length + 2)...(3 * length + 2)])
            prefix[0] = 0
            power[0] = 1
            for index in 0..<length {
                prefix[index + 1] = prefix[index] &* base &+ UInt64(word[index])
                power[index + 1] = power[index] &* base
            }
            suffix[length] = 0
            for index in stride(from: length - 1, through: 0, by: -1) {
                suffix[index] = UInt64(word[index]) &* power[length - 1 - index] &+ suffix[index + 1]
            }
            if deletions.contains(0) { body(finish(prefix[length], length: length)) }
            for first in 0..<length where deletions.upperBound >= 1 {
                if deletions.contains(1) {
                    body(finish(prefix[first] &* power[length - 1 - first] &+ suffix[first + 1], length: length - 1))
                }
                guard deletions.contains(2) else { continue }
                for second in (first + 1)..<max(first + 1, length) {
                    let middle = prefix[second] &- prefix[first + 1] &* power[second - first - 1]
                    let hash =
                        prefix[first] &* power[length - 2 - first] &+ middle &* power[length - 1 - second]
                        &+ suffix[second + 1]
                    body(finish(hash, length: length - 2))
                }
            }
        }
    }

    private static let base: UInt64 = 0x0000_0100_0000_01B3

    /// Mixes the length in and spreads the bits (SplitMix64's finaliser).
    private static func finish(_ hash: UInt64, length: Int) -> UInt64 {
        var hash = hash ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15)
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
