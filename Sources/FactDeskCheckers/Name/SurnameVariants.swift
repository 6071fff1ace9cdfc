import FactDeskReference
import FactDeskText

/// When two folded words of names in one draft are one name written two ways rather than two
/// names: another romanisation ("Zelenskyy", "Zelensky"), a letter dropped or added, or two
/// neighbouring letters swapped, from ``shortestDroppedOrSwapped`` letters ("Stamer", "Starmer"),
/// or one letter changed, from ``shortestChanged`` letters ("Urquisa", "Urquiza"); shorter words
/// one letter apart are often other names ("Hansen", "Jansen"; "Marin", "Martin"), or up to two
/// vowels changed, added or dropped inside the word, from ``shortestVowelChanged`` letters
/// ("Vautrinaut", "Vautrinot"). A demonym is
/// no variant of its place ("Samoan" of "Samoa"), and an ordinary word of the language
/// ("Council") is no family name written alone.
enum SurnameVariants {
    /// The shortest word read as another's variant by a letter dropped, added or swapped.
    static let shortestDroppedOrSwapped = 6
    /// The shortest word read as another's variant by one letter changed.
    static let shortestChanged = 7
    /// The shortest word read as another's romanisation.
    static let shortestRomanised = 5
    /// The shortest word read as another's variant by up to two vowels changed, added or dropped.
    static let shortestVowelChanged = 8

    /// Whether a folded word may be a family name written alone: long enough, and no ordinary
    /// word of the language ("Council", "Minister").
    static func mayBeSurname(_ word: String) -> Bool {
        word.unicodeScalars.count >= shortestRomanised && !OrdinaryWords.contains(word)
            && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    /// The keys under which a word is found by its variants: the word, each of its one-letter
    /// deletions (a variant by one edit shares one of them), and its transliteration key.
    static func keys(of word: String) -> [String] {
        let letters = Array(word.unicodeScalars)
        var keys = [word, "~" + Transliteration.key(word)]
        if letters.count >= shortestVowelChanged { keys.append("#" + String(String.UnicodeScalarView(consonants(letters)))) }
        guard letters.count >= shortestDroppedOrSwapped - 1 else { return keys }
        for index in letters.indices {
            var deleted = letters
            deleted.remove(at: index)
            let key = String(String.UnicodeScalarView(deleted))
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    /// Whether two different folded words (with their letters) are one name written two ways;
    /// `withinName` when the other words of the two names are the same ("Marta Hansen", "Marta
    /// Hanssen"), which allows words one letter shorter; `introduced` when `other` is the family
    /// name of a full name written earlier and `one` a lone word that no full name introduced
    /// ("Szaba" after "Lena Szabo"), which allows any one edit from ``shortestRomanised``
    /// letters.
    static func areVariants(
        _ one: String, _ other: String, _ mine: [Unicode.Scalar], _ theirs: [Unicode.Scalar], withinName: Bool = false,
        introduced: Bool = false
    ) -> Bool {
        guard one != other, !Demonym.isDemonym(one, of: other), !Demonym.isDemonym(other, of: one)
        else { return false }
        let shorter = min(mine.count, theirs.count) + (withinName ? 1 : 0)
        if shorter >= shortestRomanised, Transliteration.key(one) == Transliteration.key(other) { return true }
        // Same first and last letters: an ending added is another word ("Yugoslav", "Yugoslavia";
        // "Australie", "Australia").
        if shorter >= shortestVowelChanged, mine.first == theirs.first, mine.last == theirs.last,
            consonants(mine) == consonants(theirs), WordDistance.between(mine, theirs, bound: 2) != nil
        {
            return true
        }
        let (droppedOrSwapped, changed) =
            introduced ? (shortestRomanised, shortestRomanised) : (shortestDroppedOrSwapped, shortestChanged)
        guard shorter >= droppedOrSwapped, WordDistance.between(mine, theirs, bound: 1) == 1 else {
            return false
        }
        return mine.count != theirs.count || isSwap(mine, theirs) || shorter >= changed
    }

    /// Whether two words of the same length differ by two neighbouring letters swapped.
    static func isSwap(_ mine: [Unicode.Scalar], _ theirs: [Unicode.Scalar]) -> Bool {
        let differing = mine.indices.filter { mine[$0] != theirs[$0] }
        return differing.count == 2 && differing[1] == differing[0] + 1 && mine[differing[0]] == theirs[differing[1]]
            && mine[differing[1]] == theirs[differing[0]]
    }

    /// The letters of a folded word but its vowels.
    private static func consonants(_ letters: [Unicode.Scalar]) -> [Unicode.Scalar] {
        letters.filter { !"aeiouy".unicodeScalars.contains($0) }
    }
}
