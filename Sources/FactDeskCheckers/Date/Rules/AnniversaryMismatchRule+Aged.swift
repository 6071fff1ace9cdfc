import FactDeskKit

/// An age given as an adjective: "the 74-year-old alliance" after its name ("NATO, the
/// 74-year-old alliance,"), or before it ("the 74-year-old NATO"): years since the founding of
/// the subject named there, which may fall one short (its birthday may not have come yet).
enum AgedYears {
    /// The word after the number and its hyphen, folded: "-year-old".
    static let adjectives: Set<String> = ["year-old"]

    /// Each age written as "N-year-old" next to a subject with a founding year, as an anniversary
    /// mention of the number and its adjective, with that subject.
    static func mentions(in check: DateCheck) -> [(mention: Mention, subject: AnniversarySubject)] {
        guard let reference = check.reference else { return [] }
        var found: [(mention: Mention, subject: AnniversarySubject)] = []
        let tokens = check.tokens
        for index in tokens.indices where tokens[index].kind == .number && index + 2 < tokens.count {
            guard tokens[index + 1].text == "-", adjectives.contains(check.word(index + 2)),
                let years = Int(tokens[index].text), (1...999).contains(years)
            else { continue }
            let sentence = check.document.sentenceIndex(of: tokens[index].span.start)
            let named = check.names.subjects(inSentence: sentence)
            // "the 74-year-old NATO", or "NATO, the 74-year-old alliance".
            let after = named.first { $0.tokens.lowerBound == index + 3 }
            let before = index >= 3 && check.word(index - 1) == "the" && tokens[index - 2].text == ","
                ? named.last { $0.tokens.upperBound == index - 2 } : nil
            guard let subject = after ?? before, let founding = AnniversarySubject.founding(of: subject, reference: reference)
            else { continue }
            found.append(
                (
                    Mention(
                        kind: .number, text: check.document.text(in: tokens[index].span.union(tokens[index + 2].span)),
                        span: tokens[index].span.union(tokens[index + 2].span), value: .anniversary(years)),
                    AnniversarySubject(named: subject, founding: founding)
                ))
        }
        return found
    }
}
