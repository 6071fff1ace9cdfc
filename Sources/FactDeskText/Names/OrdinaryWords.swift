/// The ordinary words of French and English in use — common nouns and their plurals, titles
/// ("defence", "justice"), verbs, adjectives, nationalities and demonyms ("russian", "samoan",
/// "lituanien") — folded as ``NameFolding`` folds (lowercase, no accents), four letters or more.
///
/// A capitalised ordinary word is not read alone as a misspelt name: "Samoan" is not "Samoa"
/// misspelt, "Leaders" not "Leader". The list is built from Debian's word lists and word
/// frequencies by `scripts/generate_ordinary_words.py`; it is decoded once, on first use, into
/// one sorted buffer searched by halves, so a look-up costs some twenty comparisons.
public enum OrdinaryWords {
    /// Whether a folded word (lowercase ASCII letters) is an ordinary word.
    public static func contains(_ folded: String) -> Bool {
        var word = folded
        return word.withUTF8 { table.contains($0) }
    }

    private static let table = Table(encoded)

    /// The words, sorted, end to end in one buffer with the offset where each starts.
    private struct Table: Sendable {
        private let letters: [UInt8]
        private let starts: [Int32]

        /// Decodes the front-coded list: a capital gives the letters shared with the word
        /// before ('A' none), lowercase letters follow; line breaks are skipped.
        init(_ encoded: String) {
            var letters: [UInt8] = []
            var starts: [Int32] = []
            letters.reserveCapacity(encoded.utf8.count * 3)
            var previousStart = 0
            for byte in encoded.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    let shared = Int(byte - UInt8(ascii: "A"))
                    let start = letters.count
                    for offset in 0..<shared { letters.append(letters[previousStart + offset]) }
                    starts.append(Int32(start))
                    previousStart = start
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    letters.append(byte)
                default:
                    continue
                }
            }
            self.letters = letters
            self.starts = starts
        }

        /// Whether the buffer holds exactly these letters as one word.
        func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                let order = compare(entry: middle, with: word)
                if order == 0 { return true }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return false
        }

        /// The order of entry `index` against `word`: negative before, 0 equal, positive after.
        private func compare(entry index: Int, with word: UnsafeBufferPointer<UInt8>) -> Int {
            let start = Int(starts[index])
            let end = index + 1 < starts.count ? Int(starts[index + 1]) : letters.count
            let length = end - start
            for offset in 0..<min(length, word.count) where letters[start + offset] != word[offset] {
                return Int(letters[start + offset]) - Int(word[offset])
            }
            return length - word.count
        }
    }
}
