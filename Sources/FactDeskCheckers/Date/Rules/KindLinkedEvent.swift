import FactDeskKit

/// The event of the reference data that a sentence speaks of by the noun of its kind alone:
/// "the quake", « le scrutin », "the book fair", when the reference data holds exactly one event
/// of that kind (an event or an edition of a series whose name has a noun of the same group,
/// ``EventKindNouns``) within ``reach`` days of the publication date, and the sentence writes
/// no place of another event near that date.
final class KindLinkedEvents {
    /// How far from the publication date the event may lie, in days.
    static let reach = EventPeriods.reach

    /// An event near the publication date with the folded words of its names.
    private struct Candidate {
        var period: EventPeriod
        var nameWords: Set<String>
    }

    private let check: DateCheck
    private let published: CalendarDate
    private lazy var candidates: [Candidate] = Self.candidates(near: published, check: check)

    init(published: CalendarDate, check: DateCheck) {
        self.check = check
        self.published = published
    }

    /// The one event near the publication date of the kind of a noun of sentence `index`; `nil`
    /// when no noun of a kind is there, or when none or several events fit.
    func period(ofSentence index: Int) -> EventPeriod? {
        let tokens = check.document.sentences[index].tokens
        let groups = tokens.compactMap { position in
            check.tokens[position].kind == .word ? EventKindNouns.group(of: check.words[position]) : nil
        }
        guard !groups.isEmpty else { return nil }
        let fitting = candidates.filter { candidate in groups.contains { !$0.isDisjoint(with: candidate.nameWords) } }
        guard let first = fitting.first,
            fitting.allSatisfy({ $0.period.first == first.period.first && $0.period.last == first.period.last })
        else { return nil }
        // "Starting from Port Lenz this Saturday, the race …": the place of another event near
        // the publication date says the sentence may be about that one.
        let words = Set(tokens.map { check.words[$0] })
        let placesOther = candidates.contains { candidate in
            !fitting.contains { $0.period.subjectID == candidate.period.subjectID }
                && candidate.period.places.contains { Self.writes($0, in: words) }
        }
        return placesOther ? nil : first.period
    }

    /// Whether every word of a folded place spelling ("port lenz") is among `words`.
    private static func writes(_ place: String, in words: Set<String>) -> Bool {
        let parts = place.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        return !parts.isEmpty && parts.allSatisfy(words.contains)
    }

    /// Whether the event `subject` near the publication date has a name with a noun of `group`.
    func hasName(_ subject: String, ofKind group: Set<String>) -> Bool {
        candidates.contains { $0.period.subjectID == subject && !group.isDisjoint(with: $0.nameWords) }
    }

    /// The events and editions of the reference data within ``reach`` days of `published`.
    private static func candidates(near published: CalendarDate, check: DateCheck) -> [Candidate] {
        guard let reference = check.reference else { return [] }
        let language = check.document.language
        let from = published.adding(days: -reach)
        let to = published.adding(days: reach)
        func words(_ names: [String]) -> Set<String> {
            Set(names.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map { WordFolding.fold(String($0)) } })
        }
        var found: [Candidate] = []
        for near in EventPeriods.referenceEvents(near: published, reference: reference, language: language) {
            let (event, record, first, last) = (near.subject, near.record, near.first, near.last)
            found.append(
                Candidate(
                    period: EventPeriod(
                        first: first, last: last, places: Set(record.placeSpellings.map(WordFolding.fold)),
                        subjectID: event.id, mention: nil,
                        evidence: Evidence(
                            statement:
                                "\(event.name) (\(event.id)), the one event of its kind near the publication date: \(first.isoDay) to \(last.isoDay)",
                            source: record.source.description)),
                    nameWords: words([event.name])))
        }
        for (series, names) in reference.allSeries(language: language) {
            for edition in reference.editions(ofSeries: series.id) {
                guard
                    let period = EventPeriods.period(
                        of: edition, seriesID: series.id, named: series.name, subjectID: series.id),
                    period.first <= to, period.last >= from
                else { continue }
                found.append(Candidate(period: period, nameWords: words(names)))
            }
        }
        return found
    }
}
