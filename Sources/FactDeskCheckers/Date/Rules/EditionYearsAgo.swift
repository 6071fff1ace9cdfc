import FactDeskKit

/// The year a number of years ago points to when it dates an edition of a series the sentence
/// names: "the last summit, three years ago", « le dernier sommet, il y a deux ans », "first
/// held 30 years ago". "Last", « dernier », « précédent » mean the latest edition before the
/// publication date (the one under way does not count); "first", « premier », "inaugural" the
/// first. Silent when the sentence names a place ("the last summit in Africa" is another
/// edition) or several series, or when the reference data may miss editions in between.
struct EditionYearsAgo {
    /// The edition's year and where it is written.
    var year: Int
    var evidence: Evidence

    static let lastWords: Set<String> = ["last", "previous", "dernier", "derniere", "precedent", "precedente"]
    static let firstWords: Set<String> = ["first", "inaugural", "premier", "premiere"]

    /// The edition `duration` dates, when it is a number of years ago ("three years ago", « il y
    /// a trois ans ») in a sentence that names one series and says which edition.
    static func edition(dating duration: Mention, published: CalendarDate, check: DateCheck) -> EditionYearsAgo? {
        guard let reference = check.reference else { return nil }
        let range = check.document.tokenRange(of: duration.span)
        guard YearsAgo.isAgo(range, check: check) else { return nil }
        let sentence = check.document.sentenceIndex(of: duration.span.start)
        let named = check.names.subjects(inSentence: sentence)
        guard !named.contains(where: { $0.subject.kind == .place }) else { return nil }
        let seriesIDs = Set(check.names.series(inSentence: sentence).map(\.subject.id))
        guard seriesIDs.count == 1, let seriesID = seriesIDs.first else { return nil }
        let words = check.document.sentences[sentence].tokens.map { check.word($0) }
        let saysLast = words.contains(where: lastWords.contains)
        let saysFirst = words.contains(where: firstWords.contains)
        guard saysLast != saysFirst else { return nil }
        let editions = reference.editions(ofSeries: seriesID)
        let edition: ReferenceEdition?
        if saysFirst {
            edition = editions.first { $0.number == 1 }
        } else {
            // The latest edition over before the publication date, when the next one is also known.
            let past = editions.filter { edition in
                guard let start = edition.start, let year = start.year else { return false }
                return start.calendarDate.map { $0.adding(days: EventPeriods.reach) < published } ?? (year < published.year)
            }
            edition = past.last.flatMap { last in editions.contains { $0.number == last.number + 1 } ? last : nil }
        }
        guard let edition, let year = edition.start?.year, year < published.year else { return nil }
        return EditionYearsAgo(
            year: year,
            evidence: Evidence(
                statement: "\(seriesID), edition \(edition.number): \(edition.summary)",
                source: edition.source.description))
    }
}
