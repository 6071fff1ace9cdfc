import FactDeskKit
import FactDeskReference

/// The titles people hold in the reference data ("président", "Secretary General"), to spot
/// one written before a name.
///
/// Titles compare folded for case and accents and in the masculine, so "Présidente",
/// "présidente" and "président" are one title, as are « cheffe » and « chef », « directrice »
/// and « directeur ».
struct RoleTitles: Sendable {
    /// The longest title, in words.
    let maximumWords: Int
    private let keys: Set<String>
    /// The openings of titles of three words or more that end on a noun (« président de la
    /// cour » of « président de la cour criminelle »): read as titles too, a shortened one.
    private let openings: Set<String>
    /// The first words of the titles written with a complement ("ministre" of « ministre de
    /// l’Intérieur », "minister" of "Minister of Energy"): such a word followed by « de »,
    /// « des », "of"… and capitalised words is a title of the same kind, whether or not a role
    /// has it (« ministre des Armées », "Minister of Fisheries").
    private let heads: Set<String>
    /// The last words of the English titles written after their portfolio ("minister" of
    /// "Foreign Minister", "secretary" of "Home Secretary"): such a word after one or two
    /// capitalised words is a title of the same kind, whether or not a role has it
    /// ("Defence Minister").
    private let portfolioHeads: Set<String>

    /// The words English titles end with after their portfolio.
    static let portfolioWords: Set<String> = ["minister", "secretary"]

    init(_ roles: some Sequence<ReferenceRole>) {
        self.init(titles: roles.lazy.flatMap(\.title.values))
    }

    /// The titles written in roles, in any language.
    init(titles: some Sequence<String>) {
        var keys = Set<String>()
        var openings = Set<String>()
        var heads = Set<String>()
        var portfolioHeads = Set<String>()
        var maximumWords = 0
        for title in titles {
            let words = NameFolding.tokens(title)
            guard !words.isEmpty else { continue }
            keys.insert(Self.key(words))
            for count in stride(from: 3, to: words.count, by: 1) where !Self.complementWords.contains(words[count - 1])
            {
                openings.insert(Self.key(Array(words.prefix(count))))
            }
            if words.count > 1, Self.complementWords.contains(words[1]) || words[1] == "of" {
                heads.insert(Self.key([words[0]]))
            }
            if words.count > 1, let last = words.last, Self.portfolioWords.contains(last) {
                portfolioHeads.insert(last)
            }
            maximumWords = max(maximumWords, words.count)
        }
        self.keys = keys
        self.openings = openings
        self.heads = heads
        self.portfolioHeads = portfolioHeads
        self.maximumWords = maximumWords
    }

    /// The words that open a title's complement in French: « de », « des », « du », « d’ »,
    /// « la », « l’ ».
    static let complementWords: Set<String> = ["de", "des", "du", "d", "la", "l"]

    /// Whether a word opens titles written with a complement ("ministre").
    func isHead(_ word: String) -> Bool {
        heads.contains(Self.key(NameFolding.tokens(word)))
    }

    /// Whether a word ends English titles written after their portfolio ("Minister").
    func isPortfolioHead(_ word: String) -> Bool {
        portfolioHeads.contains(NameFolding.key(word))
    }

    /// Whether a role's title, in some language, opens (``WrittenTitle/SharedWord/first``) or
    /// ends (``WrittenTitle/SharedWord/last``) with the shared word: « ministre », "minister".
    static func title(of role: ReferenceRole, shares word: WrittenTitle.SharedWord) -> Bool {
        role.title.values.contains { title in
            let words = NameFolding.tokens(title)
            switch word {
            case .first(let head): return words.first.map { key([$0]) == key([head]) } ?? false
            case .last(let head): return words.count > 1 && words.last == head
            }
        }
    }

    /// Whether some words are a title.
    func contains(_ words: [String]) -> Bool {
        !words.isEmpty && keys.contains(Self.key(words.flatMap(NameFolding.tokens)))
    }

    /// Whether some words open a title of more words, ending on a noun: « président de la cour »
    /// of « président de la cour criminelle ».
    func opensTitle(_ words: [String]) -> Bool {
        !words.isEmpty && openings.contains(Self.key(words.flatMap(NameFolding.tokens)))
    }

    /// Whether a role's title, in any language, is the title these words write, in full, or
    /// one of them the other with more words after it: "President" before the President of
    /// the Council of Ministers, « président de la République » before a président (the longer
    /// written one only with a complement or a conjunction after the role's: « avocat général »
    /// is no « avocat », "Secretary General" no "Secretary"); or the role's title with words
    /// left out but its first and last kept (« procureure de Paris » for the « procureure de la
    /// République de Paris »).
    static func title(of role: ReferenceRole, matches words: [String]) -> Bool {
        let written = key(words.flatMap(NameFolding.tokens))
        return role.title.values.contains {
            let title = key(NameFolding.tokens($0))
            return title == written || title.hasPrefix(written + " ")
                || (written.hasPrefix(title + " ")
                    && written.dropFirst(title.count + 1).split(separator: " ").first
                        .map { extensionOpeners.contains(String($0)) } ?? false)
                || isShortened(written, of: title)
        }
    }

    /// The words a longer written title may go on with after a role's title and still name it,
    /// folded: a complement's (« de », "of"), a conjunction (« et », "and"), « en » of « en
    /// exercice ».
    private static let extensionOpeners: Set<String> = ofWords.union(["et", "and", "en", "in"])

    /// Whether a written title, as a key, is a role's title with some middle words left out:
    /// the same first and last word, every written word in the title's order, and no word left
    /// out that makes the role a deputy's (« directeur général de l’OMS » is not the « directeur
    /// général adjoint de l’OMS »).
    private static func isShortened(_ written: String, of title: String) -> Bool {
        let shorter = written.split(separator: " ")
        let longer = title.split(separator: " ")
        guard shorter.count >= 2, shorter.count < longer.count, shorter.first == longer.first,
            shorter.last == longer.last, !longer.contains(where: { deputyWords.contains(String($0)) })
        else { return false }
        var remaining = longer[...]
        for word in shorter {
            guard let found = remaining.firstIndex(of: word) else { return false }
            remaining = remaining[(found + 1)...]
        }
        return true
    }

    /// Words that make a title a deputy's or an acting one's, as keys.
    private static let deputyWords: Set<String> = Set(
        ["adjoint", "delegue", "deputy", "vice", "interim", "interimaire", "acting", "suppleant", "assistant"]
            .map { key([$0]) })

    /// Whether a role's title, in any language, is exactly the title these words write.
    static func title(of role: ReferenceRole, is words: [String]) -> Bool {
        let written = key(words.flatMap(NameFolding.tokens))
        return role.title.values.contains { key(NameFolding.tokens($0)) == written }
    }

    /// Whether a role's title, in any language, is the title these words write followed by the
    /// organisation or country it is of: "President" of "President of the European Commission",
    /// « président » of « président du Conseil européen ».
    static func title(of role: ReferenceRole, isHeadOf words: [String]) -> Bool {
        let written = key(words.flatMap(NameFolding.tokens)) + " "
        return role.title.values.contains { title in
            let full = key(NameFolding.tokens(title))
            guard full.hasPrefix(written), let next = full.dropFirst(written.count).split(separator: " ").first
            else { return false }
            return ofWords.contains(String(next))
        }
    }

    /// The words joining a title to the organisation or country it is of, folded.
    private static let ofWords: Set<String> = complementWords.union(["of"])

    /// Folded words, each in its masculine form where French marks the feminine by its ending
    /// ("cheffe", "directrice", "dirigeante", "présidente"), then without a final `e`, joined by
    /// spaces.
    private static func key(_ folded: [String]) -> String {
        folded.map(masculine).joined(separator: " ")
    }

    /// A folded word in its masculine form where French marks the feminine by its ending
    /// (« cheffe », « directrice »), or English the feminine or neutral ("chairwoman",
    /// "chairperson", "spokesperson"), then without a final `e`.
    static func masculine(_ folded: String) -> String {
        var word = folded
        for (feminine, masculine) in feminineEndings where word.count > feminine.count + 2 && word.hasSuffix(feminine) {
            word = String(word.dropLast(feminine.count)) + masculine
            break
        }
        return word.count > 3 && word.hasSuffix("e") ? String(word.dropLast()) : word
    }

    /// Feminine and neutral endings of titles and their masculine.
    private static let feminineEndings = [
        ("ffe", "f"), ("trice", "teur"), ("euse", "eur"), ("enne", "en"), ("woman", "man"), ("person", "man"),
    ]
}
