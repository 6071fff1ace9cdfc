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

extension NameIndex {
    /// The longest spelling that starts at word `start` of `words` and ends at the end of a
    /// word: the subject's id and the word after the name. Words without parts inside a name are
    /// passed over. Of spellings of the same length, the first indexed wins.
    ///
    /// Only the index's tables are read: a part that no spelling holds ends the search, and
    /// each run of whole words, longest first, is looked up by its folded key.
    func longestMatch(in words: [FoldedWord], from start: Int) -> (subjectID: String, end: Int)? {
        guard words[start].count > 0 else { return nil }
        var numbers: [UInt32] = []
        // After each word, the word's end, how many parts the phrase has, and the hash of the
        // parts joined (``keyHash(_:)`` taken part by part, without joining them).
        var ends: [(end: Int, parts: Int, hash: UInt64)] = []
        var hash = Self.keyHashSeed
        var word = start
        search: while word < words.count, numbers.count < longestSpelling {
            let folded = words[word]
            guard numbers.count + folded.count <= longestSpelling else { break }
            for part in 0..<folded.count {
                guard let number = wordNumber(folded[part]) else { break search }
                // Most words of a draft start no name: the tables grow only past the first part.
                if numbers.isEmpty {
                    numbers.reserveCapacity(longestSpelling)
                    ends.reserveCapacity(longestSpelling)
                }
                numbers.append(number)
                hash = Self.keyHash(folded[part], continuing: hash)
            }
            if folded.count > 0 { ends.append((word + 1, numbers.count, hash)) }
            word += 1
        }
        for (end, count, hash) in ends.reversed() {
            // Spellings of the same words have the same key: comparing the words' numbers is enough.
            let phrase = numbers.prefix(count)
            let spelling = spellingsByKey.numbers(under: hash).first { spelling in
                spellingWords[Int(spelling)].elementsEqual(phrase)
            }
            if let spelling { return (subjectIDs[Int(spellingSubjects[Int(spelling)])], end) }
        }
        return nil
    }
}
