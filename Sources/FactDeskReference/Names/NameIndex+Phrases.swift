/// A word of a draft folded into its parts ("d’INTERPOL" → "d", "interpol"), without an array
/// for the common word of one part.
enum FoldedWord {
    case one(String)
    case many([String])

    var count: Int {
        switch self {
        case .one: 1
        case .many(let parts): parts.count
        }
    }

    subscript(index: Int) -> String {
        switch self {
        case .one(let part): part
        case .many(let parts): parts[index]
        }
    }
}

/// A run of a draft's words folded into parts, with each part's number in a name index's word
/// table looked up once for every phrase that starts in the run.
struct FoldedRun {
    /// The number of a part that no spelling holds.
    static let unknownPart = UInt32.max

    let words: [FoldedWord]
    /// Each word's first part in ``numbers``, and the count of parts after the last word.
    let firstParts: [Int]
    /// Each part's word number (``NameIndex/wordNumber(_:)``), or ``unknownPart``.
    let numbers: [UInt32]

    init(_ words: [FoldedWord], index: borrowing NameIndex) {
        self.words = words
        var firstParts: [Int] = []
        firstParts.reserveCapacity(words.count + 1)
        var numbers: [UInt32] = []
        numbers.reserveCapacity(words.count)
        for word in words {
            firstParts.append(numbers.count)
            for part in 0..<word.count { numbers.append(index.wordNumber(word[part]) ?? Self.unknownPart) }
        }
        firstParts.append(numbers.count)
        self.firstParts = firstParts
        self.numbers = numbers
    }
}

extension NameIndex {
    /// The longest spelling that starts at word `start` of `run` and ends at the end of a
    /// word: the subject's id and the word after the name. Words without parts inside a name are
    /// passed over. Of spellings of the same length, the first indexed wins.
    ///
    /// Only the index's tables are read: a part that no spelling holds ends the search, and
    /// each run of whole words, longest first, is looked up by its folded key.
    func longestMatch(in run: FoldedRun, from start: Int) -> (subjectID: String, end: Int)? {
        let words = run.words
        guard words[start].count > 0 else { return nil }
        // The phrase's parts are the run's from the start word's first part on.
        let first = run.firstParts[start]
        // After each word, the word's end, how many parts the phrase has, and the hash of the
        // parts joined (``keyHash(_:)`` taken part by part, without joining them), kept on the
        // stack: most words of a draft start no name.
        return withUnsafeTemporaryAllocation(of: (end: Int, parts: Int, hash: UInt64).self, capacity: longestSpelling) {
            ends in
            var count = 0
            var parts = 0
            var hash = Self.keyHashSeed
            var word = start
            search: while word < words.count, parts < longestSpelling {
                let folded = words[word]
                guard parts + folded.count <= longestSpelling else { break }
                for part in 0..<folded.count {
                    guard run.numbers[first + parts] != FoldedRun.unknownPart else { break search }
                    parts += 1
                    hash = Self.keyHash(folded[part], continuing: hash)
                }
                if folded.count > 0 {
                    ends.initializeElement(at: count, to: (word + 1, parts, hash))
                    count += 1
                }
                word += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) {
                let (end, parts, hash) = ends[index]
                // Spellings of the same words have the same key: comparing the words' numbers is enough.
                let phrase = run.numbers[first..<first + parts]
                let spelling = spellingsByKey.numbers(under: hash).first { spelling in
                    spellingWords[Int(spelling)].elementsEqual(phrase)
                }
                if let spelling { return (subjectIDs[Int(spellingSubjects[Int(spelling)])], end) }
            }
            return nil
        }
    }
}
