import FactDeskKit
import FactDeskReference
import Foundation

/// Everything the name rules look names up in, built once from the reference data's name
/// records: the fuzzy index of every spelling, the records by id, and the role titles.
final class NameBook: Sendable {
    /// The entities and series, in the order the reference data gives them.
    let records: [NameRecord]
    /// The fuzzy index of every spelling.
    let index: NameIndex
    /// The fuzzy index of the names of one word besides particles that stand alone — places,
    /// organisations, people known by one name ("Marrakech", "Europol") — the only ones a lone
    /// word is matched with: much smaller, so much faster to search. A person's family name
    /// ("Urquiza" for "Valdecy Urquiza") is not among them: a lone word close to one of a
    /// million family names is far more often another word than a misspelling, so a family
    /// name alone is checked after the full name in the same draft (``ShortFormLinker``), or,
    /// more strictly, against the one-word spellings of ``index`` (``NameResolver/surnameLength``).
    let singleWordIndex: NameIndex
    /// Every role title of every person, in every language.
    let titles: RoleTitles
    /// Every folded word of every spelling, particles left out: a phrase with no such word
    /// (or more misspelt words than a name may carry) is not looked up.
    let words: Set<String>
    /// The transliteration keys (``Transliteration/key(_:)``) of every core word of every
    /// spelling and of the core words of each spelling together: a word with one of them may be
    /// another romanisation of a name's word ("Mohamed", "Ka'bi").
    let transliterationKeys: Set<String>
    /// The words of the spellings accepted in each language: a phrase all of whose words are
    /// among them is part of a name or another name, not a misspelling ("al-Sisi" in French,
    /// where the spelling is "al-Sissi", has a word of the English spelling only).
    let wordsByLanguage: [Language: Set<String>]
    /// The first record with a spelling of each folded key, by the key's hash: a phrase whose
    /// key is not among them needs no exact look-up, and one that is usually names that record
    /// (a family name many people share is then found without listing them all).
    private let firstRecordByKeyHash: [Int: Int32]
    /// The first record with a spelling of each transliteration key of its core words joined
    /// (``Transliteration/key(_:)``), by the key's hash: "Poutine" finds the record spelt
    /// "Putin" however many letters apart they are.
    private let firstRecordByTransliterationHash: [Int: Int32]
    private let positions: [String: Int]

    /// Indexes records; the cost is paid once per reference data (see ``NameBookCache``).
    /// - Parameters:
    ///   - records: the entities and series.
    ///   - index: an index of exactly the records' spellings when one is already built, to share.
    init(records: [NameRecord], index: NameIndex? = nil) {
        self.records = records
        var positions: [String: Int] = [:]
        for (position, record) in records.enumerated() where positions[record.id] == nil {
            positions[record.id] = position
        }
        self.positions = positions
        self.index =
            index
            ?? NameIndex(
                records.flatMap { record in
                    record.names.map { NameIndex.Entry(id: record.id, name: Name($0.text, language: $0.language)) }
                })
        self.titles = RoleTitles(records.lazy.flatMap(\.roles))
        var words = Set<String>()
        var wordsByLanguage: [Language: Set<String>] = [:]
        var firstRecordByKeyHash: [Int: Int32] = [:]
        var firstRecordByTransliterationHash: [Int: Int32] = [:]
        var transliterationKeys = Set<String>()
        var singleWordEntries: [NameIndex.Entry] = []
        for (position, record) in records.enumerated() {
            let isKnownByOneWord = record.kind != .person || Self.coreWords(record.names.first?.text ?? "").count == 1
            for spelling in record.names {
                let hash = NameFolding.key(spelling.text).hashValue
                if firstRecordByKeyHash[hash] == nil { firstRecordByKeyHash[hash] = Int32(position) }
                let core = Self.coreWords(spelling.text)
                words.formUnion(core)
                for transliteration in Self.transliterationKeys(of: spelling.text) {
                    transliterationKeys.insert(transliteration.whole)
                    transliterationKeys.formUnion(transliteration.words)
                    guard transliteration.whole.unicodeScalars.count >= Self.shortestTransliterationKey else { continue }
                    let hash = transliteration.whole.hashValue
                    if firstRecordByTransliterationHash[hash] == nil {
                        firstRecordByTransliterationHash[hash] = Int32(position)
                    }
                }
                for language in Language.allCases where spelling.isAccepted(in: language) {
                    wordsByLanguage[language, default: []].formUnion(core)
                }
                if core.count == 1, isKnownByOneWord {
                    singleWordEntries.append(
                        NameIndex.Entry(id: record.id, name: Name(spelling.text, language: spelling.language)))
                }
            }
        }
        self.words = words
        self.wordsByLanguage = wordsByLanguage
        self.firstRecordByKeyHash = firstRecordByKeyHash
        self.firstRecordByTransliterationHash = firstRecordByTransliterationHash
        self.transliterationKeys = transliterationKeys
        self.singleWordIndex = NameIndex(singleWordEntries)
    }

    /// The first record with a spelling that may fold to these words, or `nil` when none does
    /// (no false negatives; a rare false positive is weeded out by comparing spellings).
    func firstRecord(foldedAs folded: [String]) -> NameRecord? {
        firstRecordByKeyHash[folded.joined().hashValue].map { records[Int($0)] }
    }

    /// The shortest transliteration key looked up: shorter names have too many neighbours
    /// ("Li", "Lee").
    static let shortestTransliterationKey = 4

    /// The first record with a spelling whose core words joined have this transliteration key,
    /// or `nil` (the spellings are compared again, so a rare hash collision does no harm).
    func firstRecord(transliteratedAs key: String) -> NameRecord? {
        firstRecordByTransliterationHash[key.hashValue].map { records[Int($0)] }
    }

    /// The transliteration keys of a spelling's core words, together and each: as written, and
    /// with its letters that other languages spell out written out (``Transliteration/spelledOut(_:)``).
    static func transliterationKeys(of spelling: String) -> [(whole: String, words: [String])] {
        [spelling, Transliteration.spelledOut(spelling)].compactMap { $0 }.map { text in
            let core = coreWords(text)
            return (Transliteration.key(words: core), core.map(Transliteration.key))
        }
    }

    /// A spelling's folded words, particles left out.
    private static func coreWords(_ text: String) -> [String] {
        NameFolding.tokens(text).filter { !NameFolding.particles.contains($0) }
    }

    /// The record with an id.
    func record(_ id: String) -> NameRecord? {
        positions[id].map { records[$0] }
    }

    /// The spellings of a subject accepted in a language, canonical first.
    func spellings(of id: String, in language: Language) -> [NameSpelling] {
        record(id)?.names.filter { $0.isAccepted(in: language) } ?? []
    }

    /// The position of a subject in the reference data, to break ties in its order.
    func position(of id: String) -> Int {
        positions[id] ?? Int.max
    }
}

/// The name books built in this run, by the key of the records they were built from, so that
/// every draft of a run shares one (a few are kept: a run has one reference, tests a handful).
final class NameBookCache: @unchecked Sendable {
    private let lock = NSLock()
    private var books: [(key: String, book: NameBook)] = []
    private static let capacity = 4

    /// The book for some records, built on first use.
    func book(for source: any NameRecords) -> NameBook {
        let key = source.nameRecordsKey
        lock.lock()
        defer { lock.unlock() }
        if let kept = books.first(where: { $0.key == key }) { return kept.book }
        // Reference data loaded from files keeps a fuzzy index of the same spellings for other
        // checkers: share it rather than hold a second one (hundreds of MB at a million names).
        let book = NameBook(records: source.nameRecords(), index: (source as? ReferenceData)?.nameIndex)
        books.append((key, book))
        if books.count > Self.capacity { books.removeFirst() }
        return book
    }
}
