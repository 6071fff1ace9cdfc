extension NameIndex {
    /// The entities and series a phrase may name, best first, at most one spelling each.
    ///
    /// A candidate pairs every non-particle word of the phrase with a different word of one of
    /// its spellings, in any order, with at most `maxDistance` edits in all. Words are looked up
    /// with up to two edits (one for words of 3–5 letters, none for 1–2 letters); the spelling
    /// sought is still found when a short word carries more, through the phrase's other words.
    /// A one-word phrase only matches one-word spellings (`Royaume` does not name
    /// `Royaume-Uni`); a longer phrase may leave out words of a spelling (`Ahmed Al-Raisi`) at a
    /// lower score, as do particles on one side only and words out of order.
    ///
    /// Lookups stop early once `limit` candidates score higher than anything left could, so a
    /// small `limit` is faster.
    ///
    /// - Parameters:
    ///   - phrase: the words as the draft writes them.
    ///   - maxDistance: the most edits allowed over the whole phrase.
    ///   - limit: the most candidates returned.
    public func candidates(for phrase: String, maxDistance: Int = 2, limit: Int = 5) -> [Candidate] {
        let words = NameFolding.tokens(phrase)
        guard !words.isEmpty, limit > 0 else { return [] }
        var collector = CandidateCollector(limit: limit, index: self)
        for spelling in exactSpellings(words) {
            collector.offer(
                Candidate(id: "", spelling: spellings[Int(spelling)], score: 1, distance: 0), spelling: spelling)
        }
        QueryWords(words: words, maxDistance: maxDistance, index: self).collect(into: &collector)
        return collector.result
    }

    /// The indexed words within a word's edit allowance, with their distances.
    func matches(of word: [UInt32], allowance: Int) -> WordDistances {
        var found: [UInt32] = []
        word.withUnsafeBufferPointer { query in
            if allowance == 0 {
                if let number = wordNumber(String(String.UnicodeScalarView(query.compactMap { Unicode.Scalar($0) }))) {
                    found.append(number)
                }
            } else {
                deletions.candidates(of: query, deletions: allowance, into: &found)
            }
        }
        found.sort()
        var unique: [UInt32] = []
        for number in found where number != unique.last && abs(Int(wordLengths[Int(number)]) - word.count) <= allowance
        {
            unique.append(number)
        }
        // Where each word's letters are, read for all before any is compared, so that the
        // cache misses overlap.
        let ranges = unique.map { (Int(wordScalars.offsets[Int($0)]), Int(wordScalars.offsets[Int($0) + 1])) }
        var matches: [(word: UInt32, distance: Int)] = []
        word.withUnsafeBufferPointer { query in
            for (number, (start, end)) in zip(unique, ranges) {
                let indexed = wordScalars.values.slice(start, end)
                if let distance = DamerauLevenshtein.distance(query, indexed, bound: allowance) {
                    matches.append((number, distance))
                }
            }
        }
        return WordDistances(matches)
    }
}
