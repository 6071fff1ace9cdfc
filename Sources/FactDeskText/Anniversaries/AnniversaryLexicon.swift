/// The words of anniversaries, by ``Folding/key(_:)``.
enum AnniversaryLexicon {
    /// What a word is to the anniversary scanner.
    enum Word {
        /// "anniversaire", "anniversary": an ordinal comes before it.
        case noun
        /// "centenary": an anniversary by itself.
        case englishYears(Int)
        /// "centenaire": an anniversary after a determiner.
        case frenchYears(Int)
    }

    /// Every word the scanner reads, for one look-up per word.
    static let words: [UInt64: Word] = {
        var words: [UInt64: Word] = [:]
        for key in nouns { words[key] = .noun }
        for (key, years) in englishNouns { words[key] = .englishYears(years) }
        for (key, years) in frenchNouns { words[key] = .frenchYears(years) }
        return words
    }()

    /// The nouns an ordinal goes before: "anniversaire", "anniversary", "birthday" ("its 75th
    /// birthday").
    static let nouns: Set<UInt64> = Set(["anniversaire", "anniversary", "birthday"].map { Folding.key($0)! })

    /// English nouns that are an anniversary by themselves, with its years.
    static let englishNouns: [UInt64: Int] = keyed([
        "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
    ])

    /// French nouns that are an anniversary by themselves after a determiner ("le centenaire").
    static let frenchNouns: [UInt64: Int] = keyed(["centenaire": 100, "bicentenaire": 200, "tricentenaire": 300])

    /// Those too long for a key (over ``Folding/maximumLength`` letters), lowercase.
    static let longFrenchNouns: [String: Int] = ["cinquantenaire": 50]

    /// Determiners that make "centenaire" the anniversary, not a person aged 100.
    static let frenchDeterminers: Set<UInt64> = Set(
        ["le", "du", "au", "son", "ce", "notre", "votre", "leur"].map { Folding.key($0)! })

    private static func keyed(_ words: [String: Int]) -> [UInt64: Int] {
        Dictionary(uniqueKeysWithValues: words.map { (Folding.key($0.key)!, $0.value) })
    }
}
