import FactDeskKit
import FactDeskReference

/// The place of the reference data a nationality word names: "comorien" and "Comorian" name the
/// place spelt "Comores" or "Comoros", « sénégalais » the one spelt "Sénégal", "Italian" the one
/// spelt "Italy". The place's spelling is rebuilt from the word's stem with the usual endings of
/// place names and looked up exactly. A nationality whose place is spelt otherwise (« russe »,
/// « ivoirien », "British", "Dutch") is looked up with the usual spellings of its place
/// (``IrregularDemonyms``); a nationality of no place of the book names none, and the caller
/// stays silent.
enum DemonymPlace {
    /// The place record `word` is the demonym of, or `nil` when none of the book is.
    static func place(of word: String, in book: NameBook) -> NameRecord? {
        let folded = NameFolding.key(word)
        if let spellings = IrregularDemonyms.places[folded] {
            return spellings.lazy.compactMap { book.firstRecord(foldedAs: NameFolding.tokens($0)) }
                .first { $0.kind == .place }
        }
        for ending in demonymEndings where folded.hasSuffix(ending) {
            let stem = String(folded.dropLast(ending.count))
            guard stem.count >= 3 else { continue }
            for placeEnding in placeEndings {
                let spelling = stem + placeEnding
                if Demonym.isDemonym(folded, of: spelling), let record = book.firstRecord(foldedAs: [spelling]),
                    record.kind == .place
                {
                    return record
                }
            }
        }
        return nil
    }

    /// ``Demonym/endings``, longest first.
    private static let demonymEndings = Demonym.endings.sorted { $0.count > $1.count }

    /// The endings a place name has where its demonym has another.
    private static let placeEndings = ["", "ie", "a", "e", "o", "y", "i", "es", "os", "s"]
}
