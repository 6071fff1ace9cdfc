import FactDeskKit

/// The French titles the `capitalised-title` rule knows, as lowercase words: a list of common
/// titles and every French role title of the reference data.
struct TitleLexicon: Sendable {
    /// Titles common in news copy.
    static let common: [String] = [
        "roi", "reine", "prince", "princesse", "émir", "cheikh", "sultan", "pape", "président", "présidente",
        "vice-président", "vice-présidente", "premier ministre", "première ministre", "ministre",
        "secrétaire général", "secrétaire générale", "directeur général", "directrice générale", "directeur",
        "directrice", "général", "général-major", "colonel", "commandant", "capitaine", "commissaire",
        "ambassadeur", "ambassadrice", "gouverneur", "maire", "préfet", "préfète",
    ]

    /// The titles as words, by first word, longest first.
    private let titlesByFirstWord: [String: [[String]]]

    /// The common titles and the French role titles of reference records.
    init(records: [NameRecord]) {
        var all = Set(Self.common)
        for record in records {
            for role in record.roles { if let title = role.title[.fr] { all.insert(title.lowercased()) } }
        }
        titlesByFirstWord = Dictionary(grouping: all.map { $0.split(separator: " ").map(String.init) }) { $0[0] }
            .mapValues { titles in titles.sorted { ($0.count, $0.joined()) > ($1.count, $1.joined()) } }
    }

    /// The number of words of the longest title written at a word, if any.
    func longestTitle(at index: Int, in words: WordSequence) -> Int? {
        titlesByFirstWord[words.folded(index)]?.first { title in
            guard index + title.count <= words.words.count else { return false }
            return title.indices.dropFirst().allSatisfy { offset in
                words.folded(index + offset) == title[offset] && words.areAdjacent(index + offset - 1, index + offset)
            }
        }?.count
    }
}
