import FactDeskKit

/// A fuzzy index of spellings for the name checker: finds which entities a phrase may name
/// despite typos, dropped accents, swapped letters, transliteration variants, particles and
/// token order.
///
/// Every spelling is folded with ``NameFolding`` into words. A lookup matches each word of the
/// phrase against the distinct indexed words through a ``DeletionIndex`` (bounded
/// Damerau–Levenshtein), gathers the spellings that hold the rarest matched words, and scores
/// each by aligning the phrase's words with the spelling's in any order. Particles (`al`, `de`,
/// `van`…) are matched when present but never required. Built in memory on first use; see
/// ``ReferenceData/nameIndex``.
public struct NameIndex: Sendable {
    /// One spelling to index and the id of the entity or series it names.
    public struct Entry: Hashable, Sendable {
        /// The entity's or series' id.
        public var id: String
        /// The spelling.
        public var name: Name

        /// Creates an entry.
        public init(id: String, name: Name) {
            self.id = id
            self.name = name
        }
    }

    /// An entity or series a phrase may name.
    public struct Candidate: Hashable, Sendable {
        /// The entity's or series' id.
        public var id: String
        /// Its spelling closest to the phrase.
        public var spelling: Name
        /// How well the phrase matches, from 0 to 1 (1: same folded spelling).
        public var score: Double
        /// The edits (Damerau–Levenshtein, summed over words) between the phrase and the spelling.
        public var distance: Int
    }

    let subjectIDs: [String]
    let spellingSubjects: [UInt32]
    let spellings: [Name]
    /// The folded words of each spelling, particles included, in order.
    let spellingWords: CompactLists
    /// How many words each spelling has that are not particles (all of them if all are).
    let coreWordCounts: [UInt8]
    /// The distinct folded words, by their number.
    let wordNumbers: [String: UInt32]
    /// Each word's scalars.
    let wordScalars: CompactLists
    let wordIsParticle: [Bool]
    /// Each word's length in scalars (at most 255): small enough to stay in cache, unlike the
    /// words themselves.
    let wordLengths: [UInt8]
    /// The spellings each word is a core word of.
    let postings: CompactLists
    let deletions: DeletionIndex
    /// The first spelling for each folded key's hash; `sameKeyNext` chains the others.
    let keyHeads: [UInt64: UInt32]
    let sameKeyNext: [UInt32]

    /// Indexes spellings.
    public init(_ entries: [Entry]) {
        var builder = NameIndexBuilder()
        for entry in entries { builder.add(entry) }
        self = builder.finish()
    }

    init(
        subjectIDs: [String], spellingSubjects: [UInt32], spellings: [Name], spellingWords: CompactLists,
        coreWordCounts: [UInt8], wordNumbers: [String: UInt32], wordScalars: CompactLists, wordIsParticle: [Bool],
        wordLengths: [UInt8],
        postings: CompactLists, deletions: DeletionIndex, keyHeads: [UInt64: UInt32], sameKeyNext: [UInt32]
    ) {
        self.subjectIDs = subjectIDs
        self.spellingSubjects = spellingSubjects
        self.spellings = spellings
        self.spellingWords = spellingWords
        self.coreWordCounts = coreWordCounts
        self.wordNumbers = wordNumbers
        self.wordScalars = wordScalars
        self.wordIsParticle = wordIsParticle
        self.wordLengths = wordLengths
        self.postings = postings
        self.deletions = deletions
        self.keyHeads = keyHeads
        self.sameKeyNext = sameKeyNext
    }

    /// The number of spellings indexed.
    public var count: Int { spellings.count }

    /// The number of distinct folded words.
    public var wordCount: Int { wordScalars.count }

    /// About how many bytes the index holds in memory (arrays, tables and strings it owns).
    public var approximateMemoryBytes: Int {
        let strings =
            spellings.reduce(0) { $0 + 24 + max(0, $1.text.utf8.count - 15) }
            + subjectIDs.reduce(0) { $0 + 16 + max(0, $1.utf8.count - 15) }
        let lists = [spellingWords, wordScalars, postings].reduce(0) { $0 + 4 * ($1.offsets.count + $1.values.count) }
        let tables = wordNumbers.count * 40 + keyHeads.count * 24
        let arrays =
            4 * (spellingSubjects.count + sameKeyNext.count) + coreWordCounts.count + wordIsParticle.count
            + wordLengths.count
        return strings + lists + tables + arrays + deletions.approximateMemoryBytes
    }

    /// The ids of the entities and series with a spelling that folds exactly like `phrase`,
    /// in the order they were indexed.
    public func exactIDs(_ phrase: String) -> [String] {
        var seen = Set<UInt32>()
        return exactSpellings(NameFolding.tokens(phrase)).compactMap { spelling in
            let subject = spellingSubjects[Int(spelling)]
            return seen.insert(subject).inserted ? subjectIDs[Int(subject)] : nil
        }
    }

    /// The spellings whose folded key is the words joined.
    func exactSpellings(_ words: [String]) -> [UInt32] {
        let key = words.joined()
        var found: [UInt32] = []
        var next = keyHeads[Self.keyHash(key)] ?? .max
        while next != .max {
            if spellingKey(Int(next)) == key { found.append(next) }
            next = sameKeyNext[Int(next)]
        }
        return found.reversed()
    }

    /// A spelling's folded key, rebuilt from its words.
    private func spellingKey(_ spelling: Int) -> String {
        var key = String.UnicodeScalarView()
        for word in spellingWords[spelling] {
            key.append(contentsOf: wordScalars[Int(word)].map { Unicode.Scalar($0)! })
        }
        return String(key)
    }

    /// A stable 64-bit hash of a folded key.
    static func keyHash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
