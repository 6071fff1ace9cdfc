import FactDeskKit

/// Rule `edition-date-mismatch`: an edition of a reference series said to happen on dates or in
/// a place its reference record contradicts ("la 93e session … du 24 au 28 novembre 2025"; "la
/// précédente session, tenue à Glasgow du 7 au 10 novembre 2023" when Glasgow held the 92nd in
/// November 2024).
///
/// An edition number that the reference data does not know ("la 94e session … du 24 au 27
/// novembre 2025", the dates of the 93rd), or one given the dates of another edition ("la 92e
/// session … du 24 au 27 novembre 2025"), is the number checker's to report, on the number.
///
/// The series is the one the sentence names, else, when the sentence speaks of an event ("la
/// précédente session", "the previous summit"), the one the nearest sentence before it names
/// (``EarlierSeries``). A date is compared with the edition whose number comes before it in the
/// sentence, else — in a sentence that numbers no edition — with the editions held at the place
/// written just before it (``EditionSentence``).
struct EditionDateMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "edition-date-mismatch", severity: .error,
        summary: "An edition of a reference series given dates or a place its record contradicts.",
        examples: EditionDateMismatchRule.examples)

    func findings(in check: DateCheck) -> [Finding] {
        guard let reference = check.reference else { return [] }
        let earlier = EarlierSeries(check: check)
        var editionsBySeries: [String: [ReferenceEdition]] = [:]
        var findings: [Finding] = []
        for index in candidateSentences(check) where mayClaimAnEdition(check.document.sentences[index], check) {
            let claims = EditionClaims(check: check, sentence: check.document.sentences[index])
            var series = Self.series(in: check.names.series(inSentence: index))
            if series.isEmpty, claims.mentionsAnEvent {
                series = earlier.series(before: index)
            }
            guard series.count == 1 else { continue }
            let editions = editionsBySeries[series[0].id] ?? reference.editions(ofSeries: series[0].id)
            editionsBySeries[series[0].id] = editions
            guard !editions.isEmpty else { continue }
            findings += EditionSentence(
                check: check, claims: claims, series: series[0], editions: editions, rule: descriptor
            )
            .findings()
        }
        return findings
    }

    /// Whether a sentence has what a claim about an edition needs — an ordinal, or a name right
    /// before a date ("Glasgow du 7 au 10 novembre") — before any name is looked up.
    private func mayClaimAnEdition(_ sentence: Sentence, _ check: DateCheck) -> Bool {
        if !check.mentions(check.ordinals, in: sentence.span).isEmpty { return true }
        return check.mentions(check.timeline, in: sentence.span).contains { date in
            var before = check.document.tokenIndex(from: date.span.start) - 1
            if before > sentence.tokens.lowerBound,
                check.tokens[before].text == "," || EditionClaims.placeToDateWords.contains(check.word(before))
            {
                before -= 1
            }
            return before >= sentence.tokens.lowerBound && WordFolding.isCapitalised(check.tokens[before].text)
        }
    }

    /// The sentences with a date, a range or an ordinal, in order.
    private func candidateSentences(_ check: DateCheck) -> [Int] {
        let mentions = check.ranges + check.dates + check.ordinals
        return Set(mentions.map { check.document.sentenceIndex(of: $0.span.start) }).sorted()
    }

    /// The distinct series among named subjects, in order.
    static func series(in named: [NamedSubject]) -> [ReferenceSubject] {
        var seen = Set<String>()
        return named.map(\.subject).filter { $0.kind == .series && seen.insert($0.id).inserted }
    }
}
