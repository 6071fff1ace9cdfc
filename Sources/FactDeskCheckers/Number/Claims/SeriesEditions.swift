import FactDeskKit

/// A series' editions and the words of their places, read from reference data once per draft:
/// edition claims, the series an edition noun stands for and a text's own time ask for the same
/// few series again and again, and reference data builds each edition's place spellings anew at
/// every request.
final class SeriesEditions {
    /// The place of an edition, with the folded words of each of its spellings to look for in a
    /// draft: every place of a place of several ("Villers-Cotterêts et Paris"), each as words
    /// between spaces and, when it has a hyphen, as words between spaces and hyphens, and when it
    /// has an elided article, with the article apart (« Côte d’Ivoire »).
    struct PlaceWords {
        var place: String
        var spellings: [[String]]
    }

    private let reference: any ReferenceLookup
    private var editionsBySeries: [String: [ReferenceEdition]] = [:]
    private var placeWordsBySeries: [String: [PlaceWords]] = [:]
    private var heldPlacesBySeries: [String: [String]] = [:]

    init(reference: any ReferenceLookup) {
        self.reference = reference
    }

    /// The series' editions by number, as ``ReferenceLookup/editions(ofSeries:)`` gives them.
    func editions(ofSeries id: String) -> [ReferenceEdition] {
        if let known = editionsBySeries[id] { return known }
        let editions = reference.editions(ofSeries: id)
        editionsBySeries[id] = editions
        return editions
    }

    /// The places of the series' editions that have one, in the editions' order.
    func placeWords(ofSeries id: String) -> [PlaceWords] {
        if let known = placeWordsBySeries[id] { return known }
        let found = editions(ofSeries: id).compactMap { edition -> PlaceWords? in
            guard let place = edition.place else { return nil }
            let spellings = edition.placeSpellings.flatMap(EditionNumberClaimBuilder.placeParts).flatMap { spelling in
                let whole = spelling.split(separator: " ").map { Fold.word(String($0)) }
                let split = spelling.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Fold.word(String($0)) }
                let elided = spelling.split(separator: " ").flatMap(Self.elisionParts).map(Fold.word)
                var forms = [whole]
                for form in [split, elided] where !forms.contains(form) { forms.append(form) }
                return forms.filter { !$0.isEmpty }
            }
            return PlaceWords(place: place, spellings: spellings)
        }
        placeWordsBySeries[id] = found
        return found
    }

    /// A word cut after an elided article's apostrophe, as drafts are tokenised: « d’Ivoire » is
    /// « d’ » and « Ivoire ».
    private static func elisionParts(_ word: Substring) -> [String] {
        guard let apostrophe = word.firstIndex(where: { $0 == "’" || $0 == "'" }), apostrophe != word.startIndex,
            word.index(after: apostrophe) != word.endIndex
        else { return [String(word)] }
        return [String(word[...apostrophe]), String(word[word.index(after: apostrophe)...])]
    }

    /// Every place where an edition of the series was held, each place of a place of several
    /// apart, folded.
    func heldPlaces(ofSeries id: String) -> [String] {
        if let known = heldPlacesBySeries[id] { return known }
        let held = editions(ofSeries: id).flatMap { $0.placeSpellings.flatMap(EditionNumberClaimBuilder.placeParts) }
            .map(Fold.word)
        heldPlacesBySeries[id] = held
        return held
    }
}
