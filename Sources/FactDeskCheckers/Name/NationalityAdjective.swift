import FactDeskReference

/// Whether a lowercase French word is a nationality adjective, as French writes it between a
/// title and a name: « le Premier ministre indien Narendra Modi », « le président sénégalais »,
/// « la cheffe du gouvernement togolaise ». Read by its ending (-ien, -ais, -ois, -ain, -éen,
/// -ol, -ique and their feminines) or as one of the adjectives without such an ending (russe,
/// turc, belge…), never a verb or adverb with such an ending (« bien », « mais », « demain »):
/// ``FrenchNationalityWords``.
enum NationalityAdjective {
    /// Whether `word`, as written, is a lowercase nationality adjective.
    static func isAdjective(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
        let folded = NameFolding.key(word)
        return folded.count >= 4 && FrenchNationalityWords.isNationality(folded, endings: endings)
    }

    /// The endings of nationality adjectives, with « -ique » (« britannique ») and « -ol »
    /// (« espagnol »): between a title and a name, few other adjectives stand.
    private static let endings = FrenchNationalityWords.endings + ["ol", "ole", "ique"]
}
