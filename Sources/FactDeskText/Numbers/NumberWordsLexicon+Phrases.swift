import FactDeskKit

/// The small words around numbers: percent words, articles, multiplying nouns, and the "de"
/// that joins a scale to what it counts.
extension NumberWordsLexicon {
    /// A noun that multiplies the number before it: "dozen" (exactly 12), or a French
    /// approximate count ("une douzaine", "une centaine", "un millier").
    struct Multiplier {
        var factor: Int
        var isApproximate: Bool
    }

    /// The multiplying nouns, by key.
    static let multipliers: [UInt64: Multiplier] = {
        var multipliers: [UInt64: Multiplier] = [Folding.key("dozen")!: Multiplier(factor: 12, isApproximate: false)]
        let french: [(String, Int)] = [
            ("dizaine", 10), ("douzaine", 12), ("quinzaine", 15), ("vingtaine", 20), ("trentaine", 30),
            ("quarantaine", 40), ("cinquantaine", 50), ("soixantaine", 60), ("centaine", 100), ("millier", 1_000),
        ]
        for (word, factor) in french {
            for form in [word, word + "s"] {
                multipliers[Folding.key(form)!] = Multiplier(factor: factor, isApproximate: true)
            }
        }
        return multipliers
    }()

    /// Articles that stand for one before a multiplying noun: "une douzaine", "a dozen".
    static let articles: Set<UInt64> = Set(["un", "une", "a", "an"].map { Folding.key($0)! })

    /// "de", "d’", "of": between a scale or count and what it counts ("2 millions d’euros").
    static let complementWords: Set<UInt64> = Set(["de", "d'", "of"].map { Folding.key($0)! })

    /// "percent", "pourcent"; and "pour cent", "per cent" in two words.
    static let percentWords: Set<UInt64> = [Folding.key("percent")!, Folding.key("pourcent")!]
    static let percentPrefixes: Set<UInt64> = [Folding.key("pour")!, Folding.key("per")!]
    static let cent = Folding.key("cent")!

    /// The word that opens a range, and the word that continues it: "entre … et", "between … and".
    static let rangeOpeners: [UInt64: UInt64] = [
        Folding.key("entre")!: Folding.key("et")!, Folding.key("between")!: Folding.key("and")!,
    ]
    static let to = Folding.key("to")!

    /// "de", "d’", "from" after a verb of change: "est passé de 150 à 200".
    static let changeOpeners: Set<UInt64> = Set(["de", "d'", "from"].map { Folding.key($0)! })

    /// Verbs of change before "de … à", "from … to".
    static let changeVerbs: Set<UInt64> = Set(
        [
            "passe", "passee", "passes", "passees", "grimpe", "augmente", "baisse", "chute", "recule", "progresse",
            "diminue", "monte", "tombe", "bondi", "evolue", "rose", "risen", "grew", "grown", "fell", "fallen",
            "increased", "decreased", "climbed", "dropped", "went", "jumped", "declined", "rising", "falling",
            "growing", "soared", "plunged", "expanded", "expanding", "increasing", "raised", "elargi", "elargie",
        ].map { Folding.key($0)! })
}
