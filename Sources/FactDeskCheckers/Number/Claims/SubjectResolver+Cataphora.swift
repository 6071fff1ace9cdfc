import FactDeskKit

/// A count after an indefinite generic head and a colon (« s’ouvre un procès fleuve : 30
/// prévenus », "A long trial opens today: 30 defendants") is about a subject the sentence does
/// not name yet: the one the next sentence of its paragraph names right after a description of
/// the same kind (« Dans cette affaire des fraudes du port, », "In this case, the harbour fraud
/// trial, …"), or a body named inside that name (a session head and « Cette session, l’Assemblée
/// générale de l’Union des ports »), when reference data gives it facts of the property and it
/// fits the head's kind. Nothing else is read as its subject: the head says it is not one named before.
extension SubjectResolver {
    func cataphoricSubject(for property: String, head: Descriptions.GenericHead, sentence: Int) -> ResolvedSubject? {
        let next = sentence + 1
        guard next < document.sentences.count,
            document.paragraphIndex(of: document.sentences[next].span.start)
                == document.paragraphIndex(of: document.sentences[sentence].span.start),
            let naming = descriptions.naming(in: document.sentences[next].tokens, kinds: head.kinds)
        else { return nil }
        let named = names.inSentence(next)
        // The name there, else a body named inside it (« l’Assemblée générale de l’Union des ports »).
        guard
            let outer = named.filter({ naming.nameStart.contains($0.tokens.lowerBound) })
                .max(by: { $0.tokens.count < $1.tokens.count }),
            let subject = named.first(where: {
                outer.tokens.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= outer.tokens.upperBound
                    && hasFacts(property, of: $0) && isOfKind($0, head.kinds, for: property)
            })
        else { return nil }
        let words = document.text(in: document.span(ofTokens: naming.words))
        return ResolvedSubject(occurrence: subject, reading: SubjectReading(words: words, place: .nextSentence))
    }
}
