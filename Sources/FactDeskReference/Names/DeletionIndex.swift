/// A deletion-neighbourhood index (as in SymSpell) over folded words: finds every indexed word
/// within a small edit distance of a query word without comparing it with all of them.
///
/// Each word is stored under the hashes of the strings made by deleting up to
/// ``maxDeletions`` letters from it. Two words within Damerau–Levenshtein distance k share such a
/// string with at most k deletions on each side, so a query only probes its own deletions and
/// verifies the words found. Only the first ``prefixLength`` letters are used, which bounds the
/// work for long words (a long word edited near its start can be missed). Hashes go into
/// buckets by counting sort, one flat array each: no per-word allocation.
struct DeletionIndex: Sendable {
    static let maxDeletions = 2
    static let prefixLength = 14

    private let mask: UInt64
    private let bucketStarts: [UInt32]
    private let tags: [UInt32]
    private let words: [UInt32]

    /// Indexes the words of `table` for which `include` holds.
    ///
    /// Two passes over the words, hashing their deletions each time: the first counts the
    /// entries of each bucket, the second places them. This keeps peak memory to the final
    /// arrays instead of a temporary list of every hash.
    init(_ table: CompactLists, include: (Int) -> Bool) {
        let included = (0..<table.count).filter(include)
        func forEachEntry(_ body: (UInt64, UInt32) -> Void) {
            for word in included {
                table.withList(word) { scalars in
                    Self.forEachVariant(of: scalars, deletions: Self.deletions(forLength: scalars.count)) {
                        body($0, UInt32(word))
                    }
                }
            }
        }
        var entryCount = 0
        forEachEntry { _, _ in entryCount += 1 }
        var bucketCount = 1
        while bucketCount < max(1, entryCount / 2) { bucketCount <<= 1 }
        let mask = UInt64(bucketCount - 1)
        var starts = [UInt32](repeating: 0, count: bucketCount + 1)
        forEachEntry { hash, _ in starts[Int(hash & mask) + 1] += 1 }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var tags = [UInt32](repeating: 0, count: entryCount)
        var words = [UInt32](repeating: 0, count: entryCount)
        forEachEntry { hash, word in
            let bucket = Int(hash & mask)
            let slot = Int(next[bucket])
            tags[slot] = UInt32(truncatingIfNeeded: hash >> 32)
            words[slot] = word
            next[bucket] += 1
        }
        self.mask = mask
        self.bucketStarts = starts
        self.tags = tags
        self.words = words
    }

    /// The deletions stored for an indexed word: as many as a query word of its length may
    /// carry edits (none for one or two letters, one up to five, else two).
    static func deletions(forLength length: Int) -> Int {
        length <= 2 ? 0 : length <= 5 ? 1 : maxDeletions
    }

    /// About how many bytes the index holds.
    var approximateMemoryBytes: Int { 4 * (bucketStarts.count + tags.count + words.count) }

    /// Adds to `found` every indexed word that shares a deletion variant (up to `deletions`
    /// deletions) with `query`: a superset of the words within that distance, to be verified.
    func candidates(of query: UnsafeBufferPointer<UInt32>, deletions: Int, into found: inout [UInt32]) {
        Self.forEachVariant(of: query, deletions: deletions) { hash in
            let bucket = Int(hash & mask)
            let tag = UInt32(truncatingIfNeeded: hash >> 32)
            for slot in Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1]) where tags[slot] == tag {
                found.append(words[slot])
            }
        }
    }

    /// Calls `body` with the hash of every string made by deleting up to `deletions` letters
    /// from the word's prefix (repeats included).
    static func forEachVariant(of word: UnsafeBufferPointer<UInt32>, deletions: Int, _ body: (UInt64) -> Void) {
        let length = min(word.count, prefixLength)
        body(hash(word, length: length, skipping: -1, -1))
        guard deletions >= 1 else { return }
        for first in 0..<length {
            body(hash(word, length: length, skipping: first, -1))
            guard deletions >= 2 else { continue }
            for second in (first + 1)..<max(first + 1, length) {
                body(hash(word, length: length, skipping: first, second))
            }
        }
    }

    /// FNV-1a over the kept scalars, finished with a SplitMix64 mix so that low bits spread.
    private static func hash(_ word: UnsafeBufferPointer<UInt32>, length: Int, skipping first: Int, _ second: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<length where index != first && index != second {
            hash = (hash ^ UInt64(word[index])) &* 0x0000_0100_0000_01B3
        }
        hash ^= UInt64(length - (first >= 0 ? 1 : 0) - (second >= 0 ? 1 : 0))
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
