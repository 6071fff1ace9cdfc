import FactDeskReference
import FactDeskText

/// When two folded words of names in one draft are one name written two ways rather than two
/// names: another romanisation ("Zelenskyy", "Zelensky"), a letter dropped or added, or two
/// neighbouring letters swapped, from ``shortestDroppedOrSwapped`` letters ("Stamer", "Starmer"),
/// or one letter changed, from ``shortestChanged`` letters ("Urquisa", "Urquiza"); shorter words
/// one letter apart are often other names ("Hansen", "Jansen"; "Marin", "Martin"), or up to two
/// vowels changed, added or dropped inside the word, from ``shortestVowelChanged`` letters
/// ("Vautrinaut", "Vautrinot"). A family name that a full name introduced earlier licenses
/// more: a lone word one letter from it from ``shortestIntroduced`` letters ("Sal" after "Macky
/// Sall", "Heur" after "Rolf Heuer"), or two letters from it from ``shortestIntroducedTwoEdits``
/// letters with the same first letter ("Bagchee" after "Arindam Bagchi"). A demonym is no
/// variant of its place ("Samoan" of "Samoa"), a lone plural no variant of the family name
/// ("the Bidens"), and an ordinary word of the language ("Council") is no family name written alone.
enum SurnameVariants {
    /// The shortest word read as another's variant by a letter dropped, added or swapped.
    static let shortestDroppedOrSwapped = 6
    /// The shortest word read as another's variant by one letter changed.
    static let shortestChanged = 7
    /// The shortest word read as another's romanisation.
    static let shortestRomanised = 5
    /// The shortest word read as another's variant by up to two vowels changed, added or dropped.
    static let shortestVowelChanged = 8
    /// The shortest word read as a variant of a family name introduced by a full name, by one
    /// letter dropped, added or swapped ("Sal", "Sall").
    static let shortestIntroduced = 3
    /// The shortest word read as a variant of an introduced family name by one letter changed
    /// ("Mody", "Modi").
    static let shortestIntroducedChanged = 4
    /// The shortest word read as a variant of an introduced family name by two edits, with the
    /// same first letter ("Bagchee", "Bagchi").
    static let shortestIntroducedTwoEdits = 6
    /// The longest word keyed by its two-letter deletions: family names are shorter, and the keys
    /// of a longer word would grow with the square of its letters.
    static let longestKeyedTwice = 15

    /// Whether a folded word may be a family name written alone: long enough (from
    /// ``shortestIntroduced`` letters when a full name `introduced` it, else from
    /// ``shortestRomanised``), no ordinary word of the language ("Council", "Minister") unless
    /// the reference data's full name of a `person` has it ("Trump" of "Donald Trump"), and no
    /// Roman numeral ("III" of "Charles III").
    static func mayBeSurname(_ word: String, introduced: Bool = false, person: Bool = false) -> Bool {
        word.unicodeScalars.count >= (introduced ? shortestIntroduced : shortestRomanised)
            && (person || !OrdinaryWords.contains(word))
            && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
            && !word.unicodeScalars.allSatisfy { "ivxlcdm".unicodeScalars.contains($0) }
    }

    /// The keys under which a word is found by its variants: the word, each of its one-letter
    /// deletions from four letters (a variant by one edit shares one of them), its two-letter
    /// deletions from ``shortestIntroducedTwoEdits`` to ``longestKeyedTwice`` letters (a variant
    /// by two edits shares one of them or of its one-letter deletions), its consonants and its
    /// transliteration key.
    static func keys(of word: String) -> [String] {
        let letters = Array(word.unicodeScalars)
        var keys = [word, "~" + Transliteration.key(word)]
        if letters.count >= shortestVowelChanged { keys.append("#" + String(String.UnicodeScalarView(consonants(letters)))) }
        guard letters.count > shortestIntroduced else { return keys }
        var seen = Set(keys)
        for deleted in deletions(of: letters) {
            let key = String(String.UnicodeScalarView(deleted))
            if seen.insert(key).inserted { keys.append(key) }
            guard (shortestIntroducedTwoEdits...longestKeyedTwice).contains(letters.count) else { continue }
            for twice in deletions(of: deleted) {
                let key = String(String.UnicodeScalarView(twice))
                if seen.insert(key).inserted { keys.append(key) }
            }
        }
        return keys
    }

    /// The letters with one of them left out, each way.
    private static func deletions(of letters: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        letters.indices.map { index in
            var deleted = letters
            deleted.remove(at: index)
            return deleted
        }
    }

    /// Whether two different folded words (with their letters) are one name written two ways;
    /// `withinName` when the other words of the two names are the same ("Marta Hansen", "Marta
    /// Hanssen"), which allows words one letter shorter; `introduced` when `other` is the family
    /// name of a full name written earlier and `one` a lone word that no full name introduced
    /// ("Szaba" after "Lena Szabo", "Sal" after "Macky Sall"), which allows the edits of
    /// ``areIntroducedVariants(_:_:)``, and a family name that looks like a demonym of the lone
    /// word ("Heuer" of "Heur").
    static func areVariants(
        _ one: String, _ other: String, _ mine: [Unicode.Scalar], _ theirs: [Unicode.Scalar], withinName: Bool = false,
        introduced: Bool = false
    ) -> Bool {
        guard one != other, !Demonym.isDemonym(one, of: other), !CountryNames.areTwoCountries(one, other),
            withinName || !isPlural(one, of: other)
        else { return false }
        if introduced, areIntroducedVariants(mine, theirs) { return true }
        guard !Demonym.isDemonym(other, of: one) else { return false }
        let shorter = min(mine.count, theirs.count) + (withinName ? 1 : 0)
        if shorter >= shortestRomanised, Transliteration.key(one) == Transliteration.key(other) { return true }
        // Same first and last letters: an ending added is another word ("Yugoslav", "Yugoslavia";
        // "Australie", "Australia").
        if shorter >= shortestVowelChanged, mine.first == theirs.first, mine.last == theirs.last,
            consonants(mine) == consonants(theirs), WordDistance.between(mine, theirs, bound: 2) != nil
        {
            return true
        }
        guard shorter >= shortestDroppedOrSwapped, WordDistance.between(mine, theirs, bound: 1) == 1 else {
            return false
        }
        return mine.count != theirs.count || isSwap(mine, theirs) || shorter >= shortestChanged
    }

    /// Whether a lone word (`mine`) writes otherwise a family name a full name introduced
    /// (`theirs`): one letter dropped, added or swapped from ``shortestIntroduced`` letters,
    /// changed from ``shortestIntroducedChanged``, or two edits from
    /// ``shortestIntroducedTwoEdits`` letters with the same first letter.
    private static func areIntroducedVariants(_ mine: [Unicode.Scalar], _ theirs: [Unicode.Scalar]) -> Bool {
        let shorter = min(mine.count, theirs.count)
        guard shorter >= shortestIntroduced else { return false }
        let bound = shorter >= shortestIntroducedTwoEdits && mine.first == theirs.first ? 2 : 1
        guard let edits = WordDistance.between(mine, theirs, bound: bound), edits > 0 else { return false }
        return edits == 2 || mine.count != theirs.count || isSwap(mine, theirs) || shorter >= shortestIntroducedChanged
    }

    /// Whether a folded word is a family name in the plural ("bidens" of "biden").
    private static func isPlural(_ word: String, of name: String) -> Bool {
        word == name + "s" || word == name + "es"
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
