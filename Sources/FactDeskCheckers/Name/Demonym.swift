import FactDeskReference

/// Whether a folded word is the demonym or adjective of a place name, in English or French:
/// "mauritanian" of "mauritania", "samoan" of "samoa", "chadian" of "chad", "mauritanien" of
/// "mauritanie", "senegalais" of "senegal", "marocains" of "maroc", "comorien" of "comores",
/// "ghaneen" of "ghana", and the words of ``IrregularDemonyms`` ("germans" of "germany").
/// Such a word is a few letters from the place name and is no misspelling of it.
enum Demonym {
    /// The endings a demonym adds to the place name or to its stem.
    static let endings: Set<String> = [
        "n", "an", "ian", "ean", "ese", "i", "ish", "ic", "ite", "er", "ien", "ienne", "ain", "aine", "ais", "aise",
        "ois", "oise", "en", "enne", "een", "eenne", "in", "ine", "ote",
    ]

    /// The endings of place names that demonyms replace, after the "s" of a plural name
    /// ("Comores", "Comoros") ("ia" of "Mauritania" is kept, "ie" of
    /// "Mauritanie" is not, "y" of "Italy" is not); the ending written in their place has two
    /// letters or more ("Harawi" is no demonym of "Harawe").
    private static let droppedEndings = ["ie", "a", "e", "o", "y", "i"]

    /// Whether `word` is a demonym of `place` (both folded).
    static func isDemonym(_ word: String, of place: String) -> Bool {
        guard place.count >= 3 else { return false }
        // "germans" of "germany": a nationality word of the irregular table, in the plural too.
        let singularWord = word.hasSuffix("s") ? String(word.dropLast()) : word
        if let spellings = IrregularDemonyms.places[word] ?? IrregularDemonyms.places[singularWord],
            spellings.contains(where: { NameFolding.key($0) == place })
        {
            return true
        }
        var stems = [(stem: place, shortestEnding: 1)]
        let singular = place.hasSuffix("s") && place.count >= 6 ? String(place.dropLast()) : place
        for ending in droppedEndings where singular.hasSuffix(ending) && singular.count - ending.count >= 3 {
            stems.append((String(singular.dropLast(ending.count)), 2))
        }
        return stems.contains { stem, shortestEnding in
            guard word.hasPrefix(stem), word.count >= stem.count + shortestEnding else { return false }
            var ending = String(word.dropFirst(stem.count))
            if ending.hasSuffix("s"), ending.count > 1, !endings.contains(ending) { ending.removeLast() }
            if ending.hasSuffix("e"), ending.count > 2, !endings.contains(ending) { ending.removeLast() }
            return ending.count >= shortestEnding && endings.contains(ending)
        }
    }
}
