import FactDeskKit

/// The spellings of a ``NameIndex`` in two flat tables, their texts and their languages: read in
/// place from a snapshot, one ``Name`` made when it is asked for.
struct SpellingTable: Sendable {
    /// Each spelling's text.
    let texts: FlatStrings
    /// Each spelling's language: its place in `Language.allCases`, or `0xFF` for every language.
    let languages: FlatTable<UInt8>

    /// The spellings given, in tables of their own.
    init(_ names: [Name]) {
        self.init(texts: FlatStrings(names.lazy.map(\.text)), languages: FlatTable(names.map(Self.code)))
    }

    /// Spellings over tables read back from a snapshot.
    init(texts: FlatStrings, languages: FlatTable<UInt8>) {
        self.texts = texts
        self.languages = languages
    }

    /// The number of spellings.
    var count: Int { languages.count }

    /// One spelling.
    subscript(index: Int) -> Name {
        Name(texts[index], language: Self.language(languages[index]))
    }

    /// A language's code in the tables.
    static func code(_ name: Name) -> UInt8 {
        name.language.map { UInt8(Language.allCases.firstIndex(of: $0)!) } ?? 0xFF
    }

    /// The language a code stands for; `nil` (every language) for `0xFF` or a code out of range.
    static func language(_ code: UInt8) -> Language? {
        Int(code) < Language.allCases.count ? Language.allCases[Int(code)] : nil
    }
}

/// How a folded word is used by the spellings of a ``NameIndex``, as bits of one byte: whether
/// some spelling holds it as a word that is not a particle, and in which languages.
enum WordUse {
    /// Some spelling holds the word and it is not a particle.
    static let core: UInt8 = 1

    /// A spelling accepted in `language` holds the word and it is not a particle.
    static func core(in language: Language) -> UInt8 {
        2 << UInt8(Language.allCases.firstIndex(of: language)!)
    }

    /// The bits a spelling in `language` (`nil`: every language) sets on its words.
    static func bits(of language: Language?) -> UInt8 {
        guard let language else { return Language.allCases.reduce(core) { $0 | core(in: $1) } }
        return core | core(in: language)
    }
}
