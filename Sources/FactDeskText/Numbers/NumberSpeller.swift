import FactDeskKit

/// Writes numbers in French or English words, the inverse of ``NumberWords``: checkers use it
/// to suggest a correction in the words the draft used ("cent quatre-vingt-seize").
public struct NumberSpeller: Sendable {
    /// How French numbers are spelt.
    public enum FrenchTens: Sendable, Hashable {
        /// France: "soixante-dix", "quatre-vingts", "quatre-vingt-dix".
        case standard
        /// Belgium: "septante", "quatre-vingts", "nonante".
        case belgian
        /// Switzerland: "septante", "huitante", "nonante".
        case swiss
    }

    /// The language.
    public var language: Language
    /// French: hyphens between every word, as the 1990 spelling has it ("deux-cent-mille"),
    /// rather than only below a hundred ("deux cent mille").
    public var hyphenatesAll: Bool
    /// French: which tens.
    public var frenchTens: FrenchTens
    /// English: "and" after hundreds ("one hundred and ninety-six").
    public var usesAnd: Bool

    /// Creates a speller.
    public init(
        language: Language, hyphenatesAll: Bool = false, frenchTens: FrenchTens = .standard, usesAnd: Bool = false
    ) {
        self.language = language
        self.hyphenatesAll = hyphenatesAll
        self.frenchTens = frenchTens
        self.usesAnd = usesAnd
    }

    /// A speller that writes like `words` ("septante-trois", "a hundred and five").
    public init(matching words: String, language: Language) {
        let folded = words.lowercased()
        self.init(
            language: language,
            hyphenatesAll: language == .fr && !folded.contains(" ") && folded.contains("-")
                && ["cent", "mille", "million", "milliard"].contains { folded.contains($0) },
            frenchTens: folded.contains("huitante") || folded.contains("octante")
                ? .swiss : folded.contains("septante") || folded.contains("nonante") ? .belgian : .standard,
            usesAnd: language == .en && folded.split(separator: " ").contains("and"))
    }

    /// The cardinal in words, for 0 ≤ `value` < 10¹⁵; `nil` outside.
    public func cardinal(_ value: Int) -> String? {
        guard (0..<1_000_000_000_000_000).contains(value) else { return nil }
        let parts = language == .fr ? frenchParts(value) : englishParts(value)
        // Each part is written with its own hyphens ("quatre-vingt-treize"); parts are apart by
        // spaces, or by hyphens in the French 1990 spelling.
        return parts.joined(separator: hyphenatesAll ? "-" : " ")
    }

    /// The ordinal in words ("quatre-vingt-treizième", "ninety-third"), for 1 ≤ `value` < 10¹⁵.
    /// - Parameter feminine: French "première" rather than "premier".
    public func ordinal(_ value: Int, feminine: Bool = false) -> String? {
        guard value >= 1, let cardinal = cardinal(value) else { return nil }
        if language == .fr, value == 1 { return feminine ? "première" : "premier" }
        let lastWordStart =
            cardinal.lastIndex { $0 == " " || $0 == "-" }.map(cardinal.index(after:)) ?? cardinal.startIndex
        let lastWord = String(cardinal[lastWordStart...])
        let ordinal = language == .fr ? Self.frenchOrdinal(lastWord) : Self.englishOrdinal(lastWord)
        return cardinal[..<lastWordStart] + ordinal
    }

    /// Digits with the ordinal suffix: "93e", "1er", "93rd", "21st". French keeps `frenchSuffix`
    /// ("e", "ème", "ᵉ") except for 1.
    public static func digitOrdinal(
        _ value: Int, language: Language, frenchSuffix: String = "e", feminine: Bool = false
    )
        -> String
    {
        switch language {
        case .fr:
            return "\(value)" + (value == 1 ? (feminine ? "re" : "er") : frenchSuffix)
        case .en:
            let lastTwo = value % 100
            let suffix =
                (11...13).contains(lastTwo) ? "th" : [1: "st", 2: "nd", 3: "rd"][value % 10, default: "th"]
            return "\(value)\(suffix)"
        }
    }

    /// "treize" → "treizième", "cinq" → "cinquième", "cents" → "centième".
    private static func frenchOrdinal(_ word: String) -> String {
        var stem = word
        switch stem {
        case "cinq": stem = "cinqu"
        case "neuf": stem = "neuv"
        case "cents", "vingts", "millions", "milliards": stem.removeLast()
        default: if stem.hasSuffix("e") { stem.removeLast() }
        }
        return stem + "ième"
    }

    /// "three" → "third", "twenty" → "twentieth", "hundred" → "hundredth".
    private static func englishOrdinal(_ word: String) -> String {
        let irregular = [
            "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
            "twelve": "twelfth",
        ]
        if let ordinal = irregular[word] { return ordinal }
        if word.hasSuffix("y") { return word.dropLast() + "ieth" }
        return word + "th"
    }
}
