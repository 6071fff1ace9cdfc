import FactDeskKit

/// The French titles the `capitalised-title` rule knows, as lowercase words: a list of common
/// titles and every French role title of the reference data.
struct TitleLexicon {
    /// Titles common in news copy.
    static let common: [String] = [
        "roi", "reine", "prince", "princesse", "émir", "cheikh", "sultan", "pape", "président", "présidente",
        "vice-président", "vice-présidente", "premier ministre", "première ministre", "ministre",
        "secrétaire général", "secrétaire générale", "directeur général", "directrice générale", "directeur",
        "directrice", "général", "général-major", "colonel", "commandant", "capitaine", "commissaire",
        "ambassadeur", "ambassadrice", "gouverneur", "maire", "préfet", "préfète",
    ]

    /// Every title as words, longest first.
    let titles: [[String]]

    /// The common titles and the reference data's French role titles, when it has roles.
    init(reference: (any ReferenceLookup)?) {
        var all = Set(Self.common)
        if let records = reference as? any NameRecords {
            for record in records.nameRecords() {
                for role in record.roles { if let title = role.title[.fr] { all.insert(title.lowercased()) } }
            }
        }
        titles = all.map { $0.split(separator: " ").map(String.init) }.sorted { ($0.count, $0.joined()) > ($1.count, $1.joined()) }
    }

    /// The number of words of the longest title written at a word, if any.
    func longestTitle(at index: Int, in words: WordSequence) -> Int? {
        titles.first { title in
            guard index + title.count <= words.words.count else { return false }
            return title.indices.allSatisfy { offset in
                words.folded(index + offset) == title[offset]
                    && (offset == 0 || words.areAdjacent(index + offset - 1, index + offset))
            }
        }?.count
    }
}
