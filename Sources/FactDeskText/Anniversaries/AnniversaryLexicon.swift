/// The words of anniversaries, by ``Folding/key(_:)``.
enum AnniversaryLexicon {
    /// The nouns an ordinal goes before: "anniversaire", "anniversary".
    static let nouns: Set<UInt64> = Set(["anniversaire", "anniversary"].map { Folding.key($0)! })

    /// English nouns that are an anniversary by themselves, with its years.
    static let englishNouns: [UInt64: Int] = keyed([
        "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
    ])

    /// French nouns that are an anniversary by themselves after a determiner ("le centenaire").
    static let frenchNouns: [UInt64: Int] = keyed(["centenaire": 100, "bicentenaire": 200])

    /// Those too long for a key, lowercase.
    static let longFrenchNouns: [String: Int] = ["cinquantenaire": 50, "tricentenaire": 300]

    /// Determiners that make "centenaire" the anniversary, not a person aged 100.
    static let frenchDeterminers: Set<UInt64> = Set(
        ["le", "du", "au", "son", "ce", "notre", "votre", "leur"].map { Folding.key($0)! })

    private static func keyed(_ words: [String: Int]) -> [UInt64: Int] {
        Dictionary(uniqueKeysWithValues: words.map { (Folding.key($0.key)!, $0.value) })
    }
}
