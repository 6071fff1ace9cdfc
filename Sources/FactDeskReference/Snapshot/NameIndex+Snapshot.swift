/// The name index in a snapshot: its flat arrays as built, copied back in one go each, so that a
/// run skips folding every spelling and hashing every deletion variant.
extension NameIndex {
    /// Writes the index's tables. Its spellings and their ids are not written: they are the
    /// entities' and series' names, in order, and are given back to ``init(snapshot:spellings:)``.
    func encode(into out: inout SnapshotEncoder) {
        out.uint32Array(spellingSubjects)
        for lists in [spellingWords, wordScalars, postings] {
            out.uint32Array(lists.offsets)
            out.uint32Array(lists.values)
        }
        out.byteArray(coreWordCounts)
        out.byteArray(wordIsParticle.map { $0 ? 1 : 0 })
        out.byteArray(wordLengths)
        out.uint64(deletions.mask)
        out.uint32Array(deletions.bucketStarts)
        out.uint64Array(deletions.entries)
        let heads = keyHeads.sorted { $0.key < $1.key }
        out.uint64Array(heads.map(\.key))
        out.uint32Array(heads.map(\.value))
        out.uint32Array(sameKeyNext)
    }

    /// Reads the tables written by ``encode(into:)``.
    /// - Parameters:
    ///   - input: the snapshot, at the index.
    ///   - entries: the spellings indexed, in the order they were added when the index was built.
    init(snapshot input: inout SnapshotDecoder, entries: [Entry]) throws(SnapshotDamage) {
        let spellingSubjects = try input.uint32Array()
        var lists: [CompactLists] = []
        for _ in 0..<3 {
            let offsets = try input.uint32Array()
            let values = try input.uint32Array()
            guard offsets.first == 0, offsets.last.map(Int.init) == values.count else {
                throw SnapshotDamage("a list table is inconsistent")
            }
            lists.append(CompactLists(offsets: offsets, values: values))
        }
        let (spellingWords, wordScalars, postings) = (lists[0], lists[1], lists[2])
        let coreWordCounts = try input.byteArray()
        let wordIsParticle = try input.byteArray().map { $0 != 0 }
        let wordLengths = try input.byteArray()
        let deletions = DeletionIndex(
            mask: try input.uint64(), bucketStarts: try input.uint32Array(), entries: try input.uint64Array())
        let headKeys = try input.uint64Array()
        let headValues = try input.uint32Array()
        let sameKeyNext = try input.uint32Array()
        let spellingCount = entries.count
        guard spellingSubjects.count == spellingCount, spellingWords.count == spellingCount,
            coreWordCounts.count == spellingCount, sameKeyNext.count == spellingCount,
            wordIsParticle.count == wordScalars.count, wordLengths.count == wordScalars.count,
            postings.count == wordScalars.count, headKeys.count == headValues.count,
            deletions.bucketStarts.count == Int(deletions.mask) + 2
        else { throw SnapshotDamage("the name index does not match the data") }
        var subjectIDs: [String] = []
        for (entry, subject) in zip(entries, spellingSubjects) where Int(subject) == subjectIDs.count {
            subjectIDs.append(entry.id)
        }
        // Every number stored must point inside its table: lookups index with them unchecked.
        let words = wordScalars.count
        guard Self.allBelow(spellingSubjects, subjectIDs.count), Self.allBelow(spellingWords.values, words),
            Self.allBelow(postings.values, spellingCount), Self.allBelow(headValues, spellingCount),
            sameKeyNext.allSatisfy({ $0 == .max || Int($0) < spellingCount }),
            deletions.entries.allSatisfy({ Int(UInt32(truncatingIfNeeded: $0)) < words }),
            deletions.bucketStarts.last.map(Int.init) == deletions.entries.count,
            zip(deletions.bucketStarts, deletions.bucketStarts.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw SnapshotDamage("the name index points outside its tables") }
        var wordNumbers: [String: UInt32] = [:]
        wordNumbers.reserveCapacity(words)
        for word in 0..<words {
            var text = String.UnicodeScalarView()
            for value in wordScalars[word] {
                guard let scalar = Unicode.Scalar(value) else { throw SnapshotDamage("a word is not text") }
                text.append(scalar)
            }
            wordNumbers[String(text)] = UInt32(word)
        }
        var keyHeads: [UInt64: UInt32] = [:]
        keyHeads.reserveCapacity(headKeys.count)
        for (key, value) in zip(headKeys, headValues) { keyHeads[key] = value }
        self.init(
            subjectIDs: subjectIDs, spellingSubjects: spellingSubjects, spellings: entries.map(\.name),
            spellingWords: spellingWords, coreWordCounts: coreWordCounts, wordNumbers: wordNumbers,
            wordScalars: wordScalars, wordIsParticle: wordIsParticle, wordLengths: wordLengths, postings: postings,
            deletions: deletions, keyHeads: keyHeads, sameKeyNext: sameKeyNext)
    }

    private static func allBelow(_ values: [UInt32], _ bound: Int) -> Bool {
        values.allSatisfy { Int($0) < bound }
    }
}
