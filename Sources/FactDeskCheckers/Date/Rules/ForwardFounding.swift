import FactDeskKit

/// A date that opens its sentence and a founding a few words on: "On 3 May 1961, the treaty
/// came into force, establishing the Union", « Le 3 mai 1961 a vu naître l’Union », "In 1961,
/// the union was founded", « En 1961, l’union a été créée ».
///
/// With a gerund or « naître » the founded thing follows the word; with a passive ("was
/// founded", « a été créée ») it stands before the auxiliary. A founding word followed by a year
/// of its own ("In 2010, the fund, which was created in 1990, …") is that other year's; a date
/// of signing ("On 3 May 1961 the charter was signed, creating the Union") founds nothing.
struct ForwardFounding {
    /// The date that opens the sentence.
    var mention: Mention
    var year: Int
    /// The founding word's token.
    var word: Int
    /// Whether the founded thing follows the founding word (else it precedes its auxiliary).
    var subjectFollows: Bool
    /// The token where the words before the founding end: its auxiliary, or the word itself.
    var verbStart: Int

    /// Founding words that take the founded thing after them, folded: "establishing", « naître ».
    static let leadingWords: Set<String> = ["establishing", "creating", "founding", "naitre"]
    /// Founding participles of a passive, folded: "was founded", « a été créée ».
    static let participles: Set<String> = [
        "founded", "established", "created", "cree", "creee", "crees", "creees", "fonde", "fondee", "fondes", "fondees",
    ]
    /// Auxiliaries of that passive, folded: "was", « été », « est », « fut ».
    static let auxiliaries: Set<String> = ["was", "were", "ete", "est", "fut", "furent", "sont"]
    /// Words that may open the sentence before the date: "On", "In", « En », « Le ».
    static let openers: Set<String> = ["on", "in", "en", "le"]
    /// How many tokens after the date the founding word may be.
    static let reach = 12
    /// How many tokens after the founding word a year of its own may follow.
    static let ownYearReach = 3

    /// The founding that the date `mention` opens, if any.
    static func at(_ mention: Mention, check: DateCheck) -> ForwardFounding? {
        guard case .date = mention.value else { return nil }
        var tokens = check.document.tokenRange(of: mention.span)
        let sentence = check.sentence(of: mention).tokens
        // The year must be written: in the date, or right after it and a comma ("On 4 April, 1949,").
        if !tokens.contains(where: { isYear(check.tokens[$0]) }), check.tokens[safe: tokens.upperBound]?.text == ",",
            let next = check.tokens[safe: tokens.upperBound + 1], isYear(next)
        {
            tokens = tokens.lowerBound..<tokens.upperBound + 2
        }
        guard let year = tokens.last(where: { isYear(check.tokens[$0]) }).flatMap({ Int(check.tokens[$0].text) }),
            tokens.lowerBound == sentence.lowerBound
            || (tokens.lowerBound - 1 == sentence.lowerBound && openers.contains(check.word(sentence.lowerBound)))
        else { return nil }
        for index in tokens.upperBound..<min(sentence.upperBound, tokens.upperBound + reach) {
            let word = check.word(index)
            // "On 3 May 1961 the charter was signed, creating the Union": a signing, and the
            // Union came into being when the charter came into force.
            if RangeOrderRule.signingWords.contains(word) { return nil }
            let follows = leadingWords.contains(word)
            guard follows || (participles.contains(word) && auxiliaries.contains(check.word(index - 1))) else {
                continue
            }
            let after = index + 1..<min(sentence.upperBound, index + 1 + ownYearReach)
            guard !after.contains(where: { isYear(check.tokens[$0]) }) else { return nil }
            // « a été créée »: the words before the founding end at « a ».
            var start = follows ? index : index - 1
            if check.word(start) == "ete", TenseLexicon.frenchPastAuxiliaries.contains(check.word(start - 1)) {
                start -= 1
            }
            return ForwardFounding(mention: mention, year: year, word: index, subjectFollows: follows, verbStart: start)
        }
        return nil
    }

    private static func isYear(_ token: Token) -> Bool {
        token.kind == .number && token.text.utf8.count == 4 && token.text.allSatisfy(\.isNumber)
    }

    /// Determiners and adverbs that may stand between the founding word and the founded thing.
    static let subjectFillers: Set<String> = ["the", "le", "la", "l'", "les", "officially", "officiellement"]

    /// The subject of the sentence `sentence` that the founding founds: the name right after the
    /// word ("establishing the Union"), or the one that ends right before the auxiliary ("the
    /// Union was founded").
    func subject(inSentence sentence: Int, check: DateCheck) -> NamedSubject? {
        let named = check.names.subjects(inSentence: sentence)
        if subjectFollows {
            var next = word + 1
            while Self.subjectFillers.contains(check.word(next)) { next += 1 }
            return named.first { $0.tokens.lowerBound == next }
        }
        return named.last { $0.tokens.upperBound == verbStart }
    }
}
