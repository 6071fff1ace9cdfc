/// Gathers spellings and folds them into the flat tables of a ``NameIndex``.
struct NameIndexBuilder {
    private var subjectNumbers: [String: UInt32] = [:]
    private var subjectIDs: [String] = []
    private var spellingSubjects: [UInt32] = []
    private var spellings: [Name] = []
    private var spellingWords = CompactLists.Builder()
    private var coreWordCounts: [UInt8] = []
    private var wordNumbers: [String: UInt32] = [:]
    private var wordScalars = CompactLists.Builder()
    private var wordIsParticle: [Bool] = []
    private var wordLengths: [UInt8] = []
    private var wordUses: [UInt8] = []
    private var postingPairs: [(list: UInt32, value: UInt32)] = []
    private var keyHashes: [(hash: UInt64, number: UInt32)] = []
    private var transliterationKeyHashes = Set<UInt64>()
    private var transliterationHashes: [(hash: UInt64, number: UInt32)] = []
    private var longestSpelling = 0

    /// Adds one spelling.
    mutating func add(_ entry: NameIndex.Entry) {
        let spelling = UInt32(spellings.count)
        let subject = subjectNumber(entry.id)
        let tokens = NameFolding.tokens(entry.name.text)
        let words = tokens.map { wordNumber($0) }
        spellingSubjects.append(subject)
        spellings.append(entry.name)
        spellingWords.append(words)
        longestSpelling = max(longestSpelling, words.count)
        let uses = WordUse.bits(of: entry.name.language)
        for word in words where !wordIsParticle[Int(word)] { wordUses[Int(word)] |= uses }
        let core = Self.coreWords(words, isParticle: wordIsParticle)
        coreWordCounts.append(UInt8(min(core.count, Int(UInt8.max))))
        for word in Set(core) { postingPairs.append((word, spelling)) }
        keyHashes.append((NameIndex.keyHash(tokens.joined()), spelling))
        for keys in Transliteration.keys(ofSpelling: entry.name.text) {
            for key in [keys.whole] + keys.words { transliterationKeyHashes.insert(NameIndex.keyHash(key)) }
            if keys.whole.unicodeScalars.count >= Transliteration.shortestSpellingKey {
                transliterationHashes.append((NameIndex.keyHash(keys.whole), spelling))
            }
        }
    }

    /// The index over everything added.
    consuming func finish() -> NameIndex {
        let wordScalars = wordScalars.finish()
        let postings = CompactLists(count: wordScalars.count, pairs: postingPairs)
        let isParticle = wordIsParticle
        let deletions = DeletionIndex(wordScalars) { postings[$0].count > 0 || isParticle[$0] }
        return NameIndex(
            subjectIDs: FlatStrings(subjectIDs), spellingSubjects: FlatTable(spellingSubjects),
            spellings: SpellingTable(spellings), spellingWords: spellingWords.finish(),
            coreWordCounts: FlatTable(coreWordCounts),
            wordsByHash: HashedNumbers(wordNumbers.map { (NameIndex.keyHash($0.key), $0.value) }),
            wordScalars: wordScalars, wordIsParticle: FlagTable(wordIsParticle), wordLengths: FlatTable(wordLengths),
            wordUses: FlatTable(wordUses), postings: postings, deletions: deletions,
            spellingsByKey: HashedNumbers(keyHashes),
            transliterationKeys: HashedNumbers(transliterationKeyHashes.sorted().map { ($0, 0) }),
            spellingsByTransliteration: HashedNumbers(transliterationHashes), longestSpelling: longestSpelling)
    }

    /// The words of a name that are not particles, or all of them when all are.
    static func coreWords(_ words: [UInt32], isParticle: [Bool]) -> [UInt32] {
        let core = words.filter { !isParticle[Int($0)] }
        return core.isEmpty ? words : core
    }

    private mutating func subjectNumber(_ id: String) -> UInt32 {
        if let number = subjectNumbers[id] { return number }
        let number = UInt32(subjectIDs.count)
        subjectNumbers[id] = number
        subjectIDs.append(id)
        return number
    }

    private mutating func wordNumber(_ word: String) -> UInt32 {
        if let number = wordNumbers[word] { return number }
        let number = UInt32(wordScalars.count)
        wordNumbers[word] = number
        wordScalars.append(word.unicodeScalars.lazy.map(\.value))
        wordIsParticle.append(NameFolding.particles.contains(word))
        wordLengths.append(UInt8(min(word.unicodeScalars.count, Int(UInt8.max))))
        wordUses.append(0)
        return number
    }
}
