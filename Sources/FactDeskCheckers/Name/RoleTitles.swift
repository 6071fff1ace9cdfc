import FactDeskKit
import FactDeskReference

/// The titles people hold in the reference data ("président", "Secretary General"), to spot
/// one written before a name.
///
/// Titles compare folded for case and accents and with a final French feminine `e` dropped from
/// each word, so "Présidente", "présidente" and "président" are one title.
struct RoleTitles: Sendable {
    /// The longest title, in words.
    let maximumWords: Int
    private let keys: Set<String>
    /// The first words of the titles written with a complement ("ministre" of « ministre de
    /// l’Intérieur »): such a word followed by « de », « des »… and capitalised words is a title
    /// of the same kind, whether or not a role has it (« ministre des Armées »).
    private let heads: Set<String>

    init(_ roles: some Sequence<ReferenceRole>) {
        self.init(titles: roles.lazy.flatMap(\.title.values))
    }

    /// The titles written in roles, in any language.
    init(titles: some Sequence<String>) {
        var keys = Set<String>()
        var heads = Set<String>()
        var maximumWords = 0
        for title in titles {
            let words = NameFolding.tokens(title)
            guard !words.isEmpty else { continue }
            keys.insert(Self.key(words))
            if words.count > 1, Self.complementWords.contains(words[1]) { heads.insert(Self.key([words[0]])) }
            maximumWords = max(maximumWords, words.count)
        }
        self.keys = keys
        self.heads = heads
        self.maximumWords = maximumWords
    }

    /// The words that open a title's complement in French: « de », « des », « du », « d’ »,
    /// « la », « l’ ».
    static let complementWords: Set<String> = ["de", "des", "du", "d", "la", "l"]

    /// Whether a word opens titles written with a complement ("ministre").
    func isHead(_ word: String) -> Bool {
        heads.contains(Self.key(NameFolding.tokens(word)))
    }

    /// Whether a role's title opens with the same word as these words ("ministre").
    static func title(of role: ReferenceRole, sharesHeadWith words: [String]) -> Bool {
        guard let head = words.flatMap(NameFolding.tokens).first else { return false }
        return role.title.values.contains { NameFolding.tokens($0).first.map { key([$0]) == key([head]) } ?? false }
    }

    /// Whether some words are a title.
    func contains(_ words: [String]) -> Bool {
        !words.isEmpty && keys.contains(Self.key(words.flatMap(NameFolding.tokens)))
    }

    /// Whether a role's title, in any language, is the title these words write, in full, or
    /// one of them the other with more words after it: "President" before the President of
    /// the Council of Ministers, « président de la République » before a président.
    static func title(of role: ReferenceRole, matches words: [String]) -> Bool {
        let written = key(words.flatMap(NameFolding.tokens))
        return role.title.values.contains {
            let title = key(NameFolding.tokens($0))
            return title == written || title.hasPrefix(written + " ") || written.hasPrefix(title + " ")
        }
    }

    /// Folded words, each without a final `e`, joined by spaces.
    private static func key(_ folded: [String]) -> String {
        folded.map { $0.count > 3 && $0.hasSuffix("e") ? String($0.dropLast()) : $0 }.joined(separator: " ")
    }
}
