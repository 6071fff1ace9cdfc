import Foundation

/// Every spelling of every entity and series as folded words, indexed by its first word, for
/// finding names in runs of a draft's words without joining or hashing strings per attempt.
struct SubjectPhrases: Sendable {
    /// One spelling: its folded words and the subject it names.
    struct Phrase: Sendable {
        var words: [String]
        var subjectID: String
    }

    /// The spellings by first folded word, longest first.
    private let byFirstWord: [String: [Phrase]]

    init(entities: [Entity], series: [Series]) {
        var byFirstWord: [String: [Phrase]] = [:]
        let spellings =
            entities.flatMap { entity in entity.names.map { ($0.text, entity.id) } }
            + series.flatMap { series in series.names.map { ($0.text, series.id) } }
        for (spelling, id) in spellings {
            let words = NameFolding.tokens(spelling)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Phrase(words: words, subjectID: id))
        }
        self.byFirstWord = byFirstWord.mapValues { phrases in phrases.sorted { $0.words.count > $1.words.count } }
    }

    /// A word of a draft folded into its parts ("d’INTERPOL" → "d", "interpol"), without an
    /// array for the common word of one part.
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

        var first: String? { count > 0 ? self[0] : nil }
    }

    /// The longest spelling that starts at word `start` of `words` and ends at the end of a
    /// word: the subject's id and the word after the name.
    func longestMatch(in words: [FoldedWord], from start: Int) -> (subjectID: String, end: Int)? {
        guard let first = words[start].first, let phrases = byFirstWord[first] else { return nil }
        for phrase in phrases {
            var word = start
            var part = 0
            var matched = 0
            while matched < phrase.words.count, word < words.count {
                guard part < words[word].count else {
                    (word, part) = (word + 1, 0)
                    continue
                }
                guard words[word][part] == phrase.words[matched] else { break }
                (part, matched) = (part + 1, matched + 1)
            }
            if matched == phrase.words.count, word < words.count, part == words[word].count {
                return (phrase.subjectID, word + 1)
            }
        }
        return nil
    }
}

extension ReferenceData {
    /// The phrases of this data, built on first use and kept for the data's content.
    var subjectPhrases: SubjectPhrases {
        SubjectPhrasesCache.shared.phrases(for: self)
    }
}

/// The phrases built so far, by content hash, shared by every copy of the same data and every
/// thread: a run loads its reference data once and checks many drafts with it.
private final class SubjectPhrasesCache: @unchecked Sendable {
    static let shared = SubjectPhrasesCache()
    private let lock = NSLock()
    private var built: [String: SubjectPhrases] = [:]

    func phrases(for data: ReferenceData) -> SubjectPhrases {
        lock.lock()
        defer { lock.unlock() }
        if let phrases = built[data.contentHash] { return phrases }
        let phrases = SubjectPhrases(entities: data.entities, series: data.series)
        built[data.contentHash] = phrases
        return phrases
    }
}
