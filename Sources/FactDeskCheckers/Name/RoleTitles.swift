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

    init(_ roles: some Sequence<ReferenceRole>) {
        var keys = Set<String>()
        var maximumWords = 0
        for role in roles {
            for title in role.title.values {
                let words = NameFolding.tokens(title)
                guard !words.isEmpty else { continue }
                keys.insert(Self.key(words))
                maximumWords = max(maximumWords, words.count)
            }
        }
        self.keys = keys
        self.maximumWords = maximumWords
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
