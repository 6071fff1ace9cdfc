import FactDeskKit

/// Rule `founding-year-mismatch`: a founding year the text writes that the reference data
/// contradicts: "the INTERPOL Innovation Centre, founded in 2014" when it was founded in 2015,
/// « depuis ses débuts en 1954 » in a sentence about a salon founded in 1964.
///
/// The year must follow a founding word right away (only "en"/"in" between): a participle right
/// after the subject's name ("X, founded in 2014"), or a founding noun after a possessive
/// ("since its founding in", « depuis sa création en », « ses débuts en »), whose owner is the one
/// subject with a founding year named in the sentence. A date that opens its sentence before a
/// founding ("On 3 May 1961, the treaty came into force, establishing the Union", ``ForwardFounding``)
/// is the founding of the subject named right after it, or right before the passive. Anything
/// looser stays silent.
struct FoundingYearMismatchRule: DateRule {
    static let reference = AnniversaryMismatchRule.reference

    let descriptor = RuleDescriptor(
        id: "founding-year-mismatch", severity: .error,
        summary: "A founding year in the text that the reference data contradicts.",
        examples: [
            RuleExample(
                "The INTERPOL Innovation Centre, founded in ⟦2014⟧, hosts the meeting.", language: .en,
                reference: reference),
            RuleExample(
                "Depuis sa création en ⟦2012⟧, le Centre d’innovation d’INTERPOL a reçu mille visiteurs.",
                language: .fr, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre, founded in 2015, hosts the meeting.", language: .en,
                reference: reference),
            RuleExample(
                "Depuis sa création en 2015, le Centre d’innovation d’INTERPOL a reçu mille visiteurs.",
                language: .fr, reference: reference),
            RuleExample(
                "The INTERPOL Innovation Centre works with a laboratory, founded in 1990 by a university.",
                language: .en, reference: reference),
            RuleExample(
                "La Fondation Lumière, en 2010, a soutenu le Centre d’innovation d’INTERPOL.", language: .fr,
                reference: reference),
            RuleExample(
                "On ⟦2 April 2014⟧, the charter came into force, officially establishing the INTERPOL Innovation Centre.",
                language: .en, reference: reference),
            RuleExample(
                "On 2 April 2015, the charter came into force, officially establishing the INTERPOL Innovation Centre.",
                language: .en, reference: reference),
            RuleExample(
                "On 2 April 2014 the charter was signed, establishing the INTERPOL Innovation Centre.", language: .en,
                reference: reference),
            RuleExample(
                "En ⟦2013⟧, le Centre d’innovation d’INTERPOL a été créé par les États membres.", language: .fr,
                reference: reference),
            RuleExample(
                "En 2015, le Centre d’innovation d’INTERPOL a été créé par les États membres.", language: .fr,
                reference: reference),
            RuleExample(
                "In 2013, the lab, which was founded in 2011, joined the INTERPOL Innovation Centre.", language: .en,
                reference: reference),
            RuleExample(
                "Le Centre d’innovation d’INTERPOL a lancé en 2019 un programme.", language: .fr,
                reference: reference),
        ], scope: .paragraph)

    /// Participles of founding that follow the subject's name: "X, founded in 2014".
    static let participles: Set<String> = [
        "founded", "established", "fonde", "fondee", "fondes", "fondees", "cree", "creee", "crees", "creees",
    ]
    /// Founding nouns that follow a possessive: "its founding", « sa création », « ses débuts ».
    static let nouns: Set<String> = [
        "founding", "foundation", "inception", "beginnings", "creation", "fondation", "debuts", "origines",
    ]
    /// Words that may stand between the founding word and the year.
    static let linking: Set<String> = ["en", "in"]

    func findings(in check: DateCheck) -> [Finding] {
        guard let reference = check.reference else { return [] }
        let opening = check.dates.compactMap { mention -> Finding? in
            guard let founding = ForwardFounding.at(mention, check: check),
                let subject = founding.subject(
                    inSentence: check.document.sentenceIndex(of: mention.span.start), check: check),
                let known = AnniversarySubject.founding(of: subject, reference: reference), known.year != founding.year
            else { return nil }
            return finding(mention, subject: subject, founded: known, check: check)
        }
        return opening + check.dates.compactMap { mention -> Finding? in
            guard mention.kind == .date, case .date(let date, _) = mention.value, let year = date.year,
                date.month == nil
            else { return nil }
            var index = check.document.tokenIndex(from: mention.span.start) - 1
            let sentenceIndex = check.document.sentenceIndex(of: mention.span.start)
            let sentence = check.document.sentences[sentenceIndex].tokens
            while index > sentence.lowerBound, Self.linking.contains(check.word(index)) { index -= 1 }
            guard index > sentence.lowerBound, index < check.document.tokenIndex(from: mention.span.start),
                let subject = Self.subject(foundedAt: index, inSentence: sentenceIndex, check: check),
                let founding = AnniversarySubject.founding(of: subject, reference: reference),
                founding.year != year
            else { return nil }
            return finding(mention, subject: subject, founded: founding, check: check)
        }
    }

    private func finding(_ mention: Mention, subject: NamedSubject, founded: Founding, check: DateCheck) -> Finding {
        check.finding(
            descriptor, at: mention.span,
            message: check.wording.foundingYear(quoted: mention.text, subject: subject.subject.name, founded: founded.year),
            suggestions: [String(founded.year)], evidence: [founded.evidence])
    }

    /// The subject whose founding the word at `index` states: the name right before a participle
    /// (a comma between), or the one founded subject of the sentence after a possessive and a
    /// founding noun.
    private static func subject(foundedAt index: Int, inSentence sentenceIndex: Int, check: DateCheck)
        -> NamedSubject?
    {
        let word = check.word(index)
        let named = check.names.subjects(inSentence: sentenceIndex)
        if participles.contains(word) {
            var before = index - 1
            if before >= 0, check.tokens[before].text == "," { before -= 1 }
            return named.last { $0.tokens.upperBound == before + 1 }
        }
        guard nouns.contains(word), index > 0,
            AnniversarySubject.possessives.contains(check.word(index - 1)),
            let reference = check.reference
        else { return nil }
        let founded = named.filter { reference.founding(of: $0.subject.id) != nil }
        guard let first = founded.first, founded.allSatisfy({ $0.subject.id == first.subject.id }) else { return nil }
        return first
    }
}

extension DateWording {
    /// "« 2014 »: the reference gives 2015 as the founding year of INTERPOL Innovation Centre."
    func foundingYear(quoted words: String, subject: String, founded: Int) -> String {
        quoted(words) + colon
            + (language == .fr
                ? "les données de référence datent la fondation de \(subject) de \(founded)."
                : "the reference gives \(founded) as the founding year of \(subject).")
    }
}
