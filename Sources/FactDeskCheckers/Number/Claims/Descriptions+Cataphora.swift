import FactDeskKit

/// The two halves of a cataphora, a count whose subject the draft names only in the next
/// sentence: an indefinite generic head before a colon that opens the count (« s’ouvre un procès
/// fleuve : 30 prévenus », "A long trial opens today: 30 defendants"), and, in the next sentence,
/// a demonstrative or definite description followed by the name (« Dans ce dossier des fraudes
/// du port, », "In this case, the harbour fraud trial").
extension Descriptions {
    /// Indefinite determiners of a generic head, folded, by language (folded « à » is "a").
    static let indefiniteDeterminers: [Language: Set<String>] = [.fr: ["un", "une", "des"], .en: ["a", "an"]]
    /// Determiners of the description that names the head's subject, folded.
    static let namingDeterminers: Set<String> = [
        "this", "that", "these", "the", "ce", "cet", "cette", "ces", "le", "la", "l'", "les",
    ]
    /// Demonstratives among them, after which the name may hold the noun (« ce procès Dupont »), folded.
    static let demonstratives: Set<String> = ["this", "that", "these", "ce", "cet", "cette", "ces"]
    /// Nouns of a generic head or its naming description besides ``nouns``, folded: a case that a
    /// trial is (« cette affaire », "this case"), a congress, and a session, of an event or of the
    /// body that holds it.
    static let cataphoricNouns: [String: Set<ReferenceSubject.Kind>] = [
        "affaire": [.event, .other], "dossier": [.event, .other], "case": [.event, .other],
        "congres": [.event, .other], "congress": [.event, .other],
        "session": [.event, .organization, .other],
    ]
    /// How many words may stand between a generic head and its colon (« hors norme », "opens in Port-Lac on Monday").
    static let headReach = 6
    /// How many tokens from its sentence's start the naming description may open (« Dans cette affaire »).
    static let namingReach = 3

    /// A generic head: its words and the kinds of subject its noun names.
    struct GenericHead {
        var tokens: Range<Int>
        var kinds: Set<ReferenceSubject.Kind>
    }

    /// The indefinite generic head before the colon at token `colon`: a description's noun
    /// after « un », « une », « des », "a", "an" (with at most ``modifierReach`` words between), then at
    /// most ``headReach`` words up to the colon.
    func indefiniteHead(beforeColon colon: Int, sentence: Range<Int>) -> GenericHead? {
        guard colon > sentence.lowerBound, document.tokens[colon].text == ":" else { return nil }
        var index = colon - 1
        while index >= sentence.lowerBound, colon - 1 - index <= Self.headReach, document.tokens[index].kind == .word {
            if let kinds = Self.cataphoricKinds(folded(index)),
                let start = indefinite(before: index, floor: sentence.lowerBound)
            {
                return GenericHead(tokens: start..<index + 1, kinds: kinds)
            }
            index -= 1
        }
        return nil
    }

    /// The description near the start of sentence `sentence` whose noun fits one of `kinds`,
    /// and the tokens where a name right after it may start: right after the noun (« ce procès
    /// Dupont »), on the noun after a demonstrative (« ce procès des fraudes du port »), after
    /// « de », « des », "of" and an article (« cette affaire des fraudes du port »), or after a
    /// comma and an article ("this case, the harbour fraud trial").
    func naming(in sentence: Range<Int>, kinds: Set<ReferenceSubject.Kind>) -> (words: Range<Int>, nameStart: [Int])? {
        let limit = min(sentence.upperBound - 2, sentence.lowerBound + Self.namingReach)
        guard sentence.lowerBound < limit else { return nil }
        for determiner in sentence.lowerBound..<limit where Self.namingDeterminers.contains(folded(determiner)) {
            let noun = determiner + 1
            guard let nounKinds = Self.cataphoricKinds(folded(noun)), !nounKinds.isDisjoint(with: kinds) else {
                continue
            }
            // « ce procès de la rue du Chêne »: after a demonstrative, the name may open on the noun.
            var starts = Self.demonstratives.contains(folded(determiner)) ? [noun, noun + 1] : [noun + 1]
            let next = noun + 1
            if ClaimWords.complementWords.contains(folded(next)) || document.tokens[next].text == "," {
                let name = ClaimWords.articles.contains(folded(next + 1)) ? next + 2 : next + 1
                starts += [next + 1, name]
            }
            return (determiner..<noun + 1, starts.filter { $0 < sentence.upperBound })
        }
        return nil
    }

    /// The kinds of subject a noun of a generic head or its naming description refers to; not places.
    private static func cataphoricKinds(_ noun: String) -> Set<ReferenceSubject.Kind>? {
        guard let kinds = cataphoricNouns[noun] ?? nouns[noun], kinds != [.place] else { return nil }
        return kinds
    }

    /// An indefinite determiner within ``modifierReach`` words before a noun, with no definite one between.
    private func indefinite(before noun: Int, floor: Int) -> Int? {
        let indefinites = Self.indefiniteDeterminers[document.language] ?? []
        var index = noun - 1
        while index >= floor, noun - index <= Self.modifierReach {
            if indefinites.contains(folded(index)) { return index }
            // "A week-long trial": a compound modifier's hyphen may stand between.
            guard document.tokens[index].kind == .word || document.tokens[index].text == "-",
                !Self.determiners.contains(folded(index))
            else { return nil }
            index -= 1
        }
        return nil
    }

    /// The folded word at `index`, empty for a token that is not a word.
    private func folded(_ index: Int) -> String {
        let token = document.tokens[index]
        return token.kind == .word ? Fold.word(token.text) : ""
    }
}
