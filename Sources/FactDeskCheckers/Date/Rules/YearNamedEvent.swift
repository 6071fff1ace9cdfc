import FactDeskKit

/// The event of the reference data that a sentence names together with its year, however far
/// from the publication date: « le Festival de Cannes se déroule cette année … » (the edition of
/// the publication year), "the 2024 Baltic Council summit", « le Festival de Kumasi 2026 », or a
/// dated mention of that year in the sentence; silent when the sentence gives several years.
struct YearNamedEvent {
    let check: DateCheck
    let published: CalendarDate
    /// Every event of the reference data the document names.
    let periods: [EventPeriod]

    init(check: DateCheck, published: CalendarDate) {
        self.check = check
        self.published = published
        self.periods = EventPeriods.all(in: check).filter { $0.subjectID != nil }
    }

    /// The one event (or editions on the same days) of a subject named in sentence `index`
    /// that falls in the one year the sentence gives, or `nil`.
    func period(ofSentence index: Int) -> EventPeriod? {
        let named = check.names.subjects(inSentence: index)
        guard !named.isEmpty else { return nil }
        // A sentence of two years ("the 2024 festival lasted twelve days, the 2025 one ten") may
        // give each length to another edition.
        let years = self.years(ofSentence: index)
        guard years.count == 1 else { return nil }
        let subjects = Set(named.map(\.subject.id))
        let found = periods.filter { period in
            period.subjectID.map(subjects.contains) == true
                && (years.contains(period.first.year) || years.contains(period.last.year))
        }
        guard let first = found.first, found.allSatisfy({ $0.first == first.first && $0.last == first.last })
        else { return nil }
        return first
    }

    /// The years sentence `index` gives: « cette année », "last year" (from the publication
    /// date), the years of its dates, and any number that may be a year (a name's: "the 2024
    /// festival"; or a count, "2000 visitors", which leaves the sentence two years and silent).
    private func years(ofSentence index: Int) -> Set<Int> {
        let span = check.document.sentences[index].span
        var years = Set<Int>()
        for mention in check.mentions(check.relatives, in: span) {
            if case .relativeDate(.years(let offset)) = mention.value { years.insert(published.year + offset) }
        }
        for mention in check.mentions(check.dates, in: span) + check.mentions(check.ranges, in: span) {
            switch mention.value {
            case .date(let date, _): date.year.map { _ = years.insert($0) }
            case .dateRange(let start, let end, _, _): [start.year, end.year].compactMap { $0 }.forEach { years.insert($0) }
            default: break
            }
        }
        for position in check.document.sentences[index].tokens {
            if let year = Self.year(check.tokens[position]) { years.insert(year) }
        }
        return years
    }

    /// The year a token writes with four digits, 1900–2099.
    private static func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.utf8.count == 4, let value = Int(token.text),
            (1900...2099).contains(value)
        else { return nil }
        return value
    }
}
