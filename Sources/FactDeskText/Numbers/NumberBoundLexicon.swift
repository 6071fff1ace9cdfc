import FactDeskKit

/// The words before a number that bound it ("plus de", "au moins", "about", "up to"), by
/// ``Folding/key(_:)`` of each word.
enum NumberBoundLexicon {
    /// A phrase and what it says.
    struct Phrase {
        /// The words' keys, in text order.
        var words: [UInt64]
        var relation: NumberBound.Relation
    }

    /// The phrases, by the key of their last word, longest first ("pas moins de" before
    /// "moins de").
    static let phrasesByLastWord: [UInt64: [Phrase]] = {
        let phrases: [(String, NumberBound.Relation)] = [
            // French
            ("environ", .approximately), ("près de", .approximately), ("près d'", .approximately),
            ("quelque", .approximately), ("autour de", .approximately), ("aux alentours de", .approximately),
            ("de l'ordre de", .approximately), ("à peu près", .approximately), ("grosso modo", .approximately),
            ("presque", .nearly), ("pas loin de", .nearly), ("pas loin d'", .nearly),
            ("plus de", .moreThan), ("plus d'", .moreThan), ("un peu plus de", .moreThan),
            ("un peu plus d'", .moreThan), ("au moins", .atLeast), ("au minimum", .atLeast),
            ("pas moins de", .atLeast), ("pas moins d'", .atLeast), ("moins de", .lessThan),
            ("moins d'", .lessThan), ("un peu moins de", .lessThan), ("un peu moins d'", .lessThan),
            ("jusqu'à", .atMost), ("au plus", .atMost), ("tout au plus", .atMost), ("au maximum", .atMost),
            ("pas plus de", .atMost), ("pas plus d'", .atMost),
            // English
            ("about", .approximately), ("around", .approximately), ("approximately", .approximately),
            ("roughly", .approximately), ("some", .approximately), ("circa", .approximately),
            ("an estimated", .approximately), ("nearly", .nearly), ("almost", .nearly), ("close to", .nearly),
            ("more than", .moreThan), ("over", .moreThan), ("upwards of", .moreThan), ("in excess of", .moreThan),
            ("just over", .moreThan), ("well over", .moreThan), ("at least", .atLeast),
            ("no fewer than", .atLeast), ("no less than", .atLeast), ("a minimum of", .atLeast),
            ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("just under", .lessThan),
            ("up to", .atMost), ("at most", .atMost), ("no more than", .atMost), ("a maximum of", .atMost),
            ("as many as", .atMost),
        ]
        var byLastWord: [UInt64: [Phrase]] = [:]
        for (text, relation) in phrases {
            let words = splitElisions(text).map { Folding.key($0)! }
            byLastWord[words.last!, default: []].append(Phrase(words: words, relation: relation))
        }
        return byLastWord.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// Signs before a number: "~200", "≈ 200", "> 5", "≤ 10".
    static func symbol(_ mark: Unicode.Scalar?) -> NumberBound.Relation? {
        switch mark {
        case "~", "≈", "±": .approximately
        case ">": .moreThan
        case "≥": .atLeast
        case "<": .lessThan
        case "≤": .atMost
        default: nil
        }
    }

    /// The words of a phrase as the tokenizer splits them: "près d'" is one word, "jusqu'à" two.
    private static func splitElisions(_ text: String) -> [String] {
        text.split(separator: " ").flatMap { word -> [String] in
            guard let apostrophe = word.firstIndex(of: "'"), word.index(after: apostrophe) < word.endIndex else {
                return [String(word)]
            }
            return [String(word[...apostrophe]), String(word[word.index(after: apostrophe)...])]
        }
    }
}
