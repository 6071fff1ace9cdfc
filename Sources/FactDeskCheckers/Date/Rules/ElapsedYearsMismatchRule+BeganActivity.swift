import FactDeskKit

/// The start of what a founded subject does, told right after its name and right before the
/// years: "Radio Kesra, which began broadcasting 60 years ago", "Radio Kesra started airing 40
/// years ago", « Radio Kesra, qui a commencé à émettre il y a 60 ans ». The subject must end right
/// before the verb (a relative pronoun and a comma aside): "Smith, who began presenting 30 years
/// ago on Radio Kesra" says nothing of the radio's founding.
extension ElapsedYearsMismatchRule {
    /// Verbs of starting before a gerund, folded.
    static let startingVerbs: Set<String> = ["began", "started", "begun"]
    /// Relative pronouns between a name and its verb, folded.
    static let startingRelatives: Set<String> = ["which", "that", "qui"]

    /// Whether the words ending at token `index` tell that the subject named right before them
    /// began its work: "began broadcasting", « a commencé à émettre ».
    static func beganActivity(endingAt index: Int, check: DateCheck) -> Bool {
        var verb: Int
        if check.document.language == .fr {
            // « a commencé à émettre »: an infinitive, « à », the participle and its auxiliary.
            guard check.word(index - 1) == "a", check.word(index - 2) == "commence", check.word(index - 3) == "a"
            else { return false }
            verb = index - 3
        } else {
            guard check.word(index).hasSuffix("ing"), startingVerbs.contains(check.word(index - 1)) else {
                return false
            }
            verb = index - 1
            if check.word(verb - 1) == "has" || check.word(verb - 1) == "had" { verb -= 1 }
        }
        var nameEnd = verb - 1
        if startingRelatives.contains(check.word(nameEnd)) { nameEnd -= 1 }
        if nameEnd >= 0, check.tokens[nameEnd].text == "," { nameEnd -= 1 }
        guard nameEnd >= 0, let reference = check.reference else { return false }
        let sentence = check.document.sentenceIndex(of: check.tokens[index].span.start)
        return check.names.subjects(inSentence: sentence).contains { named in
            named.tokens.upperBound - 1 == nameEnd
                && AnniversarySubject.founding(of: named, reference: reference) != nil
        }
    }
}
