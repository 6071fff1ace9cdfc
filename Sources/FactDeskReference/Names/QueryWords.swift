/// The words of a phrase being looked up, matched against the index's words, and the scoring
/// of a spelling against them.
struct QueryWords {
    private let index: NameIndex
    private let maxDistance: Int
    /// The phrase's core words (particles left out unless all are), as scalars.
    private let words: [[UInt32]]
    private let totalLength: Int
    /// For each core word, the indexed words within its allowance and their distances.
    private let matches: [[UInt32: Int]]
    /// The core words whose matched words gather candidate spellings, rarest first.
    private let generators: [Int]

    init(words folded: [String], maxDistance: Int, index: NameIndex) {
        self.index = index
        self.maxDistance = maxDistance
        let core = folded.filter { !NameFolding.particles.contains($0) }
        words = (core.isEmpty ? folded : core).prefix(8).map { $0.unicodeScalars.map(\.value) }
        totalLength = words.reduce(0) { $0 + $1.count }
        matches = words.map { word in
            var matches = index.matches(of: word, allowance: min(maxDistance, Self.allowance(word.count)))
            // A particle glued on (`Alraisi`) is also tried apart.
            for particle in NameFolding.gluedParticles {
                let letters = particle.unicodeScalars.map(\.value)
                guard word.count - letters.count >= 3, word.starts(with: letters) else { continue }
                let rest = Array(word.dropFirst(letters.count))
                let restMatches = index.matches(of: rest, allowance: min(maxDistance, Self.allowance(rest.count)))
                matches.merge(restMatches, uniquingKeysWith: min)
            }
            return matches
        }
        generators = Self.generators(words: words, matches: matches, maxDistance: maxDistance, index: index)
    }

    /// The words looked up with the most edits a query can carry, rarest first, stopping at the
    /// first that is: the spelling sought holds its match whatever edits the others carry.
    private static func generators(words: [[UInt32]], matches: [[UInt32: Int]], maxDistance: Int, index: NameIndex) -> [Int] {
        let sizes = matches.map { $0.keys.reduce(0) { $0 + index.postings[Int($1)].count } }
        var chosen: [Int] = []
        for word in sizes.indices.sorted(by: { sizes[$0] < sizes[$1] }) where sizes[word] > 0 {
            chosen.append(word)
            if allowance(words[word].count) >= maxDistance { break }
        }
        return chosen
    }

    /// The edits a word may carry when looked up: none up to 2 letters, one up to 5, else two.
    static func allowance(_ length: Int) -> Int {
        length <= 2 ? 0 : length <= 5 ? 1 : 2
    }

    /// Scores every spelling that holds a generator's match, calling `body` with each that
    /// matches the phrase.
    func forEachCandidate(_ body: (UInt32, NameIndex.Candidate) -> Void) {
        var visited = Set<UInt32>()
        for generator in generators {
            for word in matches[generator].keys {
                for spelling in index.postings[Int(word)] where visited.insert(spelling).inserted {
                    if let candidate = score(spelling: spelling) { body(spelling, candidate) }
                }
            }
        }
    }

    /// The candidate for a spelling, or `nil` when it does not match the phrase.
    ///
    /// Every core word of the phrase must pair with a different word of the spelling (a core
    /// word or a particle), cheapest pairs first; the spelling's core words left over lower the
    /// score through coverage. A one-word phrase only matches a one-word spelling.
    private func score(spelling: UInt32) -> NameIndex.Candidate? {
        let spellingIndex = Int(spelling)
        let coreCount = Int(index.coreWordCounts[spellingIndex])
        let spellingWords = index.spellingWords[spellingIndex]
        if words.count == 1 && coreCount > 1 || words.count > spellingWords.count { return nil }
        var pairs: [(distance: Int, word: Int, position: Int)] = []
        for (wordIndex, word) in words.enumerated() {
            for (position, candidate) in spellingWords.enumerated() {
                if let distance = distance(wordIndex, word, candidate) { pairs.append((distance, wordIndex, position)) }
            }
        }
        pairs.sort { ($0.distance, $0.word, $0.position) < ($1.distance, $1.word, $1.position) }
        var assigned = [Int](repeating: -1, count: words.count)
        var taken = [Bool](repeating: false, count: spellingWords.count)
        var total = 0
        for pair in pairs where assigned[pair.word] < 0 && !taken[pair.position] {
            assigned[pair.word] = pair.position
            taken[pair.position] = true
            total += pair.distance
        }
        guard !assigned.contains(-1), total <= maxDistance else { return nil }
        var coreLength = 0
        var matchedLength = 0
        for (position, word) in spellingWords.enumerated() where coreCount == spellingWords.count || !index.wordIsParticle[Int(word)] {
            let length = index.wordScalars[Int(word)].count
            coreLength += length
            if taken[position] { matchedLength += length }
        }
        let coverage = Double(matchedLength) / Double(max(1, coreLength))
        if coverage < 0.5 { return nil }
        let inOrder = zip(assigned, assigned.dropFirst()).allSatisfy { $0 < $1 }
        let score = coverage * (1 - Double(total) / Double(max(totalLength, 1))) - (inOrder ? 0 : 0.02)
        return NameIndex.Candidate(id: "", spelling: index.spellings[spellingIndex], score: max(0, score), distance: total)
    }

    /// The distance between a core word and a spelling's word: known from the lookup when it
    /// matched there, else computed within one edit for words up to 3 letters, two for longer.
    private func distance(_ wordIndex: Int, _ word: [UInt32], _ candidate: UInt32) -> Int? {
        if let known = matches[wordIndex][candidate] { return known }
        let bound = min(maxDistance, word.count <= 3 ? 1 : 2)
        return index.wordScalars.withList(Int(candidate)) { indexed in
            word.withUnsafeBufferPointer { DamerauLevenshtein.distance($0, indexed, bound: bound) }
        }
    }
}
