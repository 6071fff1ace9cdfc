/// The name index in a snapshot: its flat tables as built, each aligned so that a run reads
/// them in place from the mapped file, with no per-name work (no folding, no hashing, no copy).
extension NameIndex {
    /// Writes the index's tables.
    func encode(into out: inout SnapshotEncoder) {
        out.uint64(UInt64(longestSpelling))
        for strings in [subjectIDs, spellings.texts] {
            out.table(strings.offsets)
            out.table(strings.bytes)
        }
        out.table(spellings.languages)
        out.table(spellingSubjects)
        for lists in [spellingWords, wordScalars, postings] {
            out.table(lists.offsets)
            out.table(lists.values)
        }
        out.table(coreWordCounts)
        out.table(wordIsParticle.bytes)
        out.table(wordLengths)
        out.table(wordUses)
        out.uint64(deletions.mask)
        out.table(deletions.bucketStarts)
        out.table(deletions.entries)
        for hashed in [wordsByHash, spellingsByKey, transliterationKeys, spellingsByTransliteration] {
            out.table(hashed.hashes)
            out.table(hashed.numbers)
        }
    }

    /// Reads the tables written by ``encode(into:)`` in place. Only their sizes are checked
    /// here, in constant time: the snapshot's checksum vouches for their content, and every read
    /// of a table is bounds-checked.
    init(snapshot input: inout SnapshotDecoder) throws(SnapshotDamage) {
        let longestSpelling = Int(try input.uint64())
        var strings: [FlatStrings] = []
        for _ in 0..<2 {
            let table = FlatStrings(offsets: try input.table(of: UInt32.self), bytes: try input.table(of: UInt8.self))
            guard table.isConsistent else { throw SnapshotDamage("a string table is inconsistent") }
            strings.append(table)
        }
        let languages = try input.table(of: UInt8.self)
        let spellingSubjects = try input.table(of: UInt32.self)
        var lists: [CompactLists] = []
        for _ in 0..<3 {
            let table = CompactLists(offsets: try input.table(of: UInt32.self), values: try input.table(of: UInt32.self))
            guard table.isConsistent else { throw SnapshotDamage("a list table is inconsistent") }
            lists.append(table)
        }
        let (spellingWords, wordScalars, postings) = (lists[0], lists[1], lists[2])
        let coreWordCounts = try input.table(of: UInt8.self)
        let wordIsParticle = FlagTable(bytes: try input.table(of: UInt8.self))
        let wordLengths = try input.table(of: UInt8.self)
        let wordUses = try input.table(of: UInt8.self)
        let deletions = DeletionIndex(
            mask: try input.uint64(), bucketStarts: try input.table(of: UInt32.self),
            entries: try input.table(of: UInt64.self))
        var hashed: [HashedNumbers] = []
        for _ in 0..<4 {
            let table = HashedNumbers(hashes: try input.table(of: UInt64.self), numbers: try input.table(of: UInt32.self))
            guard table.hashes.count == table.numbers.count else { throw SnapshotDamage("a hash table is inconsistent") }
            hashed.append(table)
        }
        let spellingCount = spellingSubjects.count
        let words = wordScalars.count
        guard strings[1].count == spellingCount, languages.count == spellingCount,
            spellingWords.count == spellingCount, coreWordCounts.count == spellingCount,
            wordIsParticle.count == words, wordLengths.count == words, wordUses.count == words,
            postings.count == words, hashed[0].hashes.count == words, hashed[1].hashes.count == spellingCount,
            hashed[3].hashes.count <= 2 * spellingCount,
            deletions.mask < UInt64(Int32.max), deletions.bucketStarts.count == Int(deletions.mask) + 2,
            deletions.bucketStarts.last.map(Int.init) == deletions.entries.count
        else { throw SnapshotDamage("the name index's tables do not match each other") }
        self.init(
            subjectIDs: strings[0], spellingSubjects: spellingSubjects,
            spellings: SpellingTable(texts: strings[1], languages: languages), spellingWords: spellingWords,
            coreWordCounts: coreWordCounts, wordsByHash: hashed[0], wordScalars: wordScalars,
            wordIsParticle: wordIsParticle, wordLengths: wordLengths, wordUses: wordUses, postings: postings,
            deletions: deletions, spellingsByKey: hashed[1], transliterationKeys: hashed[2],
            spellingsByTransliteration: hashed[3], longestSpelling: longestSpelling)
    }
}
