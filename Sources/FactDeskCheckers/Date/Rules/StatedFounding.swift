import FactDeskKit

/// A founding a sentence states in the passive, right before its year: "Founded in 1912, the
/// fair …", « La foire, créée en 1912, … », « depuis sa création en 1912 ». Not an active
/// founding ("who founded the fair in 1990"), whose subject is the founder: the founding word
/// stands right before the year or its preposition.
enum StatedFounding {
    /// Words right before a founding year, folded.
    static let yearLeads: Set<String> = ["in", "en", "on", "le"]

    /// The first founding year `sentence` states so.
    static func inSentence(_ sentence: Sentence, check: DateCheck) -> Founding? {
        AnniversarySubject.foundingsInText(sentence.span, check: check).first { founding in
            guard let mention = founding.mention else { return false }
            let start = check.document.tokenIndex(from: mention.span.start)
            let lead = yearLeads.contains(check.word(start - 1)) ? start - 1 : start
            return AnniversarySubject.foundingWords.contains(check.word(lead - 1))
        }
    }

    /// The founding of the last subject named in sentence `sentence` that `picks`, from the
    /// reference data, with that subject; else the founding the sentence states in the passive,
    /// with no subject; `nil` when neither is there.
    static func ofSubject(inSentence sentence: Int, check: DateCheck, where picks: (NamedSubject) -> Bool)
        -> (subject: AnniversarySubject?, founding: Founding)?
    {
        if let reference = check.reference {
            for named in check.names.subjects(inSentence: sentence).reversed() where picks(named) {
                if let founding = AnniversarySubject.founding(of: named, reference: reference) {
                    return (AnniversarySubject(named: named, founding: founding), founding)
                }
            }
        }
        return inSentence(check.document.sentences[sentence], check: check).map { (nil, $0) }
    }
}
