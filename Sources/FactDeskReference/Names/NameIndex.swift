import FactDeskKit

/// A fuzzy index of spellings for the name checker: finds which entities a phrase may name
/// despite typos, dropped accents, swapped letters, transliteration variants, particles and
/// token order.
///
/// Every spelling is folded with ``NameFolding`` into words. A lookup matches each word of the
/// phrase against the distinct indexed words through a ``DeletionIndex`` (bounded
/// Damerau–Levenshtein), gathers the spellings that hold the rarest matched words, and scores
/// each by aligning the phrase's words with the spelling's in any order. Particles (`al`, `de`,
/// `van`…) are matched when present but never required. Built in memory on first use, or read in
/// place from a snapshot; see ``ReferenceData/nameIndex``.
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

    let subjectIDs: FlatStrings
    let spellingSubjects: FlatTable<UInt32>
    let spellings: SpellingTable
    /// The folded words of each spelling, particles included, in order.
    let spellingWords: CompactLists
    /// How many words each spelling has that are not particles (all of them if all are).
    let coreWordCounts: FlatTable<UInt8>
    /// The distinct folded words' numbers, by the hash of the word (``keyHash(_:)``).
    let wordsByHash: HashedNumbers
    /// Each word's scalars.
    let wordScalars: CompactLists
    let wordIsParticle: FlagTable
    /// Each word's length in scalars (at most 255): small enough to stay in cache, unlike the
    /// words themselves.
    let wordLengths: FlatTable<UInt8>
    /// Per word, in which spellings it is a word that is not a particle (``WordUse``).
    let wordUses: FlatTable<UInt8>
    /// The spellings each word is a core word of.
    let postings: CompactLists
    let deletions: DeletionIndex
    /// The spellings by the hash of their folded key, in the order indexed.
    let spellingsByKey: HashedNumbers
    /// The hashes of the romanisation keys (``Transliteration/keys(ofSpelling:)``) of every
    /// spelling's core words, together and each.
    let transliterationKeys: HashedNumbers
    /// The spellings by the hash of the romanisation key of their core words together, for keys
    /// of at least ``Transliteration/shortestSpellingKey`` letters, in the order indexed.
    let spellingsByTransliteration: HashedNumbers
    /// The most words a spelling has.
    let longestSpelling: Int

    /// Indexes spellings.
    public init(_ entries: [Entry]) {
        var builder = NameIndexBuilder()
        for entry in entries { builder.add(entry) }
        self = builder.finish()
    }

    init(
        subjectIDs: FlatStrings, spellingSubjects: FlatTable<UInt32>, spellings: SpellingTable,
        spellingWords: CompactLists, coreWordCounts: FlatTable<UInt8>, wordsByHash: HashedNumbers,
        wordScalars: CompactLists, wordIsParticle: FlagTable, wordLengths: FlatTable<UInt8>,
        wordUses: FlatTable<UInt8>, postings: CompactLists, deletions: DeletionIndex, spellingsByKey: HashedNumbers,
        transliterationKeys: HashedNumbers, spellingsByTransliteration: HashedNumbers, longestSpelling: Int
    ) {
        self.subjectIDs = subjectIDs
        self.spellingSubjects = spellingSubjects
        self.spellings = spellings
        self.spellingWords = spellingWords
        self.coreWordCounts = coreWordCounts
        self.wordsByHash = wordsByHash
        self.wordScalars = wordScalars
        self.wordIsParticle = wordIsParticle
        self.wordLengths = wordLengths
        self.wordUses = wordUses
        self.postings = postings
        self.deletions = deletions
        self.spellingsByKey = spellingsByKey
        self.transliterationKeys = transliterationKeys
        self.spellingsByTransliteration = spellingsByTransliteration
        self.longestSpelling = longestSpelling
    }

    /// The number of spellings indexed.
    public var count: Int { spellingSubjects.count }

    /// The number of distinct folded words.
    public var wordCount: Int { wordScalars.count }

    /// About how many bytes the index's tables take (in memory, or mapped from a snapshot).
    public var approximateMemoryBytes: Int {
        let lists = [spellingWords, wordScalars, postings].reduce(0) { $0 + 4 * ($1.offsets.count + $1.values.count) }
        let strings = [subjectIDs, spellings.texts].reduce(0) { $0 + 4 * $1.offsets.count + $1.bytes.count }
        let hashed = [wordsByHash, spellingsByKey, transliterationKeys, spellingsByTransliteration].reduce(0) { $0 + 12 * $1.hashes.count }
        let arrays =
            4 * spellingSubjects.count + coreWordCounts.count + spellings.languages.count + wordIsParticle.count
            + wordLengths.count + wordUses.count
        return strings + lists + hashed + arrays + deletions.approximateMemoryBytes
    }

    /// The number of a folded word, if a spelling has it.
    func wordNumber(_ word: String) -> UInt32? {
        wordsByHash.numbers(under: Self.keyHash(word)).first { number in
            wordScalars[Int(number)].elementsEqual(word.unicodeScalars.lazy.map(\.value))
        }
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
        return Array(spellingsByKey.numbers(under: Self.keyHash(key)).filter { spellingKey(Int($0)) == key })
    }

    /// A spelling's folded key, rebuilt from its words.
    private func spellingKey(_ spelling: Int) -> String {
        var key = String.UnicodeScalarView()
        for word in spellingWords[spelling] {
            key.append(contentsOf: wordScalars[Int(word)].map { Unicode.Scalar($0) ?? "\u{FFFD}" })
        }
        return String(key)
    }

    /// A stable 64-bit hash of a folded key (FNV-1a).
    static func keyHash(_ key: String) -> UInt64 { keyHash(key, continuing: keyHashSeed) }

    /// The hash of an empty key.
    static let keyHashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of a key that goes on with `text`, given the hash of what came before: hashing
    /// "ab" then "c" gives the hash of "abc".
    static func keyHash(_ text: String, continuing hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
