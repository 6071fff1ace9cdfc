import FactDeskKit

/// Rule `anniversary-mismatch`: "Nth anniversary" of something founded in a year that makes it
/// another anniversary in the year of the text ("11e anniversaire du Centre d’innovation
/// d’INTERPOL", founded in 2015, in a piece of 2025).
///
/// The founding year comes from the reference data (`founded`) of the subject named after the
/// anniversary ("du Centre…", "of the Centre…") or before it ("INTERPOL fête son centenaire",
/// "INTERPOL’s 100th anniversary"), else from the sentence itself ("créé en 2015"). The year of
/// the text is a year the sentence gives ("en 2026", "l’an prochain"), else the publication's.
/// A future verb allows the anniversary of the next year ("fêtera son 11e anniversaire"), a past
/// one any earlier anniversary ("a célébré son centenaire", in some past year).
struct AnniversaryMismatchRule: DateRule {
    static let centre = InMemoryReference.Subject(
        id: "interpol-innovation-centre", kind: .organization,
        names: ["Centre d’innovation d’INTERPOL", "INTERPOL Innovation Centre"], founded: PartialDate(year: 2015),
        source: ReferenceSource(citation: "https://www.interpol.int/How-we-work/Innovation"))
    static let reference = InMemoryReference([centre])
    static let published = CalendarDate(iso: "2025-11-24")

    let descriptor = RuleDescriptor(
        id: "anniversary-mismatch", severity: .error,
        summary: "An anniversary that does not match the founding year of what it celebrates.",
        examples: [
            RuleExample(
                "Il a salué le ⟦11e anniversaire du Centre d’innovation d’INTERPOL⟧.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "INTERPOL marks the ⟦ninth anniversary of the INTERPOL Innovation Centre⟧.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "La fondation, créée en 1995, fête son ⟦20e anniversaire⟧.", language: .fr, published: published),
            RuleExample(
                "Il a salué le 10e anniversaire du Centre d’innovation d’INTERPOL.", language: .fr,
                published: published, reference: reference),
            RuleExample(
                "INTERPOL marks the tenth anniversary of the INTERPOL Innovation Centre.", language: .en,
                published: published, reference: reference),
            RuleExample(
                "Le Centre d’innovation d’INTERPOL fêtera l’an prochain son 11e anniversaire.", language: .fr,
                published: published, reference: reference),
            RuleExample("La fondation, créée en 1995, fête son 30e anniversaire.", language: .fr, published: published),
            RuleExample(
                "Le 11e anniversaire du club a été fêté.", language: .fr, published: published, reference: reference),
            RuleExample(
                "Le Centre d’innovation d’INTERPOL a fêté son 9e anniversaire.", language: .fr, published: published,
                reference: reference),
        ])

    func findings(in check: DateCheck) -> [Finding] {
        check.anniversaries.compactMap { anniversary -> Finding? in
            guard case .anniversary(let ordinal) = anniversary.value else { return nil }
            let sentenceIndex = check.document.sentenceIndex(of: anniversary.span.start)
            let sentence = check.document.sentences[sentenceIndex]
            let subject = AnniversarySubject.find(for: anniversary, inSentence: sentenceIndex, check: check)
            guard let founding = subject?.founding ?? AnniversarySubject.foundingInText(sentence, check: check),
                let years = AnniversaryYear.of(anniversary, in: sentence, check: check, excluding: founding.mention)
            else { return nil }
            let year = years.primary
            let expected = year - founding.year
            let tense =
                check.tenses.tense(before: check.document.tokenIndex(from: anniversary.span.start), in: sentence.tokens)
                ?? check.tenses.tense(
                    after: check.document.tokenIndex(
                        from: subject.map { check.tokens[$0.named.tokens.upperBound - 1].span.end }
                            ?? anniversary.span.end), in: sentence.tokens)
            var plausible = Set(([year] + years.others).map { $0 - founding.year })
            switch tense {
            case .future: plausible.insert(expected + 1)
            case .past: plausible.formUnion(1...max(1, expected))
            case nil: break
            }
            guard expected >= 1, !plausible.contains(ordinal) else { return nil }
            let span =
                subject.map { anniversary.span.union(check.tokens[$0.named.tokens.upperBound - 1].span) }
                ?? anniversary.span
            let quote = check.document.text(in: span)
            return check.finding(
                descriptor, at: span,
                message: check.wording.anniversaryMismatch(
                    quoted: quote, founded: founding.year, year: year, expected: expected),
                suggestions: [Self.corrected(quote, anniversary: anniversary.text, expected: expected, check.wording)],
                evidence: [founding.evidence])
        }
    }

    /// The quote with the anniversary's ordinal replaced ("11e anniversaire du…" → "10e
    /// anniversaire du…"); an ordinal in words or a noun ("centenaire") becomes figures.
    static func corrected(_ quote: String, anniversary: String, expected: Int, _ wording: DateWording) -> String {
        let words = anniversary.split(separator: " ", omittingEmptySubsequences: true)
        let noun = words.count > 1 ? String(words.last!) : (wording.language == .fr ? "anniversaire" : "anniversary")
        let replacement = "\(wording.ordinal(expected)) \(noun)"
        guard let range = quote.range(of: anniversary) else { return replacement }
        return quote.replacingCharacters(in: range, with: replacement)
    }
}

extension DateWording {
    /// "« 11e anniversaire du Centre d’innovation d’INTERPOL » : fondé en 2015, il fête en 2025
    /// son 10e anniversaire."
    func anniversaryMismatch(quoted words: String, founded: Int, year: Int, expected: Int) -> String {
        quoted(words) + colon
            + (language == .fr
                ? "la fondation date de \(founded), \(year) marque donc le \(ordinal(expected)) anniversaire."
                : "founded in \(founded), it marks its \(ordinal(expected)) anniversary in \(year).")
    }
}
