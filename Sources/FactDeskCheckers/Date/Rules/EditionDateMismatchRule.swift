import FactDeskKit

/// Rule `edition-date-mismatch`: an edition of a reference series said to happen on dates or in
/// a place its reference record contradicts ("la 93e session … du 24 au 28 novembre 2025"; "la
/// précédente session, tenue à Glasgow du 7 au 10 novembre 2023" when Glasgow held the 92nd in
/// November 2024).
///
/// An edition number that the reference data does not know ("la 94e session … du 24 au 27
/// novembre 2025", the dates of the 93rd) is the number checker's to report, on the number.
///
/// The series is the one the sentence names, else, when the sentence speaks of an event ("la
/// précédente session", "the previous summit"), the one the nearest sentence before it names. A date is compared with the edition whose number
/// comes before it in the sentence, else — in a sentence that numbers no edition — with the
/// editions held at the place written just before it.
struct EditionDateMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "edition-date-mismatch", severity: .error,
        summary: "An edition of a reference series given dates, a place or a number its record contradicts.",
        examples: EditionDateMismatchRule.examples)

    func findings(in check: DateCheck) -> [Finding] {
        guard let reference = check.reference else { return [] }
        let earlier = EarlierSeries(check: check)
        var editionsBySeries: [String: [ReferenceEdition]] = [:]
        var findings: [Finding] = []
        for index in candidateSentences(check) where mayClaimAnEdition(check.document.sentences[index], check) {
            let named = check.names.subjects(inSentence: index)
            let claims = EditionClaims(check: check, sentence: check.document.sentences[index], named: named)
            var series = Self.series(in: named)
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
            var before = check.tokenIndex(from: date.span.start) - 1
            if before > sentence.tokens.lowerBound,
                check.tokens[before].text == "," || EditionClaims.placeToDateWords.contains(check.word(before))
            {
                before -= 1
            }
            return before >= sentence.tokens.lowerBound && WordFolding.isCapitalised(check.tokens[before].text)
        }
    }

    /// The sentences with a date of known year or an ordinal, in order.
    private func candidateSentences(_ check: DateCheck) -> [Int] {
        let mentions = check.ranges + check.dates + check.ordinals
        return Set(mentions.map { check.sentenceIndex(of: $0.span.start) }).sorted()
    }

    static func series(in named: [NamedSubject]) -> [ReferenceSubject] {
        var seen = Set<String>()
        return named.map(\.subject).filter { $0.kind == .series && seen.insert($0.id).inserted }
    }
}

/// The editions of one series checked against one sentence's claims.
struct EditionSentence {
    let check: DateCheck
    let claims: EditionClaims
    let series: ReferenceSubject
    let editions: [ReferenceEdition]
    let rule: RuleDescriptor

    func findings() -> [Finding] {
        let numbers = claims.numbers
        let places = Set(editions.flatMap { $0.placeSpellings.map(WordFolding.fold) })
        let ordinals = check.mentions(check.ordinals, in: claims.sentence.span)
        var findings: [Finding] = []
        var governing = GoverningNumber(numbers: numbers, ordinals: Array(ordinals))
        for mention in check.mentions(check.timeline, in: claims.sentence.span) {
            let number = governing.advance(to: mention)
            guard let period = ClaimedPeriod(mention) else { continue }
            let place = claims.place(before: mention, among: places)
            let span = place.map { $0.span.union(mention.span) } ?? mention.span
            if let number {
                if let edition = editions.first(where: { $0.number == number.value }) {
                    let placeAgrees =
                        place.map { edition.placeSpellings.map(WordFolding.fold).contains($0.folded) } ?? true
                    guard !(placeAgrees && period.agrees(with: edition, dayPrecise: place != nil)) else { continue }
                    findings.append(finding(at: span, mention: mention, place: place, editions: [edition]))
                }
            } else if let place, numbers.isEmpty {
                let held = editions.filter { $0.placeSpellings.map(WordFolding.fold).contains(place.folded) }
                guard !held.contains(where: { period.agrees(with: $0, dayPrecise: true) }) else { continue }
                let sameYears = editions.filter { edition in
                    !held.contains(edition) && (edition.years.map { $0.overlaps(period.years) } ?? false)
                }
                findings.append(finding(at: span, mention: mention, place: place, editions: held + sameYears))
            }
        }
        return findings
    }

    private func finding(at span: Span, mention: Mention, place: EditionClaims.Place?, editions: [ReferenceEdition])
        -> Finding
    {
        let quote = check.document.text(in: span)
        let wording = check.wording
        return check.finding(
            rule, at: span,
            message: wording.editionMismatch(
                quoted: quote, editions: editions, series: series.name, published: check.published),
            suggestions: editions.compactMap {
                wording.editionSuggestion($0, quote: quote, mention: mention, place: place)
            },
            evidence: editions.map { edition in
                Evidence(
                    statement: "\(series.name) (\(series.id)), edition \(edition.number): \(edition.summary)",
                    source: edition.source.description)
            })
    }
}

/// The edition number each date of a sentence belongs to — the last number before it, with no
/// other ordinal between — found in one sweep over dates in text order.
struct GoverningNumber {
    let numbers: [EditionClaims.Number]
    let ordinals: [Mention]
    private var nextNumber = 0
    private var nextOrdinal = 0
    private var last: EditionClaims.Number?
    private var lastOrdinalStart = -1

    init(numbers: [EditionClaims.Number], ordinals: [Mention]) {
        self.numbers = numbers
        self.ordinals = ordinals
    }

    /// The number governing `date`; dates must come in text order.
    mutating func advance(to date: Mention) -> EditionClaims.Number? {
        while nextNumber < numbers.count, numbers[nextNumber].span.end <= date.span.start {
            last = numbers[nextNumber]
            nextNumber += 1
        }
        while nextOrdinal < ordinals.count, ordinals[nextOrdinal].span.end <= date.span.start {
            lastOrdinalStart = ordinals[nextOrdinal].span.start
            nextOrdinal += 1
        }
        guard let last, lastOrdinalStart <= last.span.start else { return nil }
        return last
    }
}

/// The series a sentence that names none refers to: the one named in the nearest sentence
/// before it that names one, within ``reach`` sentences.
struct EarlierSeries {
    /// How many sentences back an antecedent may be.
    static let reach = 20

    let check: DateCheck

    /// The series of the nearest earlier sentence that names series (all of them, when it names
    /// several), or none.
    func series(before index: Int) -> [ReferenceSubject] {
        for earlier in stride(from: index - 1, through: max(0, index - Self.reach), by: -1) {
            let series = EditionDateMismatchRule.series(in: check.names.subjects(inSentence: earlier))
            if !series.isEmpty { return series }
        }
        return []
    }
}
