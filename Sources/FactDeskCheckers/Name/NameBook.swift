import FactDeskKit
import FactDeskReference
import Foundation

/// Everything the name rules look names up in: the fuzzy index of every spelling, the records
/// by id, and the role titles.
///
/// Built once from a list of name records, or, for reference data, read from its tables
/// (ready-made when it comes from a snapshot): the records are then looked up by id, one at a
/// time, and nothing is done per name of the reference.
final class NameBook: Sendable {
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
    /// The number of entities and series.
    let recordCount: Int
    /// The record with an id and its position in the reference data.
    private let lookup: @Sendable (String) -> (record: NameRecord, position: Int)?

    /// Indexes records; the cost is paid once per reference data (see ``NameBookCache``).
    /// - Parameters:
    ///   - records: the entities and series.
    ///   - index: an index of exactly the records' spellings when one is already built, to share.
    init(records: [NameRecord], index: NameIndex? = nil) {
        var positions: [String: Int] = [:]
        for (position, record) in records.enumerated() where positions[record.id] == nil {
            positions[record.id] = position
        }
        self.index =
            index
            ?? NameIndex(
                records.flatMap { record in
                    record.names.map { NameIndex.Entry(id: record.id, name: Self.name($0)) }
                })
        self.singleWordIndex = NameIndex(
            records.flatMap { record in
                NameIndex.standaloneEntries(id: record.id, isPerson: record.kind == .person, names: record.names.map(Self.name))
            })
        self.titles = RoleTitles(records.lazy.flatMap(\.roles))
        self.recordCount = records.count
        let byID = positions
        self.lookup = { id in byID[id].map { (records[$0], $0) } }
    }

    /// The book of reference data, read from its tables: its name indexes, its role titles, and
    /// its records looked up by id.
    init(reference: ReferenceData) {
        index = reference.nameIndex
        singleWordIndex = reference.standaloneNameIndex
        titles = RoleTitles(titles: reference.roleTitles)
        recordCount = reference.nameRecordCount
        lookup = { reference.nameRecord($0) }
    }

    private static func name(_ spelling: NameSpelling) -> Name {
        Name(spelling.text, language: spelling.language)
    }

    /// Whether some spelling has this folded word, as a word that is not a particle: a phrase
    /// with no such word (or more misspelt words than a name may carry) is not looked up.
    func knows(_ word: String) -> Bool {
        index.holdsCoreWord(word)
    }

    /// Whether a spelling accepted in `language` has this folded word, as a word that is not a
    /// particle: a phrase all of whose words are such is part of a name or another name, not a
    /// misspelling ("al-Sisi" in French, where the spelling is "al-Sissi", has a word of the
    /// English spelling only).
    func knows(_ word: String, in language: Language) -> Bool {
        index.holdsCoreWord(word, acceptedIn: language)
    }

    /// The first record, in the reference's order, with a spelling that folds to these words,
    /// or `nil` when none does.
    func firstRecord(foldedAs folded: [String]) -> NameRecord? {
        index.firstSubject(foldedAs: folded).flatMap(record)
    }

    /// Whether some spelling's core words, together or one of them, have the romanisation key
    /// of these folded words: they may then be another romanisation of a name ("Mohamed").
    func mayRomanise(_ folded: [String]) -> Bool {
        index.holdsTransliterationKey(Transliteration.key(words: folded))
    }

    /// The first record, in the reference's order, with a spelling whose core words together
    /// have this romanisation key (``Transliteration/key(words:)``), or `nil`: "Poutine" finds
    /// the record spelt "Putin" however many letters apart they are. The caller compares the
    /// record's spellings again, so a rare hash collision does no harm.
    func firstRecord(transliteratedAs key: String) -> NameRecord? {
        index.firstSubject(transliteratedAs: key).flatMap(record)
    }

    /// The record with an id.
    func record(_ id: String) -> NameRecord? {
        lookup(id)?.record
    }

    /// The spellings of a subject accepted in a language, canonical first.
    func spellings(of id: String, in language: Language) -> [NameSpelling] {
        record(id)?.names.filter { $0.isAccepted(in: language) } ?? []
    }

    /// The position of a subject in the reference data, to break ties in its order.
    func position(of id: String) -> Int {
        lookup(id)?.position ?? Int.max
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
        // Reference data keeps the fuzzy indexes of its spellings for other checkers (read in
        // place from a snapshot): share them rather than list every name again.
        let book =
            (source as? ReferenceData).map { NameBook(reference: $0) } ?? NameBook(records: source.nameRecords())
        books.append((key, book))
        if books.count > Self.capacity { books.removeFirst() }
        return book
    }
}
