extension NameIndex {
    /// The entities and series a phrase may name, best first, at most one spelling each.
    ///
    /// A candidate matches every non-particle word of the phrase to a different word of one of
    /// its spellings, in any order, with at most `maxDistance` edits in all (and at most one in a
    /// word of up to 3 letters, none in a word of 1–2 letters unless it is otherwise exact). A
    /// one-word phrase only matches one-word spellings (`Royaume` does not name `Royaume-Uni`);
    /// a longer phrase may leave out words of a spelling (`Ahmed Al-Raisi`), at a lower score.
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
            collector.offer(Candidate(id: "", spelling: spellings[Int(spelling)], score: 1, distance: 0), spelling: spelling)
        }
        QueryWords(words: words, maxDistance: maxDistance, index: self).collect(into: &collector)
        return collector.result
    }

    /// The indexed words within a word's edit allowance, with their distances.
    func matches(of word: [UInt32], allowance: Int) -> [UInt32: Int] {
        var found: [UInt32] = []
        word.withUnsafeBufferPointer { query in
            if allowance == 0 {
                if let number = wordNumbers[String(String.UnicodeScalarView(query.map { Unicode.Scalar($0)! }))] {
                    found.append(number)
                }
            } else {
                deletions.candidates(of: query, deletions: allowance, into: &found)
            }
        }
        var matches: [UInt32: Int] = [:]
        var checked = Set<UInt32>()
        for number in found where checked.insert(number).inserted {
            let distance = wordScalars.withList(Int(number)) { indexed in
                word.withUnsafeBufferPointer { DamerauLevenshtein.distance($0, indexed, bound: allowance) }
            }
            if let distance { matches[number] = distance }
        }
        return matches
    }
}
