/// The words of a phrase being looked up, matched against the index's words, and the scoring
/// of a spelling against them.
struct QueryWords {
    private let index: NameIndex
    private let maxDistance: Int
    /// The phrase's core words (particles left out unless all are), as scalars; at most 8.
    private let words: [[UInt32]]
    private let totalLength: Int
    /// The numbers of the indexed particles the phrase has, and how many particles it has.
    private let particles: Set<UInt32>
    private let particleCount: Int
    /// For each core word, the indexed words within ``searched`` edits and their distances.
    private let matches: [WordDistances]
    /// For each core word, the edits its lookup allowed: its allowance within the phrase's, or
    /// none for a common word spelt as indexed (a frequent given name), whose near words would
    /// cost a lookup for little: pairs with it are then measured when a spelling is scored.
    private let searched: [Int]

    /// How many spellings an exactly spelt word must be in to be looked up exactly only.
    private static let commonWordSpellings = 256
    /// For each core word, the indexed word it is exactly, if any.
    private let exactWords: [UInt32?]
    /// The core words that may gather candidates, rarest first: those that match indexed words
    /// held by spellings and that do not look like a mistyped particle (`bne` for `ben`).
    private let gatherers: [Int]

    init(words folded: [String], maxDistance: Int, index: NameIndex) {
        self.index = index
        self.maxDistance = maxDistance
        let core = folded.filter { !NameFolding.particles.contains($0) }
        let words = (core.isEmpty ? folded : core).prefix(8).map { $0.unicodeScalars.map(\.value) }
        let phraseParticles = core.isEmpty ? [] : folded.filter { NameFolding.particles.contains($0) }
        particles = Set(phraseParticles.compactMap { index.wordNumber($0) })
        particleCount = phraseParticles.count
        totalLength = words.reduce(0) { $0 + $1.count }
        let exactWords = (core.isEmpty ? folded : core).prefix(8).map { index.wordNumber($0) }
        var searched = words.indices.map { position in
            let isCommon =
                exactWords[position].map { index.postings[Int($0)].count >= Self.commonWordSpellings } ?? false
            return isCommon ? 0 : min(maxDistance, Self.allowance(words[position].count))
        }
        var matches = zip(words, searched).map { Self.matches(of: $0, allowance: $1, index: index) }
        let sizes = matches.map { $0.words.reduce(0) { $0 + index.postings[Int($1)].count } }
        let candidates = sizes.indices.filter { sizes[$0] > 0 }
        let plain = candidates.filter { !matches[$0].words.contains { index.wordIsParticle[Int($0)] } }
        gatherers = (plain.isEmpty ? candidates : plain).sorted { (sizes[$0], $0) < (sizes[$1], $1) }
        // The word that gathers candidates is always looked up in full.
        if let rarest = gatherers.first, searched[rarest] < min(maxDistance, Self.allowance(words[rarest].count)) {
            searched[rarest] = min(maxDistance, Self.allowance(words[rarest].count))
            matches[rarest] = Self.matches(of: words[rarest], allowance: searched[rarest], index: index)
        }
        self.words = words
        self.matches = matches
        self.searched = searched
        self.exactWords = exactWords
    }

    /// The edits a word may carry when looked up: none up to 2 letters, one up to 5, else two.
    static func allowance(_ length: Int) -> Int {
        length <= 2 ? 0 : length <= 5 ? 1 : 2
    }

    /// The indexed words near a word and, unless the word is indexed as it is, near it without
    /// a glued particle (`Alraisi`).
    private static func matches(of word: [UInt32], allowance: Int, index: NameIndex) -> WordDistances {
        var matches = index.matches(of: word, allowance: allowance)
        guard !matches.distances.contains(0) else { return matches }
        for particle in NameFolding.gluedParticles {
            let letters = particle.unicodeScalars.map(\.value)
            guard word.count - letters.count >= 3, word.starts(with: letters) else { continue }
            let rest = Array(word.dropFirst(letters.count))
            matches = matches.merged(
                with: index.matches(of: rest, allowance: min(allowance, Self.allowance(rest.count))))
        }
        return matches
    }

    /// Scores the spellings that hold the rarest word's matches, nearest matches first, and
    /// offers each that matches the phrase to `collector`; stops when no spelling left can
    /// enter the result (a candidate scores at most 1 − edits / letters).
    ///
    /// When the rarest word allows fewer edits than the phrase may carry, the spelling sought
    /// may have lost it, but then the other words carry the few edits left: with none left, the
    /// spellings that hold every other word exactly are scored too; with some, those that hold
    /// the next rarest word's matches within them.
    func collect(into collector: inout CandidateCollector) {
        var visited = Set<UInt32>(minimumCapacity: 256)
        func visit(_ spelling: UInt32) {
            if visited.insert(spelling).inserted, let candidate = score(spelling: spelling) {
                collector.offer(candidate, spelling: spelling)
            }
        }
        func bestPossible(edits: Int) -> Double { 1 - Double(edits) / Double(max(totalLength, 1)) }
        guard let rarest = gatherers.first else { return }
        for (word, distance) in matches[rarest].nearestFirst {
            if collector.isFull(above: bestPossible(edits: distance)) { return }
            for spelling in index.postings[Int(word)] { visit(spelling) }
        }
        let editsLeft = maxDistance - Self.allowance(words[rarest].count) - 1
        guard editsLeft >= 0, gatherers.count > 1,
            !collector.isFull(above: bestPossible(edits: maxDistance - editsLeft))
        else { return }
        if editsLeft > 0 {
            let next = gatherers[1]
            let nearNext =
                searched[next] >= editsLeft
                ? matches[next] : Self.matches(of: words[next], allowance: editsLeft, index: index)
            for (word, distance) in nearNext.nearestFirst where distance <= editsLeft {
                for spelling in index.postings[Int(word)] { visit(spelling) }
            }
            return
        }
        // No edits left: every other word is exact, and the rarest one carries all the edits.
        let others = gatherers.dropFirst().map { exactWords[$0] }
        guard others.allSatisfy({ $0 != nil }) else { return }
        let required = others.map { $0! }
        let rarestWord = words[rarest]
        for word in index.matches(of: rarestWord, allowance: maxDistance).words where matches[rarest][word] == nil {
            for spelling in index.postings[Int(word)] {
                let holdsAll = index.spellingWords.withList(Int(spelling)) { held in required.allSatisfy(held.contains)
                }
                if holdsAll { visit(spelling) }
            }
        }
    }

    /// The candidate for a spelling, or `nil` when it does not match the phrase.
    ///
    /// Every core word of the phrase pairs with a different word of the spelling, cheapest pairs
    /// first, within `maxDistance` edits in all. The spelling's core words left over lower the
    /// score through coverage (half its letters at least must pair); so do particles on one side
    /// only, and words out of order. A one-word phrase only matches a one-word spelling.
    private func score(spelling: UInt32) -> NameIndex.Candidate? {
        let spellingIndex = Int(spelling)
        let coreCount = Int(index.coreWordCounts[spellingIndex])
        if words.count == 1 && coreCount > 1 { return nil }
        return index.spellingWords.withList(spellingIndex) { spellingWords -> NameIndex.Candidate? in
            guard words.count <= spellingWords.count, spellingWords.count <= 16,
                leastEdits(against: spellingWords) <= maxDistance, let alignment = align(with: spellingWords)
            else { return nil }
            let hasParticles = coreCount < spellingWords.count
            var coreLength = 0
            var matchedLength = 0
            var sharedParticles = 0
            var spellingParticles = 0
            for (position, word) in spellingWords.enumerated() {
                let isPaired = alignment.paired & (1 << position) != 0
                if hasParticles && index.wordIsParticle[Int(word)] {
                    spellingParticles += 1
                    if !isPaired && particles.contains(word) { sharedParticles += 1 }
                    continue
                }
                let length = Int(index.wordLengths[Int(word)])
                coreLength += length
                if isPaired { matchedLength += length }
            }
            let coverage = Double(matchedLength) / Double(max(1, coreLength))
            guard coverage >= 0.5 else { return nil }
            let closeness = 1 - Double(alignment.distance) / Double(max(totalLength, 1))
            let particlesOnOneSide = particleCount + spellingParticles - 2 * sharedParticles
            let penalty = (alignment.inOrder ? 0 : 0.02) + 0.01 * Double(particlesOnOneSide)
            return NameIndex.Candidate(
                id: "", spelling: index.spellings[spellingIndex], score: max(0, coverage * closeness - penalty),
                distance: alignment.distance)
        }
    }

    /// A lower bound on the edits a spelling needs, from the lookups alone: a word with no
    /// match among the spelling's words is further from each than its lookup allowed.
    private func leastEdits(against spellingWords: UnsafeBufferPointer<UInt32>) -> Int {
        var total = 0
        for wordIndex in words.indices {
            let wordMatches = matches[wordIndex]
            var least = searched[wordIndex] + 1
            for candidate in spellingWords {
                if let distance = wordMatches[candidate], distance < least { least = distance }
            }
            total += least
            if total > maxDistance { return total }
        }
        return total
    }

    /// Pairs each core word with a different spelling word, cheapest pair first; `nil` when a
    /// word has no partner within the edits left. `paired` has a bit set per paired position.
    private func align(with spellingWords: UnsafeBufferPointer<UInt32>) -> (distance: Int, paired: Int, inOrder: Bool)?
    {
        let columns = spellingWords.count
        return withUnsafeTemporaryAllocation(of: Int8.self, capacity: words.count * (columns + 1)) { storage in
            for (row, word) in words.enumerated() {
                for column in 0..<columns {
                    storage[row * columns + column] = Int8(distance(row, word, spellingWords[column]) ?? -1)
                }
            }
            let columnOfRow = UnsafeMutableBufferPointer(rebasing: storage[(words.count * columns)...])
            var total = 0
            var paired = 0
            var pairedRows = 0
            for _ in 0..<words.count {
                var best: (cost: Int, row: Int, column: Int)?
                for row in 0..<words.count where pairedRows & (1 << row) == 0 {
                    for column in 0..<columns where paired & (1 << column) == 0 {
                        let cost = Int(storage[row * columns + column])
                        if cost >= 0, best.map({ cost < $0.cost }) ?? true { best = (cost, row, column) }
                    }
                }
                guard let best, total + best.cost <= maxDistance else { return nil }
                total += best.cost
                paired |= 1 << best.column
                pairedRows |= 1 << best.row
                columnOfRow[best.row] = Int8(best.column)
            }
            let inOrder = (1..<max(1, words.count)).allSatisfy { columnOfRow[$0 - 1] < columnOfRow[$0] }
            return (total, paired, inOrder)
        }
    }

    /// The distance between a core word and a spelling's word: known from the lookup when it
    /// matched there; else over the phrase's edits when the lookup allowed them all, or
    /// computed within them.
    private func distance(_ wordIndex: Int, _ word: [UInt32], _ candidate: UInt32) -> Int? {
        if let known = matches[wordIndex][candidate] { return known }
        let bound = maxDistance
        let length = Int(index.wordLengths[Int(candidate)])
        guard searched[wordIndex] < bound, abs(length - word.count) <= bound else { return nil }
        return index.wordScalars.withList(Int(candidate)) { indexed in
            word.withUnsafeBufferPointer { DamerauLevenshtein.distance($0, indexed, bound: bound) }
        }
    }
}
