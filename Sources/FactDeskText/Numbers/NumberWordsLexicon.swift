import FactDeskKit

/// One word of a number written in words ("quatre", "vingt", "cent", "mille", "ninety-third").
struct NumberAtom: Sendable, Hashable {
    /// The word's role in the grammar of numbers.
    enum Kind: Sendable, Hashable {
        /// 0–9.
        case unit
        /// 10–19.
        case teen
        /// 20, 30 … 90.
        case tens
        /// 100: "cent", "hundred".
        case hundred
        /// 1 000 and up: "mille", "million", "milliard", "thousand", "billion".
        case scale
        /// "et", "and" between parts.
        case conjunction
        /// The English article of "a hundred", "a thousand".
        case article
    }

    var kind: Kind
    var value: Int
    /// Whether the word is an ordinal ("dixième", "tenth"); it must end the number.
    var isOrdinal = false
    /// The language the word belongs to, or `nil` when French and English share it ("six").
    var language: Language?
}

/// The number words of French (including Belgian and Swiss tens) and English, by
/// ``Folding/key(_:)``, built once.
enum NumberWordsLexicon {
    static let atoms: [UInt64: NumberAtom] = {
        var atoms: [UInt64: NumberAtom] = [:]
        func add(_ word: String, _ kind: NumberAtom.Kind, _ value: Int, _ language: Language?, ordinal: Bool = false) {
            var atom = NumberAtom(kind: kind, value: value, isOrdinal: ordinal, language: language)
            let key = Folding.key(word)!
            // A word both languages spell alike ("six", "million") belongs to both.
            if let existing = atoms[key], existing.language != language { atom.language = nil }
            atoms[key] = atom
        }
        func addAll(
            _ words: [(cardinal: String, ordinal: String)], _ kind: NumberAtom.Kind, values: [Int], _ language: Language
        ) {
            for (index, word) in words.enumerated() {
                if !word.cardinal.isEmpty { add(word.cardinal, kind, values[index], language) }
                if !word.ordinal.isEmpty { add(word.ordinal, kind, values[index], language, ordinal: true) }
            }
        }
        addAll(
            [
                ("zero", ""), ("un", "unieme"), ("deux", "deuxieme"), ("trois", "troisieme"),
                ("quatre", "quatrieme"), ("cinq", "cinquieme"), ("six", "sixieme"), ("sept", "septieme"),
                ("huit", "huitieme"), ("neuf", "neuvieme"),
            ], .unit, values: Array(0...9), .fr)
        add("une", .unit, 1, .fr)
        add("premier", .unit, 1, .fr, ordinal: true)
        add("premiere", .unit, 1, .fr, ordinal: true)
        addAll(
            [
                ("dix", "dixieme"), ("onze", "onzieme"), ("douze", "douzieme"), ("treize", "treizieme"),
                ("quatorze", "quatorzieme"), ("quinze", "quinzieme"), ("seize", "seizieme"),
            ],
            .teen, values: Array(10...16), .fr)
        addAll(
            [
                ("vingt", "vingtieme"), ("trente", "trentieme"), ("quarante", "quarantieme"),
                ("cinquante", "cinquantieme"), ("soixante", "soixantieme"), ("septante", "septantieme"),
                ("huitante", "huitantieme"), ("nonante", "nonantieme"),
            ],
            .tens, values: [20, 30, 40, 50, 60, 70, 80, 90], .fr)
        add("vingts", .tens, 20, .fr)
        add("octante", .tens, 80, .fr)
        add("octantieme", .tens, 80, .fr, ordinal: true)
        add("cent", .hundred, 100, .fr)
        add("cents", .hundred, 100, .fr)
        add("centieme", .hundred, 100, .fr, ordinal: true)
        add("mille", .scale, 1_000, .fr)
        add("millieme", .scale, 1_000, .fr, ordinal: true)
        for (word, value) in [("million", 1_000_000), ("milliard", 1_000_000_000)] {
            add(word, .scale, value, .fr)
            add(word + "s", .scale, value, .fr)
            add(word + "ieme", .scale, value, .fr, ordinal: true)
        }
        add("et", .conjunction, 0, .fr)

        addAll(
            [
                ("zero", ""), ("one", "first"), ("two", "second"), ("three", "third"), ("four", "fourth"),
                ("five", "fifth"), ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"),
                ("nine", "ninth"),
            ], .unit, values: Array(0...9), .en)
        addAll(
            [
                ("ten", "tenth"), ("eleven", "eleventh"), ("twelve", "twelfth"), ("thirteen", "thirteenth"),
                ("fourteen", "fourteenth"), ("fifteen", "fifteenth"), ("sixteen", "sixteenth"),
                ("seventeen", "seventeenth"), ("eighteen", "eighteenth"), ("nineteen", "nineteenth"),
            ],
            .teen, values: Array(10...19), .en)
        addAll(
            [
                ("twenty", "twentieth"), ("thirty", "thirtieth"), ("forty", "fortieth"), ("fifty", "fiftieth"),
                ("sixty", "sixtieth"), ("seventy", "seventieth"), ("eighty", "eightieth"),
                ("ninety", "ninetieth"),
            ], .tens, values: [20, 30, 40, 50, 60, 70, 80, 90], .en)
        add("hundred", .hundred, 100, .en)
        add("hundredth", .hundred, 100, .en, ordinal: true)
        for (word, value) in [
            ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000), ("trillion", 1_000_000_000_000),
        ] {
            add(word, .scale, value, .en)
            add(word + "th", .scale, value, .en, ordinal: true)
        }
        add("and", .conjunction, 0, .en)
        add("a", .article, 1, .en)
        add("an", .article, 1, .en)
        return atoms
    }()

    /// The atom a word spells, if any.
    static func atom(_ word: String) -> NumberAtom? {
        atom(word.unicodeScalars)
    }

    /// The atom the scalars of a word spell, if any.
    static func atom(_ scalars: some Sequence<Unicode.Scalar>) -> NumberAtom? {
        Folding.key(scalars).flatMap { atoms[$0] }
    }
}
