import FactDeskKit

/// An age a subject reaches: "NATO turns 80", "as the league turned 60 this spring", "the bank
/// will turn 60 next year", "the bank, which turns 60 today": a number alone right after a verb
/// of turning, the subject named right before the verb or its relative pronoun, read as an
/// anniversary of its founding; else of the founding the sentence states ("Founded in 1912,
/// the fair turns 100 this year", ``StatedFounding``).
enum TurnedYears {
    /// Verbs of turning an age, folded; "turn" only after "will", "to" or "would".
    static let verbs: Set<String> = ["turns", "turned", "turning"]
    static let infinitiveLeads: Set<String> = ["will", "to", "would"]
    /// Words that may follow the age: "turns 75 this year", "turned 60 on Monday", "turns 75 years".
    static let followers: Set<String> = [
        "this", "next", "last", "on", "in", "today", "tomorrow", "years", "year", "at", "with", "and", "but", "as",
    ]

    /// Each age reached, as an anniversary mention, with the subject that reaches it.
    static func mentions(in check: DateCheck) -> [(mention: Mention, subject: AnniversarySubject?, founding: Founding)] {
        var found: [(mention: Mention, subject: AnniversarySubject?, founding: Founding)] = []
        for index in check.tokens.indices.dropFirst() where isTurning(index, check: check) {
            let number = index + 1
            guard number < check.tokens.count, check.tokens[number].kind == .number,
                let years = Int(check.tokens[number].text), (1...999).contains(years),
                number + 1 == check.tokens.count || check.tokens[number + 1].kind == .punctuation
                    || followers.contains(check.word(number + 1))
            else { continue }
            let verbStart = check.word(index - 1) == "will" || check.word(index - 1) == "would" ? index - 1 : index
            let sentence = check.document.sentenceIndex(of: check.tokens[index].span.start)
            let subjectEnd = Self.subjectEnd(before: verbStart, check: check)
            guard
                let (subject, founding) = StatedFounding.ofSubject(
                    inSentence: sentence, check: check, where: { $0.tokens.upperBound == subjectEnd })
            else { continue }
            let token = check.tokens[number]
            found.append(
                (
                    Mention(kind: .number, text: token.text, span: token.span, value: .anniversary(years)),
                    subject, founding
                ))
        }
        return found
    }

    /// Relative pronouns between a subject and its verb: "CERN, which turns 60 today".
    static let relativePronouns: Set<String> = ["which", "that"]

    /// Where the subject of the verb at `verb` ends: right before it, or before a relative
    /// pronoun and the comma before that ("CERN, which turns 60").
    private static func subjectEnd(before verb: Int, check: DateCheck) -> Int {
        guard verb >= 2, relativePronouns.contains(check.word(verb - 1)) else { return verb }
        return check.tokens[verb - 2].text == "," ? verb - 2 : verb - 1
    }

    private static func isTurning(_ index: Int, check: DateCheck) -> Bool {
        let word = check.word(index)
        return verbs.contains(word) || (word == "turn" && infinitiveLeads.contains(check.word(index - 1)))
    }
}
