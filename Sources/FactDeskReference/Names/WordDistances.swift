import FactDeskKit

/// The indexed words near one word of a phrase, with their distances: a small sorted table,
/// searched without hashing (lookups happen for every word of every candidate spelling).
struct WordDistances {
    private(set) var words: [UInt32] = []
    private(set) var distances: [UInt8] = []

    /// A table from word numbers and distances in any order; a word given twice keeps its
    /// smaller distance.
    init(_ pairs: [(word: UInt32, distance: Int)]) {
        for pair in pairs.sorted(by: { ($0.word, $0.distance) < ($1.word, $1.distance) }) where words.last != pair.word
        {
            words.append(pair.word)
            distances.append(UInt8(pair.distance))
        }
    }

    /// The distance of an indexed word, if it is near.
    subscript(word: UInt32) -> Int? {
        let low = words.partitionPoint { $0 >= word }
        return low < words.count && words[low] == word ? Int(distances[low]) : nil
    }

    /// The near words and their distances, nearest first.
    var nearestFirst: [(word: UInt32, distance: Int)] {
        zip(words, distances).map { ($0, Int($1)) }.sorted { ($0.distance, $0.word) < ($1.distance, $1.word) }
    }

    /// The near words and their distances, merged with another table.
    func merged(with other: WordDistances) -> WordDistances {
        WordDistances(zip(words + other.words, distances + other.distances).map { ($0, Int($1)) })
    }
}
