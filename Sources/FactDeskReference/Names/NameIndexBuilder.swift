/// Gathers spellings and folds them into the flat arrays of a ``NameIndex``.
struct NameIndexBuilder {
    private var subjectNumbers: [String: UInt32] = [:]
    private var subjectIDs: [String] = []
    private var spellingSubjects: [UInt32] = []
    private var spellings: [Name] = []
    private var spellingWords = CompactLists()
    private var coreWordCounts: [UInt8] = []
    private var wordNumbers: [String: UInt32] = [:]
    private var wordScalars = CompactLists()
    private var wordIsParticle: [Bool] = []
    private var wordLengths: [UInt8] = []
    private var postingPairs: [(list: UInt32, value: UInt32)] = []
    private var keyHeads: [UInt64: UInt32] = [:]
    private var sameKeyNext: [UInt32] = []

    /// Adds one spelling.
    mutating func add(_ entry: NameIndex.Entry) {
        let spelling = UInt32(spellings.count)
        let subject = subjectNumber(entry.id)
        let tokens = NameFolding.tokens(entry.name.text)
        let words = tokens.map { wordNumber($0) }
        spellingSubjects.append(subject)
        spellings.append(entry.name)
        spellingWords.append(words)
        let core = Self.coreWords(words, isParticle: wordIsParticle)
        coreWordCounts.append(UInt8(min(core.count, Int(UInt8.max))))
        for word in Set(core) { postingPairs.append((word, spelling)) }
        let keyHash = NameIndex.keyHash(tokens.joined())
        sameKeyNext.append(keyHeads[keyHash] ?? .max)
        keyHeads[keyHash] = spelling
    }

    /// The index over everything added.
    consuming func finish() -> NameIndex {
        let postings = CompactLists(count: wordScalars.count, pairs: postingPairs)
        let deletions = DeletionIndex(wordScalars) { postings[$0].count > 0 || wordIsParticle[$0] }
        return NameIndex(
            subjectIDs: subjectIDs, spellingSubjects: spellingSubjects, spellings: spellings,
            spellingWords: spellingWords, coreWordCounts: coreWordCounts, wordNumbers: wordNumbers,
            wordScalars: wordScalars, wordIsParticle: wordIsParticle, wordLengths: wordLengths, postings: postings,
            deletions: deletions,
            keyHeads: keyHeads, sameKeyNext: sameKeyNext)
    }

    /// The words of a name that are not particles, or all of them when all are.
    static func coreWords<Words: Collection<UInt32>>(_ words: Words, isParticle: [Bool]) -> [UInt32] {
        let core = words.filter { !isParticle[Int($0)] }
        return core.isEmpty ? Array(words) : core
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
        return number
    }
}
