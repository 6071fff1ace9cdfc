import FactDeskKit

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
            guard let period = ClaimedPeriod(mention), !claims.isHistory(mention), !claims.isOfPeople(mention),
                !claims.isUnkeptPlan(mention),
                !claims.isDeadline(mention), !spansYearsNoEditionSpans(period)
            else {
                continue
            }
            let place = claims.place(before: mention, among: places)
            let span = place.map { $0.span.union(mention.span) } ?? mention.span
            if let number {
                let start = check.document.tokenIndex(from: mention.span.start)
                // « la 16e édition …, comme lors de la précédente édition, en 2021 »: the other one's year.
                if EditionAnchor.datesOtherEdition(at: start, from: claims.sentence.tokens.lowerBound, word: check.word) {
                    continue
                }
                if let edition = editions.first(where: { $0.number == number.value }) {
                    let placeAgrees =
                        place.map { edition.placeSpellings.map(WordFolding.fold).contains($0.folded) } ?? true
                    guard !(placeAgrees && period.agrees(with: edition, dayPrecise: place != nil)) else { continue }
                    // The dates and place of another edition, and no word of a place of the
                    // numbered one's that is not the other's: the number is wrong, the number
                    // checker's to report.
                    let others = editions.filter { other in
                        other.number != edition.number && period.agrees(with: other, dayPrecise: place != nil)
                            && (place.map { other.placeSpellings.map(WordFolding.fold).contains($0.folded) } ?? true)
                    }
                    guard others.isEmpty || others.contains(where: { namesPlace(of: edition, notOf: $0) }) else {
                        continue
                    }
                    findings.append(finding(at: span, mention: mention, place: place, editions: [edition]))
                }
            } else if let place, numbers.isEmpty {
                let held = editions.filter { $0.placeSpellings.map(WordFolding.fold).contains(place.folded) }
                guard !held.contains(where: { period.agrees(with: $0, dayPrecise: true) }) else { continue }
                let sameYears = editions.filter { edition in
                    !held.contains(edition) && (edition.years.map { $0.overlaps(period.years) } ?? false)
                }
                // A year the reference data lists no edition of may be one it does not know (« lancé
                // au Festival de Kesra en 2004 » when it starts with the 41st, in 2022).
                let knowsThoseYears =
                    !sameYears.isEmpty || held.contains { $0.years.map { $0.overlaps(period.years) } ?? false }
                guard knowsThoseYears else { continue }
                findings.append(finding(at: span, mention: mention, place: place, editions: held + sameYears))
            }
        }
        return findings
    }

    /// Whether the claim is a range of whole years longer than any edition's ("between 1999 and
    /// 2007", "the early editions from 1951 to 1969"): a stretch of history, not an edition.
    private func spansYearsNoEditionSpans(_ period: ClaimedPeriod) -> Bool {
        guard period.isRange, period.start.month == nil, period.end.month == nil else { return false }
        return !editions.contains { ($0.years?.count ?? 1) >= period.years.count }
    }

    /// Whether the sentence writes the place of `edition` when it is not that of `other` (« la
    /// 91e session …, à Vienne, … en 2024 », the year of the 92nd in Glasgow).
    private func namesPlace(of edition: ReferenceEdition, notOf other: ReferenceEdition) -> Bool {
        let words = Set(claims.sentence.tokens.map { check.word($0) })
        let otherSpellings = Set(other.placeSpellings.map(WordFolding.fold))
        return edition.placeSpellings.contains { spelling in
            guard !otherSpellings.contains(WordFolding.fold(spelling)) else { return false }
            let parts = spelling.split(whereSeparator: { $0 == " " || $0 == "-" }).map { WordFolding.fold(String($0)) }
            return !parts.isEmpty && parts.allSatisfy(words.contains)
        }
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
