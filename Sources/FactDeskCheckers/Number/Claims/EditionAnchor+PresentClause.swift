import FactDeskKit

/// A sentence in the present with no date, place or verb of the edition itself: "Delegates at
/// the 12th assembly remain split", « Les délégués de la 12e assemblée restent divisés » speak
/// of the edition under way on the publication date (``EditionAnchor/underWay``), and of none
/// when no edition holds that day. Any word of the past in the sentence (« avaient », "was",
/// "agreed to") leaves it unanchored.
extension EditionAnchor {
    /// Verbs in the present that may follow the claim, folded: what its subject does now.
    static let presentClauseVerbs: Set<String> = [
        "face", "faces", "remain", "remains", "say", "says", "want", "wants", "seek", "seeks", "hope", "hopes",
        "need", "needs", "look", "looks", "appear", "appears", "seem", "seems", "lack", "lacks", "urge", "urges",
        "plead", "pleads", "struggle", "struggles", "debate", "debates", "discuss", "discusses", "draw", "draws",
        "reste", "restent", "demeure", "demeurent", "plaide", "plaident", "manque", "manquent", "doit", "doivent",
        "veut", "veulent", "semble", "semblent", "debat", "debattent", "discute", "discutent", "cherche",
        "cherchent", "tente", "tentent", "appelle", "appellent", "exige", "exigent", "reclame", "reclament",
        "espere", "esperent", "attire", "attirent", "peine", "peinent",
    ]
    /// Words of the past, folded: auxiliaries, past forms and words of a past time.
    static let pastClauseWords: Set<String> = [
        "was", "were", "had", "did", "said", "told", "met", "held", "took", "made", "gave", "ago", "yesterday",
        "avait", "avaient", "etait", "etaient", "fut", "furent", "ont", "hier", "eu", "ete",
    ]
    /// Words after which a word in "-ed" is a participle or an adjective, not a past verb: "a
    /// crowded agenda", "the expected deal".
    static let beforeAdjectives: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "more", "most", "very"]

    /// « réunis », « arrivée », « venu »: a French past participle of the first, second or
    /// third group, as after « est » or « sont » in a compound past.
    static func isFrenchPastParticiple(_ word: String) -> Bool {
        let composed = word.lowercased().precomposedStringWithCanonicalMapping
        return isFrenchParticiple(word) || (composed.count > 3 && ["is", "ise", "ises", "us", "ue", "ues"].contains { composed.hasSuffix($0) })
    }

    /// ``underWay`` when a verb of ``presentClauseVerbs`` follows the claim within
    /// ``verbReach`` words and no word of the sentence is in the past (``isPast(_:sentence:word:)``).
    static func presentClauseAnchor(
        _ document: Document, claimEnd end: Int, sentence: Range<Int>, word: (Int) -> String
    ) -> EditionAnchor? {
        let tokens = document.tokens
        let hasPresentVerb = (end..<min(sentence.upperBound, end + verbReach)).contains { index in
            presentClauseVerbs.contains(word(index))
                && !(document.language == .fr && isFrenchParticiple(tokens[index].text))
        }
        guard hasPresentVerb, !isPast(document, sentence: sentence, word: word) else { return nil }
        return .underWay
    }

    /// Whether a word of the sentence puts it in the past: a word of ``pastClauseWords``, the
    /// French auxiliary « a » (unaccented) or « est », « sont » before a past participle, or an
    /// English lowercase verb in "-ed" not after an article or a possessive ("agreed", not "a
    /// crowded agenda").
    static func isPast(_ document: Document, sentence: Range<Int>, word: (Int) -> String) -> Bool {
        let tokens = document.tokens
        return sentence.contains { index in
            let folded = word(index)
            if pastClauseWords.contains(folded) { return true }
            switch document.language {
            case .fr:
                // « a signé », « se sont réunis », « est arrivée ».
                return tokens[index].text == "a"
                    || (["est", "sont"].contains(folded) && index + 1 < sentence.upperBound
                        && isFrenchPastParticiple(tokens[index + 1].text))
            case .en:
                let text = tokens[index].text
                return text.count > 4 && text.hasSuffix("ed") && !Fold.isCapitalised(text)
                    && !(index > sentence.lowerBound && beforeAdjectives.contains(word(index - 1)))
            }
        }
    }
}
